import * as fs from 'node:fs';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import type { Snapshot } from './projection-set.js';

/**
 * Read-model checkpoints in `projections.db` in the data folder: each projection's state, version
 * and the log position it includes. Losing the file costs only a rebuild from the log.
 */
export class SnapshotStore {
  private readonly db: Database.Database;

  constructor(dataDir: string) {
    fs.mkdirSync(dataDir, { recursive: true });
    this.db = new Database(path.join(dataDir, 'projections.db'));
    this.db.pragma('journal_mode = WAL');
    this.db.exec('CREATE TABLE IF NOT EXISTS snapshots (name TEXT PRIMARY KEY, version INTEGER NOT NULL, position TEXT, state TEXT NOT NULL, saved_at TEXT NOT NULL)');
  }

  load(): Snapshot[] {
    const rows = this.db.prepare('SELECT name, version, position, state FROM snapshots').all() as { name: string; version: number; position: string | null; state: string }[];
    return rows.map((r) => ({ name: r.name, version: r.version, position: r.position, state: JSON.parse(r.state) as unknown }));
  }

  save(snapshots: readonly Snapshot[], now = new Date()): void {
    const upsert = this.db.prepare(
      'INSERT INTO snapshots (name, version, position, state, saved_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET version = excluded.version, position = excluded.position, state = excluded.state, saved_at = excluded.saved_at',
    );
    this.db.transaction(() => {
      for (const s of snapshots) upsert.run(s.name, s.version, s.position, JSON.stringify(s.state), now.toISOString());
    })();
  }

  clear(): void {
    this.db.exec('DELETE FROM snapshots');
  }

  close(): void {
    this.db.close();
  }
}
