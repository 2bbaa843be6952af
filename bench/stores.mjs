import { pathToFileURL } from 'node:url';
/**
 * The stores under test, each behind the same tiny interface:
 *   appendOne(stream, event)      one event, exact expected revision, one transaction
 *   appendBatch(stream, events)   a new stream of N events, "no stream" expected, one transaction
 *   durability()                  journal mode and synchronous level read back from SQLite
 * All use a file on disk in WAL mode with synchronous=FULL (fsync of the WAL on every commit).
 */
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { appendToStream, createEventStoreSchema, getSQLiteEventStore, sqliteConnection } from '@event-driven-io/emmett-sqlite';

const SYNC_NAMES = ['OFF', 'NORMAL', 'FULL', 'EXTRA'];

/**
 * emmett-sqlite 0.38.5 reads `INSERT/UPDATE ... RETURNING` with node-sqlite3's db.get, which can
 * leave the statement un-finalised, so COMMIT now and then fails with SQLITE_BUSY "cannot commit
 * transaction - SQL statements in progress" (emmett then rolls back and rethrows). Seen a few
 * times per thousand appends here. The bench retries such appends (inside the timed region, so
 * emmett pays for them) and reports how often it happened. emmett console.logs the error itself;
 * those lines are muted and counted instead.
 */
const consoleLog = console.log;
console.log = (...args) => {
  if (args[0] instanceof Error && args[0].code === 'SQLITE_BUSY') return;
  consoleLog(...args);
};

async function retryBusy(fn, counter) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (err?.code !== 'SQLITE_BUSY' || attempt >= 5) throw err;
      counter.retries += 1;
    }
  }
}

/** Our store, from the compiled package (npm run bench builds it first). */
export async function spoorStore(root, dir) {
  const require = createRequire(join(root, 'package.json'));
  const { createSqliteEventStore } = await import(pathToFileURL(join(root, 'services/event-store/dist/index.js')).href);
  const store = createSqliteEventStore({ file: join(dir, 'spoor.db'), synchronous: 'FULL' });
  const revisions = new Map();
  return {
    name: 'spoor (ours)',
    library: 'services/event-store, better-sqlite3 ' + require('better-sqlite3/package.json').version,
    async appendOne(stream, event) {
      const r = await store.append(stream, [event], revisions.get(stream) ?? 'no_stream');
      revisions.set(stream, r.nextExpectedRevision);
    },
    async appendBatch(stream, events) {
      await store.append(stream, events, 'no_stream');
    },
    async durability() {
      const d = store.durability();
      return { journalMode: d.journalMode, synchronous: d.synchronous, how: 'createSqliteEventStore({ synchronous: "FULL" }) (the default); read back with PRAGMA on its connection' };
    },
    close: () => store.close(),
  };
}

/**
 * The limit: better-sqlite3 prepared INSERTs inside BEGIN IMMEDIATE ... COMMIT, into the same
 * table layout as ours (so the same index work), revisions tracked in memory (no read), payloads
 * serialised with JSON.stringify and ids from randomUUID like ours.
 */
