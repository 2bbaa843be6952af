import { createEsdbEventStore } from './esdb/esdb-event-store.js';
import type { EventStore } from './event-store.port.js';
import { createSqliteEventStore, type SqliteEventStoreOptions } from './sqlite/sqlite-event-store.js';

const ESDB_SCHEMES = /^(esdb|esdb\+discover|kurrentdb|kurrentdb\+discover|kurrent|kurrent\+discover):\/\//i;

/**
 * Opens an event store from a URL:
 * - `sqlite:PATH` (relative to the working directory, or absolute; `sqlite:///abs/path` also
 *   works). The parent directory is created. Optional query: `?synchronous=NORMAL&pollIntervalMs=50`.
 * - `esdb://...`, `esdb+discover://...`, `kurrentdb://...`, `kurrentdb+discover://...`:
 *   EventStoreDB / KurrentDB through @eventstore/db-client (connects lazily).
 */
export function createEventStore(url: string): EventStore {
  if (typeof url !== 'string' || url.length === 0) throw new TypeError('event store URL is required');
  if (url.toLowerCase().startsWith('sqlite:')) return createSqliteEventStore(parseSqliteUrl(url));
  if (ESDB_SCHEMES.test(url)) return createEsdbEventStore(url);
  throw new TypeError(
    `Unsupported event store URL "${redact(url)}": use sqlite:PATH, esdb://, esdb+discover:// or kurrentdb://`,
  );
}

/** `sqlite:PATH[?synchronous=FULL|NORMAL&pollIntervalMs=N]` -> options. */
export function parseSqliteUrl(url: string): SqliteEventStoreOptions {
  let rest = url.slice('sqlite:'.length);
  if (rest.startsWith('//')) rest = rest.slice(2);
  const q = rest.indexOf('?');
  const file = decodeURIComponent(q === -1 ? rest : rest.slice(0, q));
  if (file.length === 0) throw new TypeError('sqlite: URL has no file path');
  const options: SqliteEventStoreOptions = { file };
  if (q !== -1) {
    const params = new URLSearchParams(rest.slice(q + 1));
    for (const [key, value] of params) {
      if (key === 'synchronous') {
        const mode = value.toUpperCase();
        if (mode !== 'FULL' && mode !== 'NORMAL') throw new TypeError(`synchronous must be FULL or NORMAL, got ${value}`);
        options.synchronous = mode;
      } else if (key === 'pollIntervalMs') {
        options.pollIntervalMs = Number(value);
      } else {
        throw new TypeError(`Unknown sqlite: URL option "${key}"`);
      }
    }
  }
  return options;
}

/** Hides credentials (user:password@) in error messages. */
function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}
