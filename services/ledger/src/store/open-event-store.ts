import { createEventStore, createSqliteEventStore, parseSqliteUrl, type EventStore } from '@spoor/event-store';
import type { LedgerConfig } from '../config/config.js';

/** Opens the configured store; SQLite gets the configured durability. */
export const openEventStore = (config: LedgerConfig): EventStore =>
  config.storeUrl.startsWith('sqlite:')
    ? createSqliteEventStore({ synchronous: config.sqliteSynchronous, ...parseSqliteUrl(config.storeUrl) })
    : createEventStore(config.storeUrl);
