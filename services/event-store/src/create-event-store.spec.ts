import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventStore, parseSqliteUrl } from './create-event-store.js';

describe('createEventStore', () => {
  it('opens a SQLite store from sqlite:PATH, creating the parent directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spoor-url-'));
    try {
      const file = join(dir, 'nested', 'deeper', 'events.db');
      const store = createEventStore(`sqlite:${file}`);
      await store.append('s-1', [{ type: 'A', data: {}, metadata: {} }], 'no_stream');
      await store.close();
      expect(existsSync(file)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('parses sqlite URLs with options', () => {
    expect(parseSqliteUrl('sqlite:data/spoor.db')).toEqual({ file: 'data/spoor.db' });
    expect(parseSqliteUrl('sqlite:///var/lib/spoor/events.db')).toEqual({ file: '/var/lib/spoor/events.db' });
    expect(parseSqliteUrl('sqlite:./x.db?synchronous=normal&pollIntervalMs=50')).toEqual({
      file: './x.db',
      synchronous: 'NORMAL',
      pollIntervalMs: 50,
    });
    expect(() => parseSqliteUrl('sqlite:')).toThrow(/no file path/);
    expect(() => parseSqliteUrl('sqlite:x.db?synchronous=OFF')).toThrow(/FULL or NORMAL/);
    expect(() => parseSqliteUrl('sqlite:x.db?journal=delete')).toThrow(/Unknown/);
  });

  it('creates an ESDB store for esdb://, esdb+discover:// and kurrentdb:// without connecting yet', async () => {
    for (const url of ['esdb://localhost:2113?tls=false', 'esdb+discover://localhost:2113?tls=false', 'kurrentdb://localhost:2113?tls=false']) {
      const store = createEventStore(url);
      expect(typeof store.append).toBe('function');
      await store.close();
    }
  });

  it('rejects other URLs without echoing credentials', () => {
    expect(() => createEventStore('postgres://user:secret@db/x')).toThrow(/Unsupported event store URL "postgres:\/\/\*\*\*@db\/x"/);
    expect(() => createEventStore('')).toThrow(TypeError);
  });
});
