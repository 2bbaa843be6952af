import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describeEventStoreConformance } from '../conformance/index.js';
import { ev, evs, expectConflict, uniqueStream, waitFor } from '../conformance/conformance-helpers.js';
import type { RecordedEvent } from '../event-store.port.js';
import { type SqliteEventStore, createSqliteEventStore } from './sqlite-event-store.js';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'spoor-es-'));
}

describeEventStoreConformance('sqlite', async () => {
  const dir = tempDir();
  const store = createSqliteEventStore({ file: join(dir, 'events.db'), pollIntervalMs: 20 });
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('sqlite event store specifics', () => {
  let dir: string;
  const opened: SqliteEventStore[] = [];
  const open = (options: Partial<Parameters<typeof createSqliteEventStore>[0]> = {}): SqliteEventStore => {
    const store = createSqliteEventStore({ file: join(dir, 'events.db'), ...options });
    opened.push(store);
    return store;
  };

  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('really runs in WAL mode with synchronous=FULL by default (read back from SQLite)', () => {
    const store = open();
    expect(store.durability()).toEqual({ journalMode: 'wal', synchronous: 'FULL', secureDelete: false });
    expect(store.file).toBe(join(dir, 'events.db'));
    // WAL is a property of the file: a plain connection sees it too.
    const raw = new Database(store.file, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      raw.close();
    }
  });

  it('honours synchronous=NORMAL and secure_delete when asked', () => {
    const store = open({ synchronous: 'NORMAL', secureDelete: true });
    expect(store.durability()).toEqual({ journalMode: 'wal', synchronous: 'NORMAL', secureDelete: true });
    store.setSecureDelete(false);
    expect(store.durability().secureDelete).toBe(false);
  });

  it('keeps positions gapless (1..n) across concurrent appends and failed appends', async () => {
    const store = open();
    const streams = Array.from({ length: 20 }, (_, i) => uniqueStream(`gap${i}`));
    await Promise.all(streams.map((s) => store.append(s, evs(3), 'no_stream')));
    await expectConflict(() => store.append(streams[0]!, evs(5), 'no_stream'));
    await expect(store.append(streams[1]!, [ev('A'), { type: '', data: 1, metadata: null }], 'any')).rejects.toThrow(TypeError);
    await expect(store.append(streams[2]!, [ev('A', { bad: 1n })], 'any')).rejects.toThrow();
    await Promise.all(streams.map((s) => store.append(s, evs(2), 2)));
    const page = await store.readAll({ maxCount: 10_000 });
    expect(page.isEnd).toBe(true);
    expect(page.events.map((e) => e.position)).toEqual(Array.from({ length: 100 }, (_, i) => BigInt(i + 1)));
  });

  it('counts the events after a position without reading them', async () => {
    const store = open();
    expect(await store.countEvents()).toBe(0);
    await store.append(uniqueStream(), evs(3), 'no_stream');
    await store.append(uniqueStream(), evs(2), 'no_stream');
    expect(await store.countEvents()).toBe(5);
    expect(await store.countEvents(3n)).toBe(2);
    expect(await store.countEvents(5n)).toBe(0);
    await expect(store.countEvents(-1n)).rejects.toThrow(TypeError);
  });

  it('refuses to delete events (append-only trigger)', async () => {
    const store = open();
    await store.append(uniqueStream(), evs(2), 'no_stream');
    const raw = new Database(store.file);
    try {
      expect(() => raw.prepare('DELETE FROM events').run()).toThrow(/append-only/);
    } finally {
      raw.close();
    }
  });

  it('keeps the data across close and reopen', async () => {
    const s = uniqueStream();
    const first = open();
    await first.append(s, [ev('A', { n: 'één' }), ev('B')], 'no_stream');
    const before = await first.readStream(s);
    await first.close();
    const second = open();
    expect(await second.readStream(s)).toEqual(before);
    expect((await second.append(s, [ev('C')], 1)).position).toBe(3n);
  });

  it('sees appends made by another store instance on the same file (another process) by polling', async () => {
    const server = open({ pollIntervalMs: 25 });
    const cli = open();
    const s = uniqueStream();
    const got: RecordedEvent[] = [];
    let caughtUp = false;
    await cli.append(s, [ev('BeforeSubscribe')], 'no_stream');
    const sub = server.subscribeToAll({ onEvent: (e) => void got.push(e), onCaughtUp: () => void (caughtUp = true) });
    try {
      await waitFor(() => caughtUp, 'catch-up');
      expect(got.map((e) => e.type)).toEqual(['BeforeSubscribe']);
      await cli.append(s, [ev('FromCli1')], 0);
      await cli.append(s, evs(2, 'FromCli2'), 1);
      await waitFor(() => got.length === 4, 'events written by the other instance', 5_000);
      expect(got.map((e) => e.position)).toEqual([1n, 2n, 3n, 4n]);
      await expectConflict(() => server.append(s, [ev('Stale')], 0)); // the lock and check span both
    } finally {
      await sub.stop();
    }
  });

  it('close() stops its subscriptions and waits for the handler in flight', async () => {
    const store = open();
    await store.append(uniqueStream(), [ev('A')], 'no_stream');
    let handlerFinished = false;
    let entered = false;
    const sub = store.subscribeToAll({
      onEvent: async () => {
        entered = true;
        await new Promise((r) => setTimeout(r, 50));
        handlerFinished = true;
      },
    });
    await waitFor(() => entered, 'handler entered');
    await store.close();
    expect(handlerFinished).toBe(true);
    await sub.stop(); // resolves, does not hang
    await expect(store.readAll()).rejects.toThrow('closed');
  });
});
