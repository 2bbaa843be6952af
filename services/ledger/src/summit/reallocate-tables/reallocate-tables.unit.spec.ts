import { ErrorCode, type DomainEvent, type EventData } from '@spoor/contracts';
import { specify } from '../../shared/testing/use-case-specification.js';
import { allocateTables } from '../allocate-tables/allocate-tables.use-case.js';
import { decideGiven } from '../testing/decide-given.js';
import { attendance, PROCESS, residentRegistered, summitScheduled, votingOpened, wildcardRegistered } from '../testing/summit.fixtures.js';
import { reallocateTables } from './reallocate-tables.use-case.js';

// 21 residents and 3 wildcards at 3 tables of 8; the tables are allocated once, then the day changes.
const residentIds = Array.from({ length: 24 }, (_, i) => `p-${String(i + 1).padStart(2, '0')}`);
const registered = {
  ...Object.fromEntries(residentIds.map((id, i) => [`participant-${id}`, [residentRegistered(id, i % 3 ? 'WK054608' : 'WK054603', i % 2 ? '40-54' : '18-26', i % 2 ? 'man' : 'vrouw')]])),
  ...Object.fromEntries(['w-1', 'w-2', 'w-3', 'w-4'].map((id) => [`wildcard-${id}`, [wildcardRegistered(id)]])),
};
const checkIn = attendance(...residentIds.slice(0, 21).map((id) => [id, 'participant', 'attended'] as const), ['w-1', 'wildcard', 'attended'], ['w-2', 'wildcard', 'attended'], ['w-3', 'wildcard', 'confirmed']);
const reallocate = { processId: PROCESS };

const allocations = new Map<string, DomainEvent & { type: 'TablesAllocated' }>();
/** The allocation every test starts from, made once per set of placements (a search of a million swaps). */
const allocated = async (manualPlacements: { attendeeId: string; table: number }[] = []): Promise<DomainEvent & { type: 'TablesAllocated' }> => {
  const key = JSON.stringify(manualPlacements);
  const known = allocations.get(key);
  if (known) return known;
  const [event] = await decideGiven(allocateTables, { ...registered, 'summit-leiden': [summitScheduled(), checkIn] }, { processId: PROCESS, seed: 3, tableSize: 8, manualPlacements });
  if (event?.type !== 'TablesAllocated') throw new Error('expected TablesAllocated');
  allocations.set(key, event);
  return event;
};
const streams = (allocation: DomainEvent, ...after: DomainEvent[]) => ({ ...registered, 'summit-leiden': [summitScheduled(), checkIn, allocation, ...after] });
const reallocated = async (allocation: DomainEvent, ...after: DomainEvent[]): Promise<EventData<'TablesReallocated'>> => {
  const [event] = await decideGiven(reallocateTables, streams(allocation, ...after), reallocate);
  if (event?.type !== 'TablesReallocated') throw new Error(`expected TablesReallocated, got ${event?.type}`);
  return event.data;
};
const tableOf = (data: { tables: { table: number; memberIds: string[] }[] }, id: string) => data.tables.find((t) => t.memberIds.includes(id))?.table;

