import { SpoorError } from '@spoor/contracts';
import fc from 'fast-check';
import type { AllocationResult, Attendee } from './allocation.model.js';
import { allocateTables } from './balanced.allocator.js';
import { reallocate } from './reallocate.allocator.js';
import { hardConstraintViolations } from './testing/allocation.checks.js';
import { leidenRoom } from './testing/leiden-room.fixtures.js';

const late = (i: number, kind: 'participant' | 'wildcard' = 'participant'): Attendee =>
  kind === 'wildcard' ? { id: `late-w-${i}`, kind } : { id: `late-p-${i}`, kind, districtCode: 'WK054604', ageBand: '27-39', gender: 'vrouw', conversationId: 'c-late' };
const tableOf = (result: Pick<AllocationResult, 'tables'>, id: string): number | undefined => result.tables.find((t) => t.memberIds.includes(id))?.table;
const refusal = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    if (e instanceof SpoorError) return e.field;
    throw e;
  }
  throw new Error('expected a refusal');
};

/** The fewest moves any choice of table sizes allows, by trying every choice of which tables are larger. */
const fewestMoves = (occupancy: readonly number[], total: number): number => {
  const base = Math.floor(total / occupancy.length);
  const extra = total % occupancy.length;
  let best = Infinity;
  for (let mask = 0; mask < 1 << occupancy.length; mask += 1) {
    const larger = occupancy.filter((_, t) => mask & (1 << t)).length;
    if (larger !== extra) continue;
    best = Math.min(best, occupancy.reduce((moves, c, t) => moves + Math.max(0, c - base - (mask & (1 << t) ? 1 : 0)), 0));
  }
  return best;
};

describe('late changes', () => {
  const attendees = leidenRoom({ livingRooms: 20, residents: 150, wildcards: 15, seed: 3 });
  const first = allocateTables({ attendees, seed: 2018 }, { iterations: 20_000 });
  const previous = { tables: first.tables, attendees, seed: 2018 };

  it('changes nothing when nothing changed', () => {
    const again = reallocate(previous, { noShows: [], lateArrivals: [] });
    expect(again.moves).toEqual([]);
    expect(again.tables.map((t) => t.memberIds)).toEqual(first.tables.map((t) => t.memberIds));
  });

  it('seats late arrivals in the seats of no-shows without moving anyone when the sizes allow it', () => {
    const noShows = [first.tables[0]!.memberIds.find((id) => id.startsWith('p-'))!, first.tables[5]!.memberIds.find((id) => id.startsWith('p-'))!];
    const arrivals = [late(1), late(2)];
    const after = reallocate(previous, { noShows, lateArrivals: arrivals });
    const everyone = [...attendees.filter((a) => !noShows.includes(a.id)), ...arrivals];
    expect(hardConstraintViolations(after, everyone, [], first.tables.length)).toEqual([]);
    expect(after.moves).toEqual([]);
    expect(after.seated.map((s) => s.table).sort()).toEqual([1, 6]);
    expect(after.removed).toEqual([
      { attendeeId: noShows[0], table: 1 },
      { attendeeId: noShows[1], table: 6 },
    ]);
  });

  it('moves as few people as the new sizes need, and no one else', () => {
    // 165 people at 21 tables: 18 of 8 and 3 of 7, table 1 one of the eights. Four no-shows from
    // table 1 leave 161 people, so 14 tables of 8 and 7 of 7: table 1 (now 4) needs 3 more, and
    // 3 of the 17 other eights give one person each. Nobody else moves.
    expect(first.tables[0]!.memberIds).toHaveLength(8);
    const noShows = first.tables[0]!.memberIds.filter((id) => id.startsWith('p-')).slice(0, 4);
    const after = reallocate(previous, { noShows, lateArrivals: [] });
    const everyone = attendees.filter((a) => !noShows.includes(a.id));
    expect(hardConstraintViolations(after, everyone, [], first.tables.length)).toEqual([]);
    expect(after.moves).toHaveLength(3);
    expect(after.moves.every((m) => m.to === 1)).toBe(true);
    for (const a of everyone) {
      const move = after.moves.find((m) => m.attendeeId === a.id);
      expect(tableOf(after, a.id)).toBe(move ? move.to : tableOf(first, a.id));
      if (move) expect(move.from).toBe(tableOf(first, a.id));
    }
  });

  it('adds tables only when the room no longer fits, and keeps one wildcard a table', () => {
    const arrivals = [...Array.from({ length: 20 }, (_, i) => late(i)), late(1, 'wildcard')];
    const after = reallocate(previous, { noShows: [], lateArrivals: arrivals });
    const everyone = [...attendees, ...arrivals];
    expect(after.tables.length).toBe(Math.ceil(everyone.length / 8));
    expect(hardConstraintViolations(after, everyone, [], Math.ceil(everyone.length / 8))).toEqual([]);
  });

  it('refuses impossible changes, naming the field', () => {
    expect(refusal(() => reallocate(previous, { noShows: ['nobody'], lateArrivals: [] }))).toBe('noShows.0');
    expect(refusal(() => reallocate(previous, { noShows: [], lateArrivals: [attendees[0]!] }))).toBe('lateArrivals.0.id');
    const wildcards = Array.from({ length: first.tables.length }, (_, i) => late(i, 'wildcard'));
    expect(refusal(() => reallocate(previous, { noShows: [], lateArrivals: wildcards }))).toBe('lateArrivals');
  });

  it('keeps people placed by hand where they are', () => {
    const pinned = first.tables[2]!.memberIds.filter((id) => id.startsWith('p-')).slice(0, 2);
    const manualPlacements = pinned.map((attendeeId) => ({ attendeeId, table: 3 }));
    const noShows = first.tables.flatMap((t) => t.memberIds.filter((id) => id.startsWith('p-')).slice(0, 1)).slice(0, 5);
    const after = reallocate({ ...previous, manualPlacements }, { noShows: noShows.filter((id) => !pinned.includes(id)), lateArrivals: [late(1)] });
    for (const id of pinned) expect(tableOf(after, id)).toBe(3);
  });
});

