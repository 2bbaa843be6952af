/**
 * SQLite adapter of the event store port, on better-sqlite3 (synchronous, in-process).
 *
 * Durability: WAL journal, `synchronous=FULL` by default (every commit fsyncs the WAL, so an
 * acknowledged append survives power loss); `NORMAL` may lose the last commits on power loss
 * (never corrupts). Each append is one `BEGIN IMMEDIATE` transaction: all events or none.
 *
 * SINGLE-WRITER ASSUMPTION. SQLite allows exactly one writer per database file at a time: in
 * WAL mode the write lock lives in the `-shm` file and is shared by every connection of every
 * process on this machine. `BEGIN IMMEDIATE` takes that lock *before* the expected-revision
 * check, so check-then-insert is atomic across processes too, and a second writer waits up to
 * `busyTimeoutMs` (during which this process's event loop is blocked: better-sqlite3 is
 * synchronous) and then fails with SQLITE_BUSY. What follows:
 * - Several processes (the server plus a CLI, say) may open the same file and append: it is
 *   safe because writes are serialised by that lock, and readers never block the writer (WAL).
 * - Positions stay gapless: `position` is the rowid alias, assigned max(position)+1 while the
 *   write lock is held; a rolled-back append (conflict, crash) leaves no row behind, and rows are
 *   never deleted (a trigger forbids DELETE). Because commits are serialised, a reader that sees
 *   position n already sees every position below n: no position can appear "later" behind a
 *   reader's back, which is what lets a subscription read "after the last position it
 *   delivered" without losing events.
 * - It is NOT safe on a network filesystem (NFS/SMB) or across machines: WAL needs shared memory
 *   on one host, and every writer must use this adapter (or the same BEGIN IMMEDIATE discipline).
 * Live delivery: appends made through this store instance notify its subscriptions at once;
 * appends from other processes are seen by polling (`pollIntervalMs`, default 100 ms).
 *
 * Erasure (later): rows are never deleted; personal data will be erased by overwriting payloads
 * in place. `secureDelete` (PRAGMA secure_delete) makes SQLite zero the freed bytes so the old
 * payload does not linger in free pages; it is off by default and can be switched on per
 * connection with `setSecureDelete(true)` before such an update.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import {
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type ReadAllPage,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
  StoreClosedError,
  WrongExpectedVersionError,
  assertValidExpectedRevision,
  expectedRevisionMatches,
} from '../event-store.port.js';
import { assertStreamId, normaliseReadAll, normaliseReadStream, prepareEvents, toJsonText } from '../event-validation.js';
import { PollingSubscription } from '../polling-subscription.js';
import { type SynchronousMode, openSchema, readDurability } from './sqlite-schema.js';

export interface SqliteEventStoreOptions {
  /** Path of the database file (created with its parent directory if missing). */
  file: string;
  /** Default 'FULL' (fsync on every commit). */
  synchronous?: SynchronousMode;
  /** How often subscriptions look for appends made by other processes. Default 100 ms. */
  pollIntervalMs?: number;
  /** How long a write waits for another process's write lock. Default 5000 ms. */
  busyTimeoutMs?: number;
  /** PRAGMA secure_delete for this connection. Default false. */
  secureDelete?: boolean;
}

export interface SqliteEventStore extends EventStore {
  /** Absolute path of the database file. */
  readonly file: string;
  /** Switches PRAGMA secure_delete on this store's connection (for in-place erasure, later). */
  setSecureDelete(enabled: boolean): void;
  /** What the connection really runs with, read back from SQLite (for health checks and tests). */
  durability(): { journalMode: string; synchronous: string; secureDelete: boolean };
  /**
   * How many events lie after `after` (all when undefined), without reading them: a rebuild
   * needs the total for its progress, and counting by reading every page doubled its time.
   */
  countEvents(after?: bigint): Promise<number>;
}

type Row = [position: number, streamId: string, revision: number, id: string, type: string, data: string, metadata: string, createdAt: string];
type JsonRow = [id: string, type: string, data: string, metadata: string];

const COLUMNS = 'position, stream_id, revision, event_id, type, data, metadata, created_at';
const SUBSCRIPTION_PAGE = 500;

function toRecorded(r: Row): RecordedEvent {
  return {
    id: r[3],
    streamId: r[1],
    type: r[4],
    revision: r[2],
    position: BigInt(r[0]),
    data: JSON.parse(r[5]),
    metadata: JSON.parse(r[6]),
    createdAt: r[7],
  };
}

class SqliteEventStoreImpl implements SqliteEventStore {
  readonly file: string;
  private readonly db: Database.Database;
  private readonly pollIntervalMs: number;
  private readonly subscriptions = new Set<PollingSubscription>();
  private closed = false;
  private closing: Promise<void> | undefined;

  private readonly lastOfStream: Database.Statement<[string], [revision: number, position: number]>;
  private readonly insert: Database.Statement<unknown[]>;
  private readonly streamForwards: Database.Statement<[string, number, number], Row>;
  private readonly streamBackwards: Database.Statement<[string, number, number], Row>;
  private readonly allAfter: Database.Statement<[number, number], Row>;
  private readonly countAll: Database.Statement<[], number>;
  private readonly countAfter: Database.Statement<[number], number>;
  private readonly appendTx: (streamId: string, rows: JsonRow[], expected: ExpectedRevision) => AppendResult;

