import { describe, expect, it } from '@jest/globals';
import type { RecordedEvent } from '../event-store.port.js';
import {
  type ConformanceContext,
  ev,
  evs,
  expectStrictlyIncreasing,
  marker,
  must,
  tick,
  uniqueStream,
  waitFor,
} from './conformance-helpers.js';

export function subscriptionConformance(ctx: ConformanceContext): void {
  describe('subscribeToAll', () => {
    it('catches up, then goes live under concurrent appends: every event once, in position order', async () => {
      const start = await marker(ctx.store);
      const streams = [uniqueStream('sub-a'), uniqueStream('sub-b'), uniqueStream('sub-c')];
      const own = new Set(streams);
      const revisions = new Map<string, number>();
      let acknowledged = 0n; // highest position of an append that has completed
      const appendRound = async (round: number): Promise<void> => {
        await Promise.all(
          streams.map(async (s) => {
            const batch = round % 3 === 0 ? evs(3, 'Batch', round * 10) : [ev('Single', { n: round * 10 })];
            const r = await ctx.store.append(s, batch, revisions.get(s) ?? 'no_stream');
            revisions.set(s, r.nextExpectedRevision);
            if (r.position > acknowledged) acknowledged = r.position;
          }),
        );
      };
      for (let round = 0; round < 10; round++) await appendRound(round); // history: 10 rounds
      const history = streams.reduce((sum, s) => sum + (must(revisions.get(s)) + 1), 0);

      const delivered: RecordedEvent[] = [];
      const all: bigint[] = [];
      let inFlight = 0;
      let maxInFlight = 0;
      let caughtUpCalls = 0;
      let deliveredAtCaughtUp = -1;
      let positionAtCaughtUp = -1n;
      // Appends keep going while the subscription starts and catches up.
      const writer = (async () => {
        for (let round = 10; round < 40; round++) {
          await appendRound(round);
          if (round % 4 === 0) await new Promise((r) => setTimeout(r, 1));
        }
      })();
      await tick();
      const acknowledgedAtSubscribe = acknowledged;
      const sub = ctx.store.subscribeToAll({
        after: start,
        onEvent: async (e) => {
          inFlight += 1;
          maxInFlight = Math.max(maxInFlight, inFlight);
          all.push(e.position);
          if (own.has(e.streamId)) delivered.push(e);
          if (delivered.length % 7 === 0) await new Promise((r) => setTimeout(r, 1));
          else await tick();
          inFlight -= 1;
        },
        onCaughtUp: () => {
          caughtUpCalls += 1;
          deliveredAtCaughtUp = delivered.length;
          positionAtCaughtUp = all.at(-1) ?? -1n;
        },
      });
      try {
        await writer;
        const expected = streams.reduce((sum, s) => sum + (must(revisions.get(s)) + 1), 0);
        await waitFor(() => delivered.length >= expected && caughtUpCalls > 0, `${expected} events`);
        await new Promise((r) => setTimeout(r, 100)); // would catch duplicates delivered late
        expect(delivered).toHaveLength(expected);
        expect(new Set(delivered.map((e) => e.id)).size).toBe(expected);
        expectStrictlyIncreasing(all);
        expect(must(all[0]) > start).toBe(true);
        expect(maxInFlight).toBe(1);
        expect(caughtUpCalls).toBe(1);
        expect(deliveredAtCaughtUp).toBeGreaterThanOrEqual(history); // the whole history came first
        // ...and so did everything acknowledged before subscribeToAll was called.
        expect(positionAtCaughtUp >= acknowledgedAtSubscribe).toBe(true);
        for (const s of streams) {
          const revs = delivered.filter((e) => e.streamId === s).map((e) => e.revision);
          expect(revs).toEqual(Array.from({ length: must(revisions.get(s)) + 1 }, (_, i) => i));
          expect(delivered.filter((e) => e.streamId === s)).toEqual(await ctx.store.readStream(s));
        }
      } finally {
        await sub.stop();
      }
    });

    it('onCaughtUp fires only after every event that existed at subscribe time was handled', async () => {
      const start = await marker(ctx.store);
      const s = uniqueStream();
      for (let i = 0; i < 6; i++) await ctx.store.append(s, evs(10, 'Old', i * 10), i === 0 ? 'no_stream' : i * 10 - 1);
      const [last] = await ctx.store.readStream(s, { direction: 'backwards', maxCount: 1 });
      let handled = 0;
      let handledAtCaughtUp = -1;
      let positionAtCaughtUp: bigint | undefined;
      const sub = ctx.store.subscribeToAll({
        after: start,
        onEvent: async (e) => {
          await tick();
          if (e.streamId === s) handled += 1;
        },
        onCaughtUp: (p) => {
          handledAtCaughtUp = handled;
          positionAtCaughtUp = p;
        },
      });
      try {
        await waitFor(() => handledAtCaughtUp >= 0, 'onCaughtUp');
        expect(handledAtCaughtUp).toBe(60);
        expect(must(positionAtCaughtUp) >= must(last).position).toBe(true);
      } finally {
        await sub.stop();
      }
    });

    it('delivers appends made after catching up (live), and onCaughtUp gets the last position', async () => {
      const start = await marker(ctx.store);
      const s = uniqueStream();
      const got: RecordedEvent[] = [];
      const caughtUp: { at?: bigint | undefined; called: boolean } = { called: false };
      const sub = ctx.store.subscribeToAll({
        after: start,
        onEvent: (e) => {
          if (e.streamId === s) got.push(e);
        },
        onCaughtUp: (p) => {
          caughtUp.called = true;
          caughtUp.at = p;
        },
      });
      try {
        await waitFor(() => caughtUp.called, 'onCaughtUp');
        expect(typeof caughtUp.at).toBe('bigint');
        expect(must(caughtUp.at) >= start).toBe(true);
        const r1 = await ctx.store.append(s, [ev('Live', { n: 1 })], 'no_stream');
        await waitFor(() => got.length === 1, 'first live event');
        const r2 = await ctx.store.append(s, evs(2, 'Live', 2), 0);
        await waitFor(() => got.length === 3, 'second live batch');
        expect(got.map((e) => e.position)).toEqual([r1.position, must(got[1]).position, r2.position]);
      } finally {
        await sub.stop();
      }
    });

    it('starts strictly after `after`', async () => {
      const s = uniqueStream();
      await ctx.store.append(s, evs(3), 'no_stream');
      const events = await ctx.store.readStream(s);
      const got: RecordedEvent[] = [];
      let caughtUp = false;
      const sub = ctx.store.subscribeToAll({
        after: must(events[0]).position,
        onEvent: (e) => void (e.streamId === s && got.push(e)),
        onCaughtUp: () => void (caughtUp = true),
      });
      try {
        await waitFor(() => caughtUp, 'onCaughtUp');
        expect(got.map((e) => e.revision)).toEqual([1, 2]);
      } finally {
        await sub.stop();
      }
    });

    it('stop() ends delivery: later appends are not delivered', async () => {
      const start = await marker(ctx.store);
      const s = uniqueStream();
      const got: RecordedEvent[] = [];
      const sub = ctx.store.subscribeToAll({ after: start, onEvent: (e) => void (e.streamId === s && got.push(e)) });
      await ctx.store.append(s, [ev('Before')], 'no_stream');
      await waitFor(() => got.length === 1, 'event before stop');
      await sub.stop();
      await sub.stop(); // idempotent
      await ctx.store.append(s, [ev('After')], 0);
      await new Promise((r) => setTimeout(r, 300));
      expect(got.map((e) => e.type)).toEqual(['Before']);
    });

    it('a throwing handler stops the subscription and reaches onError', async () => {
      const start = await marker(ctx.store);
      const s = uniqueStream();
      await ctx.store.append(s, evs(3), 'no_stream');
      const seen: number[] = [];
      let error: Error | undefined;
      const sub = ctx.store.subscribeToAll({
        after: start,
        onEvent: (e) => {
          if (e.streamId !== s) return;
          seen.push(e.revision);
          if (e.revision === 1) throw new Error('projection failed');
        },
        onError: (err) => void (error = err),
      });
      try {
        await waitFor(() => error !== undefined, 'onError');
        expect(must(error).message).toBe('projection failed');
        await ctx.store.append(s, evs(1), 2);
        await new Promise((r) => setTimeout(r, 200));
        expect(seen).toEqual([0, 1]);
      } finally {
        await sub.stop();
      }
    });
  });
}
