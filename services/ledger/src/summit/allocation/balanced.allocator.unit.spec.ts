import { SpoorError } from '@spoor/contracts';
import fc from 'fast-check';
import type { AllocationInput, Attendee, Placement } from './allocation.model.js';
import { allocateTables, greedyAllocation, randomAllocation } from './balanced.allocator.js';
import { measureQuality } from './room-mix.util.js';
import { tableCountFor } from './seating-plan.util.js';
import { hardConstraintViolations } from './testing/allocation.checks.js';
import { leidenRoom } from './testing/leiden-room.fixtures.js';

const DISTRICTS = ['WK054600', 'WK054603', 'WK054608', 'WK054609'];
const AGES = ['18-26', '27-39', '40-54', '65-74'];
const GENDERS = ['vrouw', 'man', 'x'];

const resident = (i: number, room = `c-${Math.floor(i / 7)}`): Attendee => ({
  id: `p-${String(i).padStart(3, '0')}`,
  kind: 'participant',
  districtCode: DISTRICTS[i % DISTRICTS.length],
  ageBand: AGES[(i * 7) % AGES.length],
  gender: GENDERS[i % GENDERS.length],
  conversationId: room,
});
const wildcard = (i: number): Attendee => ({ id: `w-${String(i).padStart(3, '0')}`, kind: 'wildcard' });
const room = (residents: number, wildcards: number): Attendee[] => [
  ...Array.from({ length: residents }, (_, i) => resident(i)),
  ...Array.from({ length: wildcards }, (_, i) => wildcard(i)),
];
const refusal = (fn: () => unknown): { field?: string; message: string } => {
  try {
    fn();
  } catch (e) {
    if (e instanceof SpoorError) return { field: e.field, message: e.message };
    throw e;
  }
  throw new Error('expected a refusal');
};
const wildcardTables = (tables: { table: number; composition: { wildcards: number } }[]) => tables.filter((t) => t.composition.wildcards === 1).map((t) => t.table);

describe('balanced-swap table allocation', () => {
  const attendees = room(170, 20);
  const options = { iterations: 50_000 };
  const result = allocateTables({ attendees, seed: 2018 }, options);

  it('seats everyone at ceil(190 / 8) = 24 tables (22 of 8, 2 of 7), one wildcard at most, and reports the measured quality', () => {
    expect(hardConstraintViolations(result, attendees, [], 24)).toEqual([]);
    expect(result.tables.map((t) => t.memberIds.length).sort()).toEqual([...Array(22).fill(8), ...Array(2).fill(7)].sort());
    expect(result).toMatchObject({ algorithm: 'balanced-swap', algorithmVersion: 1, seed: 2018, tableSize: 8 });
  });

  it('spreads the wildcards evenly over the room: gaps between their tables differ by at most one', () => {
    const at = wildcardTables(result.tables);
    expect(at).toHaveLength(20);
    const gaps = at.slice(1).map((t, i) => t - (at[i] as number));
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1);
  });

  it('keeps residents per table within one of each other, wildcards included', () => {
    const residents = result.tables.map((t) => t.composition.size - t.composition.wildcards);
    expect(Math.max(...residents) - Math.min(...residents)).toBeLessThanOrEqual(1);
  });

  it('is deterministic from the seed and independent of the input order', () => {
    expect(allocateTables({ attendees: [...attendees].reverse(), seed: 2018 }, options)).toEqual(result);
    expect(allocateTables({ attendees, seed: 2019 }, options).tables.map((t) => t.memberIds)).not.toEqual(result.tables.map((t) => t.memberIds));
  });

  it('honours placements by hand', () => {
    const manualPlacements = [
      { attendeeId: 'p-001', table: 3 },
      { attendeeId: 'p-002', table: 3 },
      { attendeeId: 'w-004', table: 3 },
      { attendeeId: 'w-005', table: 24 },
    ];
    const placed = allocateTables({ attendees, seed: 7, manualPlacements }, options);
    expect(hardConstraintViolations(placed, attendees, manualPlacements, 24)).toEqual([]);
  });

  it('refuses what cannot hold, naming the field', () => {
    expect(refusal(() => allocateTables({ attendees: room(13, 3), seed: 1 }))).toMatchObject({ field: 'tableSize', message: expect.stringMatching(/3 wildcards but only 2 tables/) });
    const twoAtOne = [
      { attendeeId: 'w-000', table: 2 },
      { attendeeId: 'w-001', table: 2 },
    ];
    expect(refusal(() => allocateTables({ attendees, seed: 1, manualPlacements: twoAtOne }))).toEqual({ field: 'manualPlacements.1', message: 'manualPlacements.1: table 2 already has a wildcard' });
    expect(refusal(() => allocateTables({ attendees, seed: 1, manualPlacements: [{ attendeeId: 'p-001', table: 25 }] })).field).toBe('manualPlacements.0.table');
    expect(refusal(() => allocateTables({ attendees, seed: 1, manualPlacements: [{ attendeeId: 'nobody', table: 1 }] })).field).toBe('manualPlacements.0.attendeeId');
    const nine = Array.from({ length: 9 }, (_, i) => ({ attendeeId: resident(i).id, table: 1 }));
    expect(refusal(() => allocateTables({ attendees, seed: 1, manualPlacements: nine })).message).toMatch(/table 1 is full/);
    expect(refusal(() => allocateTables({ attendees: [], seed: 1 })).field).toBe('processId');
    expect(refusal(() => allocateTables({ attendees: [resident(1), resident(1)], seed: 1 })).field).toBe('attendees.1.id');
  });

  it('measures the mix deviation as documented: |count - table share| summed, shares from the room', () => {
    // Two tables of two residents, districts A A B B: the room is half A, half B, so each table's
    // share is one of each. Tables {A, A} and {B, B} deviate by |2 - 1| + |0 - 1| = 2 each; mixed tables by 0.
    const four: Attendee[] = ['A', 'A', 'B', 'B'].map((d, i) => ({ id: `p-${i}`, kind: 'participant', districtCode: d, ageBand: 'x', gender: 'x', conversationId: `c-${i}` }));
    const apart = measureQuality([{ memberIds: ['p-0', 'p-1'] }, { memberIds: ['p-2', 'p-3'] }], four, 4);
    expect(apart.mixDeviation).toEqual({ districts: 4, ageBands: 0, genders: 0, total: 4 });
    const mixed = measureQuality([{ memberIds: ['p-0', 'p-2'] }, { memberIds: ['p-1', 'p-3'] }], four, 4);
    expect(mixed.score).toBe(0);
    const sameRoom = measureQuality([{ memberIds: ['p-0', 'p-2'] }, { memberIds: ['p-1', 'p-3'] }], four.map((p) => ({ ...p, conversationId: 'c-1' })), 4);
    expect(sameRoom).toMatchObject({ sameRoomPairs: 2, score: 8 });
    expect(allocateTables({ attendees: four, seed: 1, tableSize: 2 }).quality.score).toBe(0);
  });

  it('on a Leiden-like room (750 residents from 100 living rooms, 100 wildcards) beats greedy, which beats random', () => {
    const leiden = leidenRoom({ livingRooms: 100, residents: 750, wildcards: 100, seed: 14 });
    const input: AllocationInput = { attendees: leiden, seed: 2018 };
    const [balanced, greedy, random] = [allocateTables(input, { iterations: 300_000 }), greedyAllocation(input), randomAllocation(input)];
    for (const r of [balanced, greedy, random]) expect(hardConstraintViolations(r, leiden, [], 107)).toEqual([]);
    expect(balanced.quality.score).toBeLessThan(greedy.quality.score);
    expect(greedy.quality.score).toBeLessThan(random.quality.score);
    expect(balanced.quality.sameRoomPairs).toBe(0);
    expect(random.quality.sameRoomPairs).toBeGreaterThan(0);
  });
});

