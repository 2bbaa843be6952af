import * as fs from 'node:fs';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import type { HashStore } from '@spoor/verify';

/** What the log knows of each leaf besides its hash: the event it is, and where the store holds it. */
export interface LeafRow {
  readonly index: number;
  readonly eventId: string;
  readonly position: bigint;
}

export interface IdeaLeaf {
  readonly receiptCode: string;
  readonly ideaId: string;
  readonly index: number;
}

export interface ArchivedCheckpoint {
  readonly size: number;
  readonly rootHash: Buffer;
  /** The signed note, as published. */
  readonly note: string;
  /** Proof that it extends the checkpoint before it; empty for the first. */
  readonly consistency: readonly Buffer[];
  readonly createdAt: string;
}

const key = (level: number, index: number): string => `${level}:${index}`;

/**
 * `log.db` in the data folder: the transparency log's stored hashes (one row per complete subtree,
 * level by level), the event and receipt code of each leaf, and the archive of signed checkpoints.
 * Appends are buffered and written in one transaction by `flush`, so following a busy store costs
 * one commit per batch; reads see buffered appends too. The hashes can be rebuilt from the store;
 * the checkpoint archive cannot (it is what was signed and published): back it up.
 */
export class LogDb implements HashStore {
  private readonly db: Database.Database;
  private readonly pendingHashes = new Map<string, { level: number; index: number; hash: Buffer }>();
  private pendingLeaves: LeafRow[] = [];
  private pendingIdeas: IdeaLeaf[] = [];
  private count: number;
  private lastPosition: bigint | undefined;
  private readonly getHash: Database.Statement<[number, number], { hash: Buffer }>;