describe('ReallocateTables', () => {
  it('frees the seats of those now absent and seats those who arrived since, moving nobody when the tables allow it', async () => {
    const before = await allocated();
    const data = await reallocated(before, attendance(['p-05', 'participant', 'absent'], ['p-22', 'participant', 'attended']));
    expect(data.removed).toEqual([{ attendeeId: 'p-05', table: tableOf(before.data, 'p-05') }]);
    expect(data.seated).toEqual([{ attendeeId: 'p-22', table: tableOf(data, 'p-22') }]);
    expect(data.moves).toEqual([]);
    expect(data.changes).toEqual({ moved: 0, seated: 1, removed: 1 });
    expect(data).toMatchObject({ algorithm: 'late-changes', algorithmVersion: 1, seed: 3, tableSize: 8 });
    expect(data.tables.flatMap((t) => t.memberIds)).not.toContain('p-05');
    expect(data.tables.map((t) => t.composition.size)).toEqual([8, 8, 8]);
    expect(data.quality.residentsWithLivingRoom).toBe(0);
  });

  it('moves as few people as the new table sizes need, and keeps every table within one of the others', async () => {
    const before = await allocated();
    const emptied = before.data.tables[0]?.memberIds.filter((id) => id.startsWith('p-')).slice(0, 4) ?? [];
    const data = await reallocated(before, attendance(...emptied.map((id) => [id, 'participant', 'absent'] as const)));
    const sizes = data.tables.map((t) => t.composition.size);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    // 20 people at 3 tables: 7, 7 and 6; table 1 lost 4 of its 8, so exactly 2 must come over.
    expect(data.moves).toHaveLength(2);
    expect(data.moves.every((m) => m.to === 1)).toBe(true);
  });

  it('seats a late wildcard at a table without one', async () => {
    const before = await allocated();
    const data = await reallocated(before, attendance(['w-4', 'wildcard', 'attended'], ['w-3', 'wildcard', 'absent']));
    expect(data.tables.map((t) => t.composition.wildcards)).toEqual([1, 1, 1]);
    expect(data.seated.map((s) => s.attendeeId)).toEqual(['w-4']);
  });

  it('keeps people placed by hand where they were placed', async () => {
    const before = await allocated([{ attendeeId: 'p-01', table: 1 }]);
    const emptied = before.data.tables[0]?.memberIds.filter((id) => id.startsWith('p-') && id !== 'p-01').slice(0, 5) ?? [];
    const data = await reallocated(before, attendance(...emptied.map((id) => [id, 'participant', 'absent'] as const)));
    expect(tableOf(data, 'p-01')).toBe(1);
    expect(data.moves.map((m) => m.attendeeId)).not.toContain('p-01');
  });

  it('may change the tables again, from the changed tables', async () => {
    const before = await allocated();
    const first = await reallocated(before, attendance(['p-05', 'participant', 'absent']));
    const again = await reallocated(before, attendance(['p-05', 'participant', 'absent']), { type: 'TablesReallocated', data: first }, attendance(['p-23', 'participant', 'attended']));
    expect(again.removed).toEqual([]);
    expect(again.seated.map((s) => s.attendeeId)).toEqual(['p-23']);
  });

  it('refuses when nobody was recorded absent or arrived since the tables were allocated', async () =>
    specify(reallocateTables)
      .given(streams(await allocated(), attendance(['p-24', 'participant', 'invited'])))
      .when(reallocate)
      .thenThrows(ErrorCode.PreconditionFailed, /^processId: nobody seated has been recorded absent .* there is nothing to change$/));

  it('needs allocated tables', () =>
    specify(reallocateTables)
      .given({ ...registered, 'summit-leiden': [summitScheduled(), checkIn] })
      .when(reallocate)
      .thenThrows(ErrorCode.PreconditionFailed, /^processId: the tables of the summit of process leiden have not been allocated yet; allocate them first$/));

  it('needs a scheduled summit', () => specify(reallocateTables).given(registered).when(reallocate).thenThrows(ErrorCode.PreconditionFailed, /has not been scheduled/));

  it('refuses once voting has opened: the tables are frozen with the ballot', async () =>
    specify(reallocateTables)
      .given({ ...streams(await allocated(), attendance(['p-05', 'participant', 'absent'])), 'voting-leiden': [votingOpened()] })
      .when(reallocate)
      .thenThrows(ErrorCode.InvalidState, /^processId: voting has opened for process leiden; the tables can no longer be changed$/));

  it('adds a table only when the room no longer fits at the tables there are', async () => {
    const data = await reallocated(await allocated(), attendance(['w-4', 'wildcard', 'attended']));
    // 25 people need a fourth table of at most 8: it gets the late wildcard and five people from the others.
    expect(data.tables.map((t) => t.composition.size)).toEqual([7, 6, 6, 6]);
    expect(data.tables.map((t) => t.composition.wildcards)).toEqual([1, 1, 1, 1]);
    expect(data.moves.every((m) => m.to === 4)).toBe(true);
  });

  it('refuses a late wildcard when every table already has one and the room still fits', async () =>
    specify(reallocateTables)
      .given(streams(await allocated(), attendance(['w-4', 'wildcard', 'attended'], ['p-01', 'participant', 'absent'], ['p-02', 'participant', 'absent'])))
      .when(reallocate)
      .thenThrows(ErrorCode.PreconditionFailed, /^lateArrivals: 4 wildcards but only 3 tables/));

  it('is for organisers', () => expect(reallocateTables.roles).toEqual(['organiser']));
});