const attendeesArb = fc
  .record({ residents: fc.integer({ min: 1, max: 90 }), wildcards: fc.integer({ min: 0, max: 14 }), rooms: fc.integer({ min: 1, max: 20 }) })
  .chain(({ residents, wildcards, rooms }) =>
    fc.record({
      residents: fc.array(
        fc.record({
          districtCode: fc.option(fc.constantFrom(...DISTRICTS), { nil: undefined }),
          ageBand: fc.constantFrom(...AGES),
          gender: fc.constantFrom(...GENDERS),
          room: fc.option(fc.integer({ min: 0, max: rooms - 1 }), { nil: undefined }),
        }),
        { minLength: residents, maxLength: residents },
      ),
      wildcards: fc.constant(wildcards),
    }),
  )
  .map(({ residents, wildcards }): Attendee[] => [
    ...residents.map((r, i) => ({
      id: `p-${i}`,
      kind: 'participant' as const,
      ...(r.districtCode === undefined ? {} : { districtCode: r.districtCode }),
      ageBand: r.ageBand,
      gender: r.gender,
      ...(r.room === undefined ? {} : { conversationId: `c-${r.room}` }),
    })),
    ...Array.from({ length: wildcards }, (_, i) => wildcard(i)),
  ]);

const inputArb = attendeesArb.chain((attendees) =>
  fc.record({
    attendees: fc.shuffledSubarray(attendees, { minLength: attendees.length, maxLength: attendees.length }),
    seed: fc.nat(),
    tableSize: fc.integer({ min: 3, max: 10 }),
    manualPlacements: fc
      .shuffledSubarray(attendees, { maxLength: Math.min(6, attendees.length) })
      .chain((placed) => fc.tuple(...placed.map((a) => fc.integer({ min: 1, max: 4 }).map((table): Placement => ({ attendeeId: a.id, table }))))),
  }),
);

describe('balanced-swap table allocation: invariants on random rooms', () => {
  it('either holds every hard constraint or refuses with an error naming the field', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        let result;
        try {
          result = allocateTables(input, { iterations: 2_000 });
        } catch (e) {
          expect(e).toBeInstanceOf(SpoorError);
          expect((e as SpoorError).field).toMatch(/^(tableSize|manualPlacements)/);
          return;
        }
        const tables = tableCountFor(input.attendees.length, input.tableSize);
        expect(hardConstraintViolations(result, input.attendees, input.manualPlacements, tables)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('never refuses a room without placements that has no more wildcards than tables', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        fc.pre(input.attendees.filter((a) => a.kind === 'wildcard').length <= tableCountFor(input.attendees.length, input.tableSize));
        const result = allocateTables({ ...input, manualPlacements: [] }, { iterations: 2_000 });
        expect(hardConstraintViolations(result, input.attendees, [], tableCountFor(input.attendees.length, input.tableSize))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('is never worse than its own greedy start', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plain = { ...input, manualPlacements: [] };
        fc.pre(input.attendees.filter((a) => a.kind === 'wildcard').length <= tableCountFor(input.attendees.length, input.tableSize));
        expect(allocateTables(plain, { iterations: 5_000 }).quality.score).toBeLessThanOrEqual(greedyAllocation(plain).quality.score + 1e-9);
      }),
      { numRuns: 60 },
    );
  });
});
