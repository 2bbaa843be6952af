import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { type ExpectedRevision, StoreClosedError } from '../event-store.port.js';
import {
  type ConformanceContext,
  ev,
  evs,
  expectConflict,
  expectStrictlyIncreasing,
  marker,
  must,
  ownEvents,
  readAllAfter,
  uniqueStream,
} from './conformance-helpers.js';

export function appendConformance(ctx: ConformanceContext): void {
  describe('append: expected revision', () => {
    it("'any' creates a stream at revision 0 and appends after whatever is there", async () => {
      const s = uniqueStream();
      const first = await ctx.store.append(s, [ev('A')], 'any');
      expect(first.nextExpectedRevision).toBe(0);
      const second = await ctx.store.append(s, evs(2), 'any');
      expect(second.nextExpectedRevision).toBe(2);
      expect(second.position > first.position).toBe(true);
      expect((await ctx.store.readStream(s)).map((e) => e.revision)).toEqual([0, 1, 2]);
    });

    it("'no_stream' creates a new stream; a batch of 3 ends at revision 2", async () => {
      const s = uniqueStream();
      const r = await ctx.store.append(s, evs(3), 'no_stream');
      expect(r.nextExpectedRevision).toBe(2);
      const events = await ctx.store.readStream(s);
      expect(events.map((e) => e.revision)).toEqual([0, 1, 2]);
      expect(r.position).toBe(must(events[2]).position);
    });

    it("'no_stream' on a stream holding exactly ONE event is a conflict (revision 0 is not no-stream)", async () => {
      const s = uniqueStream();
      await ctx.store.append(s, [ev('Only')], 'no_stream');
      const err = await expectConflict(() => ctx.store.append(s, [ev('Second')], 'no_stream'));
      expect(err.streamId).toBe(s);
      expect(err.expected).toBe('no_stream');
      expect(err.actual).toBe(0);
      expect(await ctx.store.readStream(s)).toHaveLength(1);
    });

    it("'no_stream' on a stream with several events is a conflict reporting the last revision", async () => {
      const s = uniqueStream();
      await ctx.store.append(s, evs(4), 'no_stream');
      const err = await expectConflict(() => ctx.store.append(s, [ev('X')], 'no_stream'));
      expect(err.actual).toBe(3);
    });

    it("'stream_exists' on a missing stream is a conflict (actual 'no_stream'); on an existing one it appends", async () => {
      const s = uniqueStream();
      const err = await expectConflict(() => ctx.store.append(s, [ev('X')], 'stream_exists'));
      expect(err.expected).toBe('stream_exists');
      expect(err.actual).toBe('no_stream');
      expect(await ctx.store.readStream(s)).toEqual([]);
      await ctx.store.append(s, [ev('A')], 'no_stream');
      const r = await ctx.store.append(s, [ev('B')], 'stream_exists');
      expect(r.nextExpectedRevision).toBe(1);
    });

    it('an exact revision that matches appends; 0 means "exactly one event"', async () => {
      const s = uniqueStream();
      await ctx.store.append(s, [ev('A')], 'no_stream');
      const r = await ctx.store.append(s, evs(2), 0);
      expect(r.nextExpectedRevision).toBe(2);
      const r2 = await ctx.store.append(s, [ev('C')], r.nextExpectedRevision);
      expect(r2.nextExpectedRevision).toBe(3);
    });

    it('an exact revision on a missing stream is a conflict, even 0', async () => {
      const s = uniqueStream();
      const err = await expectConflict(() => ctx.store.append(s, [ev('A')], 0));
      expect(err.expected).toBe(0);
      expect(err.actual).toBe('no_stream');
    });

    it('a stale or future exact revision is a conflict reporting the actual revision', async () => {
      const s = uniqueStream();
      await ctx.store.append(s, evs(3), 'no_stream');
      const stale = await expectConflict(() => ctx.store.append(s, [ev('X')], 1));
      expect(stale).toMatchObject({ streamId: s, expected: 1, actual: 2 });
      const future = await ctx.store.append(s, [ev('X')], 5).catch((e: unknown) => e);
      expect(future).toMatchObject({ code: 'CONFLICT', expected: 5, actual: 2 });
    });

    it('a conflicting batch appends nothing, in the stream or in the global log', async () => {
      const s = uniqueStream();
      const other = uniqueStream();
      await ctx.store.append(s, evs(2), 'no_stream');
      const before = await ctx.store.readStream(s);
      const after = await marker(ctx.store);
      await expectConflict(() => ctx.store.append(s, evs(5, 'Rejected'), 0));
      await expectConflict(() => ctx.store.append(other, evs(3, 'Rejected'), 'stream_exists'));
      expect(await ctx.store.readStream(s)).toEqual(before);
      expect(await ctx.store.readStream(other)).toEqual([]);
      expect(ownEvents(await readAllAfter(ctx.store, after), [s, other])).toEqual([]);
    });

    it('rejects malformed expected revisions without appending', async () => {
      const s = uniqueStream();
      for (const bad of [-1, 1.5, 'nope'] as unknown as ExpectedRevision[]) {
        await expect(ctx.store.append(s, [ev('A')], bad)).rejects.toThrow(TypeError);
      }
      expect(await ctx.store.readStream(s)).toEqual([]);
    });
  });

  describe('append: results and recorded events', () => {
    it('records id, type, data, metadata, revision, position and store time', async () => {
      const s = uniqueStream();
      const id = randomUUID();
      const t0 = Date.now();
      const r = await ctx.store.append(
        s,
        [{ id, type: 'Registered', data: { a: 1, b: [true, null, 'x'] }, metadata: { correlationId: 'c-1' } }, ev('Next')],
        'no_stream',
      );
      const [first, second] = await ctx.store.readStream(s);
      expect(first).toMatchObject({ id, streamId: s, type: 'Registered', revision: 0 });
      expect(must(first).data).toEqual({ a: 1, b: [true, null, 'x'] });
      expect(must(first).metadata).toEqual({ correlationId: 'c-1' });
      expect(must(second).id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
      expect(must(second).id).not.toBe(id);
      expect(typeof must(first).position).toBe('bigint');
      expect(must(second).position > must(first).position).toBe(true);
      expect(r).toEqual({ nextExpectedRevision: 1, position: must(second).position });
      const created = Date.parse(must(first).createdAt);
      expect(new Date(created).toISOString()).toBe(must(first).createdAt);
      expect(created).toBeGreaterThanOrEqual(t0 - 60_000);
      expect(created).toBeLessThanOrEqual(Date.now() + 60_000);
    });

    it('an empty batch appends nothing, validates the expected revision and returns the current state', async () => {
      const s = uniqueStream();
      expect(await ctx.store.append(s, [], 'no_stream')).toEqual({ nextExpectedRevision: -1, position: 0n });
      expect(await ctx.store.append(s, [], 'any')).toEqual({ nextExpectedRevision: -1, position: 0n });
      await expectConflict(() => ctx.store.append(s, [], 'stream_exists'));
      await expectConflict(() => ctx.store.append(s, [], 0));
      const r = await ctx.store.append(s, evs(2), 'no_stream');
      expect(await ctx.store.append(s, [], 1)).toEqual(r);
      expect(await ctx.store.append(s, [], 'stream_exists')).toEqual(r);
      const err = await expectConflict(() => ctx.store.append(s, [], 'no_stream'));
      expect(err.actual).toBe(1);
      await expectConflict(() => ctx.store.append(s, [], 0));
      expect(await ctx.store.readStream(s)).toHaveLength(2);
    });

    it('reading a stream that does not exist gives []', async () => {
      expect(await ctx.store.readStream(uniqueStream('missing'))).toEqual([]);
      expect(await ctx.store.readStream(uniqueStream('missing'), { direction: 'backwards' })).toEqual([]);
    });

    it('positions of one batch are strictly increasing and the result points at the last one', async () => {
      const s = uniqueStream();
      const r = await ctx.store.append(s, evs(10), 'no_stream');
      const events = await ctx.store.readStream(s);
      expectStrictlyIncreasing(events.map((e) => e.position));
      expect(r.position).toBe(must(events[9]).position);
    });

    it('rejects every call with StoreClosedError after close()', async () => {
      await ctx.store.close();
      await ctx.store.close(); // idempotent
      await expect(ctx.store.append(uniqueStream(), [ev('A')], 'any')).rejects.toBeInstanceOf(StoreClosedError);
      await expect(ctx.store.readStream(uniqueStream())).rejects.toBeInstanceOf(StoreClosedError);
      await expect(ctx.store.readAll()).rejects.toBeInstanceOf(StoreClosedError);
      expect(() => ctx.store.subscribeToAll({ onEvent: () => undefined })).toThrow(StoreClosedError);
    });
  });
}