  constructor(dataDir: string) {
    fs.mkdirSync(dataDir, { recursive: true });
    this.db = new Database(path.join(dataDir, 'log.db'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS hashes (level INTEGER NOT NULL, idx INTEGER NOT NULL, hash BLOB NOT NULL, PRIMARY KEY (level, idx)) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS leaves (idx INTEGER PRIMARY KEY, event_id TEXT NOT NULL UNIQUE, position TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS ideas (receipt_code TEXT PRIMARY KEY, idea_id TEXT NOT NULL, idx INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS checkpoints (size INTEGER PRIMARY KEY, root BLOB NOT NULL, note TEXT NOT NULL, consistency TEXT NOT NULL, created_at TEXT NOT NULL);
    `);
    this.getHash = this.db.prepare('SELECT hash FROM hashes WHERE level = ? AND idx = ?');
    this.count = Number(this.meta('size') ?? '0');
    const last = this.meta('last_position');
    this.lastPosition = last === undefined ? undefined : BigInt(last);
  }

  meta(name: string): string | undefined {
    return (this.db.prepare('SELECT value FROM meta WHERE name = ?').get(name) as { value: string } | undefined)?.value;
  }

  setMeta(name: string, value: string): void {
    this.db.prepare('INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value').run(name, value);
  }

  get size(): number {
    return this.count;
  }

  /** Store position of the last event appended (flushed or not). */
  get position(): bigint | undefined {
    return this.lastPosition;
  }

  get pendingCount(): number {
    return this.pendingLeaves.length;
  }

  get(level: number, index: number): Uint8Array | undefined {
    const pending = this.pendingHashes.get(key(level, index));
    if (pending) return pending.hash;
    return this.getHash.get(level, index)?.hash;
  }

  put(level: number, index: number, hash: Uint8Array): void {
    this.pendingHashes.set(key(level, index), { level, index, hash: Buffer.from(hash) });
    if (level === 0) this.count = index + 1;
  }

  /** Records what the leaf just put at `row.index` is; call after the tree appended it. */
  noteLeaf(row: LeafRow, idea?: Omit<IdeaLeaf, 'index'>): void {
    this.pendingLeaves.push(row);
    if (idea) this.pendingIdeas.push({ ...idea, index: row.index });
    this.lastPosition = row.position;
  }

  /** Writes the buffered appends in one transaction. */
  flush(): void {
    if (this.pendingLeaves.length === 0 && this.pendingHashes.size === 0) return;
    const putHash = this.db.prepare('INSERT OR REPLACE INTO hashes (level, idx, hash) VALUES (?, ?, ?)');
    const putLeaf = this.db.prepare('INSERT OR REPLACE INTO leaves (idx, event_id, position) VALUES (?, ?, ?)');
    const putIdea = this.db.prepare('INSERT OR REPLACE INTO ideas (receipt_code, idea_id, idx) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      for (const h of this.pendingHashes.values()) putHash.run(h.level, h.index, h.hash);
      for (const l of this.pendingLeaves) putLeaf.run(l.index, l.eventId, l.position.toString());
      for (const i of this.pendingIdeas) putIdea.run(i.receiptCode, i.ideaId, i.index);
      this.setMeta('size', String(this.count));
      if (this.lastPosition !== undefined) this.setMeta('last_position', this.lastPosition.toString());
    })();
    this.pendingHashes.clear();
    this.pendingLeaves = [];
    this.pendingIdeas = [];
  }

  leaf(index: number): LeafRow | undefined {
    const pending = this.pendingLeaves.find((l) => l.index === index);
    if (pending) return pending;
    const row = this.db.prepare('SELECT idx, event_id, position FROM leaves WHERE idx = ?').get(index) as { idx: number; event_id: string; position: string } | undefined;
    return row && { index: row.idx, eventId: row.event_id, position: BigInt(row.position) };
  }

  indexOfEvent(eventId: string): number | undefined {
    const pending = this.pendingLeaves.find((l) => l.eventId === eventId);
    if (pending) return pending.index;
    return (this.db.prepare('SELECT idx FROM leaves WHERE event_id = ?').get(eventId) as { idx: number } | undefined)?.idx;
  }

  idea(receiptCode: string): IdeaLeaf | undefined {
    const pending = this.pendingIdeas.find((i) => i.receiptCode === receiptCode);
    if (pending) return pending;
    const row = this.db.prepare('SELECT receipt_code, idea_id, idx FROM ideas WHERE receipt_code = ?').get(receiptCode) as { receipt_code: string; idea_id: string; idx: number } | undefined;
    return row && { receiptCode: row.receipt_code, ideaId: row.idea_id, index: row.idx };
  }

  /** Ideas whose IdeaRecorded is among the first `size` leaves, in leaf order. */
  ideasBefore(size: number): IdeaLeaf[] {
    this.flush();
    const rows = this.db.prepare('SELECT receipt_code, idea_id, idx FROM ideas WHERE idx < ? ORDER BY idx').all(size) as { receipt_code: string; idea_id: string; idx: number }[];
    return rows.map((r) => ({ receiptCode: r.receipt_code, ideaId: r.idea_id, index: r.idx }));
  }

  /** Leaf hashes of [from, to), concatenated; the leaves must be flushed. */
  leafHashes(from: number, to: number): Buffer {
    this.flush();
    const rows = this.db.prepare('SELECT hash FROM hashes WHERE level = 0 AND idx >= ? AND idx < ? ORDER BY idx').all(from, to) as { hash: Buffer }[];
    return Buffer.concat(rows.map((r) => r.hash));
  }

  archive(): ArchivedCheckpoint[] {
    const rows = this.db.prepare('SELECT size, root, note, consistency, created_at FROM checkpoints ORDER BY size').all() as { size: number; root: Buffer; note: string; consistency: string; created_at: string }[];
    return rows.map((r) => ({ size: r.size, rootHash: r.root, note: r.note, consistency: (JSON.parse(r.consistency) as string[]).map((h) => Buffer.from(h, 'base64')), createdAt: r.created_at }));
  }

  addCheckpoint(c: ArchivedCheckpoint): void {
    this.flush();
    this.db
      .prepare('INSERT INTO checkpoints (size, root, note, consistency, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(c.size, c.rootHash, c.note, JSON.stringify(c.consistency.map((h) => h.toString('base64'))), c.createdAt);
  }

  /** Forgets every leaf (not the checkpoints): the tree is rebuilt from the store. */
  resetLeaves(): void {
    this.pendingHashes.clear();
    this.pendingLeaves = [];
    this.pendingIdeas = [];
    this.db.exec("DELETE FROM hashes; DELETE FROM leaves; DELETE FROM ideas; DELETE FROM meta WHERE name IN ('size', 'last_position')");
    this.count = 0;
    this.lastPosition = undefined;
  }

  close(): void {
    this.flush();
    this.db.close();
  }
}