describe('late changes: invariants on random changes', () => {
  it('holds the hard constraints and moves the fewest people the sizes require (one more per late wildcard at most)', () => {
    const scenario = fc
      .record({ residents: fc.integer({ min: 8, max: 44 }), wildcards: fc.integer({ min: 0, max: 3 }), seed: fc.nat() })
      .chain(({ residents, wildcards, seed }) => {
        const attendees = leidenRoom({ livingRooms: Math.max(1, Math.floor(residents / 7)), residents, wildcards, seed });
        return fc.record({
          attendees: fc.constant(attendees),
          seed: fc.constant(seed),
          noShows: fc.shuffledSubarray(
            attendees.map((a) => a.id),
            { maxLength: Math.min(10, attendees.length) },
          ),
          arrivals: fc.integer({ min: 0, max: 10 }),
          wildcardArrivals: fc.integer({ min: 0, max: 2 }),
        });
      });
    fc.assert(
      fc.property(scenario, ({ attendees, seed, noShows, arrivals, wildcardArrivals }) => {
        fc.pre(attendees.filter((a) => a.kind === 'wildcard').length <= Math.ceil(attendees.length / 8));
        const first = allocateTables({ attendees, seed, tableSize: 8 }, { iterations: 1_000 });
        fc.pre(first.tables.length <= 6);
        const lateArrivals = [...Array.from({ length: arrivals }, (_, i) => late(i)), ...Array.from({ length: wildcardArrivals }, (_, i) => late(i, 'wildcard'))];
        const everyone = [...attendees.filter((a) => !noShows.includes(a.id)), ...lateArrivals];
        fc.pre(everyone.length > 0 && everyone.length <= first.tables.length * 8);
        fc.pre(everyone.filter((a) => a.kind === 'wildcard').length <= first.tables.length);
        const after = reallocate({ tables: first.tables, attendees, seed }, { noShows, lateArrivals });
        expect(hardConstraintViolations(after, everyone, [], first.tables.length)).toEqual([]);
        const occupancy = first.tables.map((t) => t.memberIds.filter((id) => !noShows.includes(id)).length);
        // A late wildcard may cost one extra move, to free a seat at a table without a wildcard.
        expect(after.moves.length).toBeGreaterThanOrEqual(fewestMoves(occupancy, everyone.length));
        expect(after.moves.length).toBeLessThanOrEqual(fewestMoves(occupancy, everyone.length) + wildcardArrivals);
      }),
      { numRuns: 200 },
    );
  });
});
