/**
 * The event store conformance suite: one set of jest tests that every adapter of the port
 * must pass (SQLite and EventStoreDB/KurrentDB run it in their *.int.spec.ts files).
 *
 * Usage, in a spec file:
 *   describeEventStoreConformance('sqlite', async () => {
 *     const store = createSqliteEventStore({ file });
 *     return { store, cleanup: async () => { await store.close(); rmSync(dir, { recursive: true }); } };
 *   });
 *
 * The factory runs before each test and cleanup after it. Tests use unique stream names and
 * read the global log only after a position captured during the test, so the suite can run
 * against a shared server that holds other events.
 */
import { afterEach, beforeEach, describe } from '@jest/globals';
import type { EventStore } from '../event-store.port.js';
import { appendConformance } from './append-conformance.js';
import { concurrencyConformance } from './concurrency-conformance.js';
import type { ConformanceContext, StoreFactory } from './conformance-helpers.js';
import { payloadConformance } from './payload-conformance.js';
import { readConformance } from './read-conformance.js';
import { subscriptionConformance } from './subscription-conformance.js';

export type { ConformanceContext, StoreFactory } from './conformance-helpers.js';
export { UNICODE_SAMPLES } from './payload-conformance.js';

export function describeEventStoreConformance(name: string, factory: StoreFactory): void {
  describe(`event store conformance: ${name}`, () => {
    let current: { store: EventStore; cleanup(): Promise<void> } | undefined;
    const ctx: ConformanceContext = {
      get store(): EventStore {
        if (!current) throw new Error('conformance store used outside a test');
        return current.store;
      },
    };
    beforeEach(async () => {
      current = await factory();
    });
    afterEach(async () => {
      const c = current;
      current = undefined;
      await c?.cleanup();
    });

    appendConformance(ctx);
    readConformance(ctx);
    subscriptionConformance(ctx);
    concurrencyConformance(ctx);
    payloadConformance(ctx);
  });
}
