import { describe, expect, it } from '@jest/globals';
import { WrongExpectedVersionError } from '../event-store.port.js';
import {
  type ConformanceContext,
  ev,
  evs,
  expectStrictlyIncreasing,
  marker,
  must,
  ownEvents,
  readAllAfter,
  uniqueStream,
} from './conformance-helpers.js';

const APPENDERS = 20;

export function concurrencyConformance(ctx: ConformanceContext): void {
  describe('concurrent appenders', () => {
    it(`${APPENDERS} appenders on different streams all succeed with distinct, increasing positions`, async () => {
      const start = await marker(ctx.store);
      const streams = Array.from({ length: APPENDERS }, (_, i) => uniqueStream(`par${i}`));
      const results = await Promise.all(streams.map((s, i) => ctx.store.append(s, evs(2, 'Par', i * 2), 'no_stream')));
      expect(results.every((r) => r.nextExpectedRevision === 1)).toBe(true);
      expect(new Set(results.map((r) => r.position)).size).toBe(APPENDERS);
      const own = ownEvents(await readAllAfter(ctx.store, start), streams);
      expect(own).toHaveLength(APPENDERS * 2);
      expectStrictlyIncreasing(own.map((e) => e.position));
      for (const [i, s] of streams.entries()) {
        const events = own.filter((e) => e.streamId === s);
        expect(events.map((e) => e.revision)).toEqual([0, 1]);
        expect(must(events[1]).position).toBe(must(results[i]).position);
        // A batch is written as one unit: nothing of another append lands between its events.
        const at = own.indexOf(must(events[0]));
        expect(own[at + 1]).toBe(events[1]);
      }
    });

    it(`${APPENDERS} appenders on the same stream with the same exact revision: exactly one wins`, async () => {
      const s = uniqueStream();
      await ctx.store.append(s, [ev('Created')], 'no_stream');
      const outcomes = await Promise.allSettled(
        Array.from({ length: APPENDERS }, (_, i) => ctx.store.append(s, evs(2, `Contender${i}`), 0)),
      );
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(APPENDERS - 1);
      for (const l of lost) {
        expect(l.reason).toBeInstanceOf(WrongExpectedVersionError);
        expect(l.reason).toMatchObject({ code: 'CONFLICT', streamId: s, expected: 0, actual: 2 });
      }
      const events = await ctx.store.readStream(s);
      expect(events.map((e) => e.revision)).toEqual([0, 1, 2]);
      expect(new Set(events.slice(1).map((e) => e.type)).size).toBe(1); // both from the winner
    });

    it(`${APPENDERS} appenders creating the same stream with 'no_stream': exactly one wins`, async () => {
      const s = uniqueStream();
      const outcomes = await Promise.allSettled(
        Array.from({ length: APPENDERS }, (_, i) => ctx.store.append(s, [ev(`Creator${i}`)], 'no_stream')),
      );
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      for (const o of outcomes) {
        if (o.status === 'rejected') expect(o.reason).toMatchObject({ code: 'CONFLICT', actual: 0 });
      }
      expect(await ctx.store.readStream(s)).toHaveLength(1);
    });
  });
}