export function rawStore(root, dir) {
  const require = createRequire(join(root, 'package.json'));
  const Database = require('better-sqlite3');
  const db = new Database(join(dir, 'raw.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE events (
    position INTEGER PRIMARY KEY, stream_id TEXT NOT NULL, revision INTEGER NOT NULL, event_id TEXT NOT NULL,
    type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, created_at TEXT NOT NULL,
    UNIQUE (stream_id, revision)) STRICT`);
  const insert = db.prepare(
    'INSERT INTO events (stream_id, revision, event_id, type, data, metadata, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const tx = db.transaction((stream, first, events) => {
    const at = new Date().toISOString();
    let revision = first;
    for (const e of events) {
      insert.run(stream, revision++, randomUUID(), e.type, JSON.stringify(e.data), JSON.stringify(e.metadata), at);
    }
  }).immediate;
  const next = new Map();
  return {
    name: 'raw better-sqlite3',
    library: 'better-sqlite3 ' + require('better-sqlite3/package.json').version,
    async appendOne(stream, event) {
      const first = next.get(stream) ?? 0;
      tx(stream, first, [event]);
      next.set(stream, first + 1);
    },
    async appendBatch(stream, events) {
      tx(stream, 0, events);
    },
    async durability() {
      return {
        journalMode: db.pragma('journal_mode', { simple: true }),
        synchronous: SYNC_NAMES[db.pragma('synchronous', { simple: true })],
        how: 'PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; read back with PRAGMA',
      };
    },
    close: async () => db.close(),
  };
}

async function emmettPragmas(file) {
  // What a connection opened by emmett-sqlite gets: its own sqliteConnection on the same file.
  const conn = sqliteConnection({ fileName: file });
  try {
    const [{ journal_mode: journalMode }] = await conn.query('PRAGMA journal_mode');
    const [{ synchronous }] = await conn.query('PRAGMA synchronous');
    const [{ v }] = await conn.query('SELECT sqlite_version() AS v');
    return { journalMode, synchronous: SYNC_NAMES[synchronous], sqlite: v };
  } finally {
    conn.close();
  }
}

/**
 * emmett-sqlite as its docs show it: getSQLiteEventStore({ fileName }). This version opens a new
 * sqlite3 connection for every call (and closes it after), so each append also pays for an open.
 */
export function emmettStore(_root, dir, emmettVersion) {
  const file = join(dir, 'emmett.db');
  const es = getSQLiteEventStore({ fileName: file });
  const versions = new Map();
  const counter = { retries: 0 };
  return {
    name: 'emmett-sqlite (getSQLiteEventStore)',
    library: `@event-driven-io/emmett-sqlite ${emmettVersion}, sqlite3 (node-sqlite3)`,
    counter,
    async appendOne(stream, event) {
      const expectedStreamVersion = versions.get(stream) ?? 0n;
      const r = await retryBusy(() => es.appendToStream(stream, [event], { expectedStreamVersion }), counter);
      versions.set(stream, r.nextExpectedStreamVersion);
    },
    async appendBatch(stream, events) {
      await retryBusy(() => es.appendToStream(stream, events, { expectedStreamVersion: 0n }), counter);
    },
    async durability() {
      const p = await emmettPragmas(file);
      return {
        journalMode: p.journalMode,
        synchronous: p.synchronous,
        how: `emmett sets journal_mode=WAL on each connection it opens; synchronous is node-sqlite3's compiled default (SQLite ${p.sqlite}); no option to set it, read back on an identical connection`,
      };
    },
    close: async () => undefined,
  };
}

/**
 * emmett-sqlite's exported appendToStream(connection, ...) on ONE long-lived sqliteConnection:
 * the same append code without the per-call open/close, i.e. emmett at its fastest.
 */
export async function emmettConnectionStore(_root, dir, emmettVersion) {
  const file = join(dir, 'emmett-conn.db');
  const conn = sqliteConnection({ fileName: file });
  await createEventStoreSchema(conn);
  const versions = new Map();
  const counter = { retries: 0 };
  return {
    name: 'emmett-sqlite (one long-lived connection)',
    library: `@event-driven-io/emmett-sqlite ${emmettVersion}, sqlite3 (node-sqlite3)`,
    counter,
    async appendOne(stream, event) {
      const expectedStreamVersion = versions.get(stream) ?? 0n;
      const r = await retryBusy(() => appendToStream(conn, stream, 'participant', [event], { expectedStreamVersion }), counter);
      if (!r.success) throw new Error(`emmett reported a conflict on ${stream}`);
      versions.set(stream, r.nextStreamPosition);
    },
    async appendBatch(stream, events) {
      const r = await retryBusy(() => appendToStream(conn, stream, 'batch', events, { expectedStreamVersion: 0n }), counter);
      if (!r.success) throw new Error(`emmett reported a conflict on ${stream}`);
    },
    async durability() {
      const [{ journal_mode: journalMode }] = await conn.query('PRAGMA journal_mode');
      const [{ synchronous }] = await conn.query('PRAGMA synchronous');
      return {
        journalMode,
        synchronous: SYNC_NAMES[synchronous],
        how: "emmett's sqliteConnection (sets WAL); synchronous is node-sqlite3's compiled default; read back on this connection",
      };
    },
    close: async () => conn.close(),
  };
}

/** A realistic participation event (~400 bytes of JSON), the same for every store. */
export function makeEvent(seq) {
  return {
    type: 'ParticipantRegistered',
    data: {
      participantId: `p-${seq}`,
      processId: 'proc-2026-voorjaar',
      name: 'Zoë van den Bergh-Çelik',
      email: `deelnemer${seq}@example.nl`,
      answers: { q1: 'Ja', q2: 'Misschien, als het ’s avonds is', q3: 'Meer groen in de wijk 🌳' },
      consent: { publicName: false, contact: true },
      seq,
    },
    metadata: { correlationId: randomUUID(), causationId: randomUUID(), actor: 'ambassador-17', source: 'bench' },
  };
}
