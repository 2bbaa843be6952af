export * from './event-store.port.js';
export { DEFAULT_READ_ALL_PAGE } from './event-validation.js';
export { readAllPages } from './read-all-pages.js';
export { createEventStore, parseSqliteUrl } from './create-event-store.js';
export {
  createSqliteEventStore,
  type SqliteEventStore,
  type SqliteEventStoreOptions,
} from './sqlite/sqlite-event-store.js';
export type { SynchronousMode } from './sqlite/sqlite-schema.js';
export { createEsdbEventStore, createEsdbEventStoreFromClient } from './esdb/esdb-event-store.js';
export type { EsdbClient } from './esdb/esdb-subscription.js';
export {
  toEsdbExpectedRevision,
  fromEsdbCurrentRevision,
  mapAppendError as mapEsdbAppendError,
  isSystemEvent as isEsdbSystemEvent,
  normaliseConnectionString as normaliseEsdbConnectionString,
} from './esdb/esdb-mapping.js';
