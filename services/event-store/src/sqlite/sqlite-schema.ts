import type Database from 'better-sqlite3';

/** Bumped when the table layout changes; stored in PRAGMA user_version. */
export const SCHEMA_VERSION = 1;

/**
 * One table. `position` is the rowid alias (INTEGER PRIMARY KEY): SQLite gives each new row
 * max(position) + 1 inside the write transaction, and a trigger forbids DELETE, so positions are
 * 1..n with no gaps (see the comment at the top of sqlite-event-store.ts).
 * UNIQUE(stream_id, revision) both enforces per-stream revisions and is the index that reads a
 * stream and finds its last revision.
 */
const DDL = `
CREATE TABLE IF NOT EXISTS events (
  position    INTEGER PRIMARY KEY,
  stream_id   TEXT    NOT NULL,
  revision    INTEGER NOT NULL CHECK (revision >= 0),
  event_id    TEXT    NOT NULL,
  type        TEXT    NOT NULL,
  data        TEXT    NOT NULL,
  metadata    TEXT    NOT NULL,
  created_at  TEXT    NOT NULL,
  UNIQUE (stream_id, revision)
) STRICT;
CREATE TRIGGER IF NOT EXISTS events_are_append_only
  BEFORE DELETE ON events
  BEGIN SELECT RAISE(ABORT, 'events are append-only: rows are never deleted'); END;
`;

export type SynchronousMode = 'FULL' | 'NORMAL';

export interface ConnectionSettings {
  synchronous: SynchronousMode;
  busyTimeoutMs: number;
  secureDelete: boolean;
}

/** Per-connection settings, then the schema (idempotent, in one transaction). */
export function openSchema(db: Database.Database, settings: ConnectionSettings): void {
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(settings.busyTimeoutMs))}`);
  const mode = db.pragma('journal_mode = WAL', { simple: true });
  if (String(mode).toLowerCase() !== 'wal') {
    throw new Error(`SQLite refused WAL mode (journal_mode is ${String(mode)}); is the file on a network filesystem?`);
  }
  db.pragma(`synchronous = ${settings.synchronous}`);
  db.pragma(`secure_delete = ${settings.secureDelete ? 'ON' : 'OFF'}`);
  db.pragma('foreign_keys = ON');
  db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new Error(`event store schema version ${version} is newer than this code (${SCHEMA_VERSION})`);
    }
    db.exec(DDL);
    if (version < SCHEMA_VERSION) db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

const SYNCHRONOUS_NAMES = ['OFF', 'NORMAL', 'FULL', 'EXTRA'] as const;

/** Reads back what the connection really uses (PRAGMA journal_mode / synchronous / secure_delete). */
export function readDurability(db: Database.Database): {
  journalMode: string;
  synchronous: string;
  secureDelete: boolean;
} {
  const sync = db.pragma('synchronous', { simple: true }) as number;
  return {
    journalMode: String(db.pragma('journal_mode', { simple: true })).toLowerCase(),
    synchronous: SYNCHRONOUS_NAMES[sync] ?? String(sync),
    secureDelete: Number(db.pragma('secure_delete', { simple: true })) === 1,
  };
}
