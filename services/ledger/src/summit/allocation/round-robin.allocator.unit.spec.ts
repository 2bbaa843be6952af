import { ErrorCode } from '@spoor/contracts';
import fc from 'fast-check';
import { allocateRoundRobin, type AllocatedTable, type Seatable, tableCountFor } from './round-robin.allocator.js';

const DISTRICTS = ['WK054600', 'WK054603', 'WK054608'];
const AGES = ['18-26', '27-39', '40-54', '65-74'];
const GENDERS = ['vrouw', 'man', 'x'];

const residents = (count: number): Seatable[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `p-${String(i).padStart(3, '0')}`,
    kind: 'participant' as const,
    districtCode: DISTRICTS[i % 3]!,
    ageBand: AGES[i % 4]!,
    gender: GENDERS[i % 3]!,
  }));
const wildcards = (count: number): Seatable[] => Array.from({ length: count }, (_, i) => ({ id: `w-${i}`, kind: 'wildcard' as const }));

const tableOfMember = (tables: readonly AllocatedTable[], id: string): number | undefined => tables.find((t) => t.memberIds.includes(id))?.table;
const wildcardIdsAt = (table: AllocatedTable): string[] => table.memberIds.filter((id) => id.startsWith('w-'));

describe('round-robin table allocation v1', () => {
  const attendees = [...residents(170), ...wildcards(20)];
  const tables = allocateRoundRobin({ attendees, seed: 2018, tableSize: 8, manualPlacements: [] });

  it('makes attendees / tableSize tables, rounded', () => {
    expect(tables).toHaveLength(24); // 190 / 8 = 23.75
    expect(tables.map((t) => t.table)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(tableCountFor(3, 8)).toBe(1);
  });

  it('seats every attendee exactly once', () => {
    const seated = tables.flatMap((t) => t.memberIds);
    expect(seated).toHaveLength(attendees.length);
    expect(new Set(seated)).toEqual(new Set(attendees.map((a) => a.id)));
  });

  it('makes table sizes differ by at most one, around the target size', () => {
    const sizes = tables.map((t) => t.composition.size);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(sizes.every((s) => s === 7 || s === 8)).toBe(true);
    expect(tables.every((t) => t.composition.size === t.memberIds.length)).toBe(true);
  });

  it('seats at most one wildcard per table', () => {
    expect(tables.every((t) => wildcardIdsAt(t).length <= 1)).toBe(true);
    expect(tables.map((t) => t.composition.wildcards)).toEqual(tables.map((t) => wildcardIdsAt(t).length));
  });

  it('counts districts, age bands and genders of the residents only', () => {
    for (const t of tables) {
      const residentsHere = t.composition.size - t.composition.wildcards;
      for (const counts of [t.composition.districts, t.composition.ageBands, t.composition.genders]) {
        expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(residentsHere);
      }
    }
    const total = (key: 'districts' | 'ageBands' | 'genders', band: string) => tables.reduce((n, t) => n + (t.composition[key][band] ?? 0), 0);
    expect(total('districts', 'WK054600')).toBe(57); // every third of 170 residents, from the first
    expect(total('ageBands', '65-74')).toBe(42);
  });

  it('gives the same tables for the same seed, whatever the input order', () => {
    expect(allocateRoundRobin({ attendees: [...attendees].reverse(), seed: 2018, tableSize: 8, manualPlacements: [] })).toEqual(tables);
  });

  it('gives different tables for a different seed', () => {
    const other = allocateRoundRobin({ attendees, seed: 2019, tableSize: 8, manualPlacements: [] });
    expect(other.map((t) => t.memberIds)).not.toEqual(tables.map((t) => t.memberIds));
  });

  it('distinguishes seeds beyond 32 bits', () => {
    const low = allocateRoundRobin({ attendees, seed: 5, tableSize: 8, manualPlacements: [] });
    const high = allocateRoundRobin({ attendees, seed: 5 + 2 ** 32, tableSize: 8, manualPlacements: [] });
    expect(high.map((t) => t.memberIds)).not.toEqual(low.map((t) => t.memberIds));
  });

  it('honours placements by hand and allocates the rest around them', () => {
    const manualPlacements = [
      { attendeeId: 'p-001', table: 3 },
      { attendeeId: 'p-002', table: 3 },
      { attendeeId: 'w-4', table: 3 },
      { attendeeId: 'w-5', table: 24 },
    ];
    const placed = allocateRoundRobin({ attendees, seed: 2018, tableSize: 8, manualPlacements });
    for (const { attendeeId, table } of manualPlacements) expect(tableOfMember(placed, attendeeId)).toBe(table);
    expect(placed.every((t) => wildcardIdsAt(t).length <= 1)).toBe(true);
    expect(new Set(placed.flatMap((t) => t.memberIds)).size).toBe(attendees.length);
  });

  it('fills a table placed by hand to the larger size, never beyond', () => {
    const manualPlacements = residents(8).map((r) => ({ attendeeId: r.id, table: 1 }));
    const placed = allocateRoundRobin({ attendees, seed: 1, tableSize: 8, manualPlacements });
    expect(placed[0]?.memberIds).toEqual(residents(8).map((r) => r.id));
    const tooMany = [...manualPlacements, { attendeeId: 'p-100', table: 1 }];
    expect(() => allocateRoundRobin({ attendees, seed: 1, tableSize: 8, manualPlacements: tooMany })).toThrow(/manualPlacements\.8\.table: table 1 is full/);
  });

  it('refuses two wildcards placed at the same table', () => {
    const manualPlacements = [
      { attendeeId: 'w-1', table: 2 },
      { attendeeId: 'p-001', table: 2 },
      { attendeeId: 'w-2', table: 2 },
    ];
    expect(() => allocateRoundRobin({ attendees, seed: 1, tableSize: 8, manualPlacements })).toThrow(
      expect.objectContaining({ code: ErrorCode.BadUserInput, field: 'manualPlacements.2', message: 'manualPlacements.2: table 2 already has a wildcard' }),
    );
  });

  it('refuses an unknown attendee and a table beyond the last', () => {
    expect(() => allocateRoundRobin({ attendees, seed: 1, tableSize: 8, manualPlacements: [{ attendeeId: 'p-999', table: 1 }] })).toThrow(
      expect.objectContaining({ code: ErrorCode.PreconditionFailed, field: 'manualPlacements.0.attendeeId' }),
    );
    expect(() => allocateRoundRobin({ attendees, seed: 1, tableSize: 8, manualPlacements: [{ attendeeId: 'p-001', table: 25 }] })).toThrow(
      expect.objectContaining({ code: ErrorCode.BadUserInput, message: expect.stringMatching(/manualPlacements\.0\.table: there is no table 25: .* make 24 tables/) }),
    );
  });

  it('refuses more wildcards than tables, giving both numbers', () => {
    expect(() => allocateRoundRobin({ attendees: [...residents(10), ...wildcards(3)], seed: 1, tableSize: 8, manualPlacements: [] })).toThrow(
      expect.objectContaining({ code: ErrorCode.PreconditionFailed, message: expect.stringMatching(/3 wildcards but only 2 tables/) }),
    );
  });

  it('seats a small group at one table', () => {
    const small = allocateRoundRobin({ attendees: [...residents(4), ...wildcards(1)], seed: 7, tableSize: 8, manualPlacements: [] });
    expect(small).toHaveLength(1);
    expect(small[0]?.composition).toMatchObject({ size: 5, wildcards: 1 });
  });

  it('refuses when nobody is to be seated', () => {
    expect(() => allocateRoundRobin({ attendees: [], seed: 1, tableSize: 8, manualPlacements: [] })).toThrow(expect.objectContaining({ code: ErrorCode.PreconditionFailed }));
  });

  it('keeps its promises for any number of attendees, wildcards, size and seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 3, max: 20 }), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (count, tableSize, seed, share) => {
        const n = tableCountFor(count, tableSize);
        const w = Math.min(n, Math.floor(count * share));
        const people = [...residents(count - w), ...wildcards(w)];
        const result = allocateRoundRobin({ attendees: people, seed, tableSize, manualPlacements: [] });
        const sizes = result.map((t) => t.memberIds.length);
        expect(result).toHaveLength(n);
        expect(result.flatMap((t) => t.memberIds).sort()).toEqual(people.map((p) => p.id).sort());
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        expect(result.every((t) => wildcardIdsAt(t).length <= 1)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
