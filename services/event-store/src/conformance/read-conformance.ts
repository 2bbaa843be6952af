import { describe, expect, it } from '@jest/globals';
import type { RecordedEvent } from '../event-store.port.js';
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

const ns = (events: readonly RecordedEvent[]): unknown[] => events.map((e) => (e.data as { n: number }).n);

export function readConformance(ctx: ConformanceContext): void {
  describe('readStream', () => {
    it('returns a stream in revision order across several appends', async () => {
      const s = uniqueStream();
      await ctx.store.append(s, evs(3, 'T', 0), 'no_stream');
      await ctx.store.append(s, evs(2, 'T', 3), 2);
      await ctx.store.append(s, evs(4, 'T', 5), 4);
      const events = await ctx.store.readStream(s);
      expect(events.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
      expect(ns(events)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
      expect(events.every((e) => e.streamId === s)).toBe(true);
      expectStrictlyIncreasing(events.map((e) => e.position));
    });

    it('pages forwards with fromRevision and maxCount', async () => {
      const s = uniqueStream();
      await ctx.store.append(s, evs(10), 'no_stream');
      const revs = async (o: Parameters<typeof ctx.store.readStream>[1]): Promise<number[]> =>
        (await ctx.store.readStream(s, o)).map((e) => e.revision);
      expect(await revs({ fromRevision: 4 })).toEqual([4, 5, 6, 7, 8, 9]);
      expect(await revs({ fromRevision: 4, maxCount: 3 })).toEqual([4, 5, 6]);
      expect(await revs({ maxCount: 2 })).toEqual([0, 1]);
      expect(await revs({ fromRevision: 9, maxCount: 5 })).toEqual([9]);
      expect(await revs({ fromRevision: 10 })).toEqual([]);
      expect(await revs({ maxCount: 0 })).toEqual([]);
      const pages: number[] = [];
      for (let from = 0; ; from += 4) {
        const page = await revs({ fromRevision: from, maxCount: 4 });
        pages.push(...page);
        if (page.length < 4) break;
      }
      expect(pages).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    });

    it('reads backwards from the end or from a revision', async () => {
      const s = uniqueStream();
      await ctx.store.append(s, evs(6), 'no_stream');
      const revs = async (o: Parameters<typeof ctx.store.readStream>[1]): Promise<number[]> =>
        (await ctx.store.readStream(s, o)).map((e) => e.revision);
      expect(await revs({ direction: 'backwards' })).toEqual([5, 4, 3, 2, 1, 0]);
      expect(await revs({ direction: 'backwards', maxCount: 1 })).toEqual([5]);
      expect(await revs({ direction: 'backwards', fromRevision: 3 })).toEqual([3, 2, 1, 0]);
      expect(await revs({ direction: 'backwards', fromRevision: 3, maxCount: 2 })).toEqual([3, 2]);
      expect(await revs({ direction: 'backwards', fromRevision: 0 })).toEqual([0]);
      expect(await revs({ direction: 'forwards' })).toEqual([0, 1, 2, 3, 4, 5]);
    });
  });

  describe('readAll', () => {
    it('returns events of all streams in position (commit) order', async () => {
      const start = await marker(ctx.store);
      const a = uniqueStream('a');
      const b = uniqueStream('b');
      await ctx.store.append(a, [ev('A', { n: 0 })], 'no_stream');
      await ctx.store.append(b, [ev('B', { n: 1 }), ev('B', { n: 2 })], 'no_stream');
      await ctx.store.append(a, [ev('A', { n: 3 })], 0);
      await ctx.store.append(b, [ev('B', { n: 4 })], 1);
      const all = await readAllAfter(ctx.store, start);
      expectStrictlyIncreasing(all.map((e) => e.position));
      expect(all.every((e) => e.position > start)).toBe(true);
      const own = ownEvents(all, [a, b]);
      expect(ns(own)).toEqual([0, 1, 2, 3, 4]);
      expect(own.map((e) => `${e.streamId === a ? 'a' : 'b'}${e.revision}`)).toEqual(['a0', 'b0', 'b1', 'a1', 'b2']);
      const viaStreams = [...(await ctx.store.readStream(a)), ...(await ctx.store.readStream(b))];
      expect([...own].sort((x, y) => (x.position < y.position ? -1 : 1))).toEqual(
        viaStreams.sort((x, y) => (x.position < y.position ? -1 : 1)),
      );
    });

    it('pages with after (exclusive) and maxCount, and says when it reached the end', async () => {
      const start = await marker(ctx.store);
      const s = uniqueStream();
      await ctx.store.append(s, evs(7), 'no_stream');
      const seen: RecordedEvent[] = [];
      let after: bigint | undefined = start;
      let pages = 0;
      for (;;) {
        const page = await ctx.store.readAll({ after, maxCount: 3 });
        pages += 1;
        expect(page.events.length).toBeLessThanOrEqual(3);
        if (page.events.length > 0) {
          expect(must(page.events[0]).position > must(after)).toBe(true);
          expect(page.lastPosition).toBe(must(page.events[page.events.length - 1]).position);
          after = page.lastPosition;
        } else {
          expect(page.lastPosition).toBeUndefined();
        }
        if (!page.isEnd) expect(page.events).toHaveLength(3);
        seen.push(...page.events);
        if (page.isEnd) break;
        expect(pages).toBeLessThan(1000);
      }
      expect(ns(ownEvents(seen, [s]))).toEqual([0, 1, 2, 3, 4, 5, 6]);
      expectStrictlyIncreasing(seen.map((e) => e.position));
      const tail = await ctx.store.readAll({ after });
      expect(ownEvents(tail.events, [s])).toEqual([]);
    });

    it('a page of maxCount 0 is empty and not the end when events follow; default page size is 1000', async () => {
      const start = await marker(ctx.store);
      await ctx.store.append(uniqueStream(), evs(2), 'no_stream');
      const zero = await ctx.store.readAll({ after: start, maxCount: 0 });
      expect(zero).toEqual({ events: [], lastPosition: undefined, isEnd: false });
      const page = await ctx.store.readAll({ after: start });
      expect(page.events.length).toBeGreaterThanOrEqual(2);
      expect(page.events.length).toBeLessThanOrEqual(1000);
    });

    it('reads from the start when after is undefined', async () => {
      const s = uniqueStream();
      await ctx.store.append(s, evs(1), 'no_stream');
      const page = await ctx.store.readAll({ maxCount: 5 });
      expect(page.events.length).toBeGreaterThan(0);
      expectStrictlyIncreasing(page.events.map((e) => e.position));
      expect(must(page.events[0]).position > 0n).toBe(true);
    });
  });
}
