/**
 * Runs the conformance suite against a real EventStoreDB / KurrentDB server when
 * EVENTSTORE_CONNECTION_STRING is set, e.g.
 *   EVENTSTORE_CONNECTION_STRING='esdb://localhost:2113?tls=false' npx jest services/event-store
 * The server must accept 1 MiB events: start it with a larger MaxAppendSize
 * (EVENTSTORE_MAX_APPEND_SIZE=4194304, or KURRENTDB_MAX_APPEND_SIZE on KurrentDB) and a
 * version >= 22.6 (positions on stream reads). Streams get random names, so a shared server is fine.
 */
import { describeEventStoreConformance } from '../conformance/index.js';
import { createEsdbEventStore } from './esdb-event-store.js';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;
const SKIP_REASON =
  'skipped: EVENTSTORE_CONNECTION_STRING is not set, so the EventStoreDB conformance run did not happen';

const describeIfServer = connectionString ? describe : describe.skip;

if (!connectionString) {
  console.warn(`[event-store] ${SKIP_REASON} (the same suite runs against an in-memory fake of the client in esdb-event-store.spec.ts).`);
  describe('EventStoreDB conformance (real server)', () => {
    it(SKIP_REASON, () => {
      expect(process.env.EVENTSTORE_CONNECTION_STRING).toBeUndefined();
    });
  });
}

describeIfServer('EventStoreDB (real server)', () => {
  describeEventStoreConformance(`EventStoreDB at ${(connectionString ?? '').replace(/\/\/[^@/]*@/, '//***@')}`, async () => {
    const store = createEsdbEventStore(connectionString!);
    return { store, cleanup: () => store.close() };
  });
});