  constructor(options: SqliteEventStoreOptions) {
    if (typeof options?.file !== 'string' || options.file.length === 0) throw new TypeError('file is required');
    this.file = resolve(options.file);
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
    if (!(this.pollIntervalMs > 0)) throw new TypeError('pollIntervalMs must be > 0');
    const synchronous = options.synchronous ?? 'FULL';
    if (synchronous !== 'FULL' && synchronous !== 'NORMAL') throw new TypeError(`synchronous must be 'FULL' or 'NORMAL'`);

    mkdirSync(dirname(this.file), { recursive: true });
    this.db = new Database(this.file);
    try {
      openSchema(this.db, {
        synchronous,
        busyTimeoutMs: options.busyTimeoutMs ?? 5000,
        secureDelete: options.secureDelete ?? false,
      });
    } catch (err) {
      this.db.close();
      throw err;
    }

    const db = this.db;
    this.lastOfStream = db
      .prepare<[string], [number, number]>(
        'SELECT revision, position FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1',
      )
      .raw();
    this.insert = db.prepare(
      'INSERT INTO events (stream_id, revision, event_id, type, data, metadata, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.streamForwards = db
      .prepare<[string, number, number], Row>(
        `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision ASC LIMIT ?`,
      )
      .raw();
    this.streamBackwards = db
      .prepare<[string, number, number], Row>(
        `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
      )
      .raw();
    this.allAfter = db
      .prepare<[number, number], Row>(`SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position ASC LIMIT ?`)
      .raw();
    // Without a bound SQLite counts the entries of the (small) stream index; a bound on position
    // walks the table itself, ~50 ms per 70,000 events here.
    this.countAll = db.prepare<[], number>('SELECT count(*) FROM events').pluck();
    this.countAfter = db.prepare<[number], number>('SELECT count(*) FROM events WHERE position > ?').pluck();

    const tx = db.transaction((streamId: string, rows: JsonRow[], expected: ExpectedRevision): AppendResult => {
      const last = this.lastOfStream.get(streamId);
      const current = last ? last[0] : -1;
      if (!expectedRevisionMatches(expected, current)) {
        throw new WrongExpectedVersionError(streamId, expected, current === -1 ? 'no_stream' : current);
      }
      if (rows.length === 0) return { nextExpectedRevision: current, position: BigInt(last ? last[1] : 0) };
      const createdAt = new Date().toISOString();
      const insert = this.insert;
      let revision = current;
      let position: number | bigint = 0;
      for (const row of rows) {
        revision += 1;
        position = insert.run(streamId, revision, row[0], row[1], row[2], row[3], createdAt).lastInsertRowid;
      }
      return { nextExpectedRevision: revision, position: BigInt(position) };
    });
    this.appendTx = tx.immediate;
  }

  async append(streamId: string, events: readonly NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    this.assertOpen();
    assertStreamId(streamId);
    assertValidExpectedRevision(expectedRevision);
    // Serialise outside the write lock: keeps the lock short for other processes.
    const rows = prepareEvents(events).map(
      (e, i): JsonRow => [e.id, e.type, toJsonText(e.data, `events[${i}].data`), toJsonText(e.metadata, `events[${i}].metadata`)],
    );
    const result = this.appendTx(streamId, rows, expectedRevision);
    if (rows.length > 0) for (const sub of this.subscriptions) sub.notify();
    return result;
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    this.assertOpen();
    assertStreamId(streamId);
    const { fromRevision, maxCount, backwards } = normaliseReadStream(options);
    const limit = maxCount ?? -1; // LIMIT -1 = no limit
    const rows = backwards
      ? this.streamBackwards.all(streamId, fromRevision ?? Number.MAX_SAFE_INTEGER, limit)
      : this.streamForwards.all(streamId, fromRevision ?? 0, limit);
    return rows.map(toRecorded);
  }

  async readAll(options?: ReadAllOptions): Promise<ReadAllPage> {
    this.assertOpen();
    const { after, maxCount } = normaliseReadAll(options);
    return this.readPage(after, maxCount);
  }

  async countEvents(after?: bigint): Promise<number> {
    this.assertOpen();
    const { after: from } = normaliseReadAll({ after });
    return (from === undefined ? this.countAll.get() : this.countAfter.get(Number(from))) ?? 0;
  }

  /** Synchronous page read, shared by readAll and the subscriptions. */
  private readPage(after: bigint | undefined, maxCount: number): ReadAllPage {
    this.assertOpen();
    // One extra row tells whether this page is the end, without a second query.
    const rows = this.allAfter.all(after === undefined ? 0 : Number(after), maxCount + 1);
    const isEnd = rows.length <= maxCount;
    if (!isEnd) rows.length = maxCount;
    const events = rows.map(toRecorded);
    return { events, lastPosition: events.at(-1)?.position, isEnd };
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    this.assertOpen();
    if (this.closing) throw new StoreClosedError();
    const sub = new PollingSubscription(
      { readPage: (after, max) => this.readPage(after, max), pollIntervalMs: this.pollIntervalMs, pageSize: SUBSCRIPTION_PAGE },
      options,
      (s) => this.subscriptions.delete(s),
    );
    this.subscriptions.add(sub);
    return sub;
  }

  setSecureDelete(enabled: boolean): void {
    this.assertOpen();
    this.db.pragma(`secure_delete = ${enabled ? 'ON' : 'OFF'}`);
  }

  durability(): { journalMode: string; synchronous: string; secureDelete: boolean } {
    this.assertOpen();
    return readDurability(this.db);
  }

  /** Stops the subscriptions (waiting for handlers in flight, which may still read), then closes the file. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.all([...this.subscriptions].map((s) => s.stop()));
      this.closed = true;
      this.db.close();
    })();
    return this.closing;
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreClosedError();
  }
}

/** Opens (creating if needed) a SQLite event store file. Synchronous: the file is ready on return. */
export function createSqliteEventStore(options: SqliteEventStoreOptions): SqliteEventStore {
  return new SqliteEventStoreImpl(options);
}
