/**
 * The ESDB adapter against an in-memory fake of @eventstore/db-client (no server needed):
 * the whole conformance suite, plus what only this adapter does (system records, positions).
 */
import { describeEventStoreConformance } from '../conformance/index.js';
import { ev, marker, readAllAfter, uniqueStream, waitFor } from '../conformance/conformance-helpers.js';
import type { RecordedEvent } from '../event-store.port.js';
import { createEsdbEventStoreFromClient } from './esdb-event-store.js';
import { InMemoryEsdbClient } from './in-memory-esdb-client.fake.js';

describeEventStoreConformance('EventStoreDB adapter on an in-memory client fake', async () => {
  const client = new InMemoryEsdbClient();
  const store = createEsdbEventStoreFromClient(client.asClient());
  return { store, cleanup: () => store.close() };
});

describe('EventStoreDB adapter specifics (fake client)', () => {
  it('never returns system records ($-types or $-streams) from readAll or subscriptions', async () => {
    const client = new InMemoryEsdbClient();
    const store = createEsdbEventStoreFromClient(client.asClient());
    try {
      for (let i = 0; i < 12; i++) await store.append(uniqueStream(), [ev('Mine')], 'no_stream');
      const all = await readAllAfter(store, 0n, 5);
      expect(all).toHaveLength(12); // only our events, none of the fake's system records
      expect(all.every((e) => e.type === 'Mine')).toBe(true);
      const seen: RecordedEvent[] = [];
      let caughtUp = false;
      const sub = store.subscribeToAll({ onEvent: (e) => void seen.push(e), onCaughtUp: () => void (caughtUp = true) });
      await waitFor(() => caughtUp, 'catch-up');
      await sub.stop();
      expect(seen.map((e) => e.id)).toEqual(all.map((e) => e.id));
    } finally {
      await store.close();
    }
  });

  it('uses commit positions (not contiguous) and resumes readAll/subscriptions from them', async () => {
    const client = new InMemoryEsdbClient();
    const store = createEsdbEventStoreFromClient(client.asClient());
    try {
      const start = await marker(store);
      const s = uniqueStream();
      const r = await store.append(s, [ev('A'), ev('B')], 'no_stream');
      const [a, b] = await store.readStream(s);
      expect(b!.position - a!.position > 1n).toBe(true);
      expect(r.position).toBe(b!.position);
      const page = await store.readAll({ after: a!.position, maxCount: 1 });
      expect(page.events.map((e) => e.id)).toEqual([b!.id]);
      expect((await readAllAfter(store, start)).map((e) => e.type)).toEqual(['A', 'B']);
    } finally {
      await store.close();
    }
  });

  it('disposes the client on close', async () => {
    const client = new InMemoryEsdbClient();
    const store = createEsdbEventStoreFromClient(client.asClient());
    await store.close();
    expect(client.disposed).toBe(true);
  });
});
