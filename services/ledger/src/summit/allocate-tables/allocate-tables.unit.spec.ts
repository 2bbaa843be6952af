import { ErrorCode, type DomainEvent } from '@spoor/contracts';
import { specify } from '../../shared/testing/use-case-specification.js';
import { measureQuality } from '../allocation/room-mix.util.js';
import { decideGiven } from '../testing/decide-given.js';
import { attendance, PROCESS, residentRegistered, summitScheduled, votingOpened, wildcardRegistered } from '../testing/summit.fixtures.js';
import { allocateTables } from './allocate-tables.use-case.js';

const residentIds = Array.from({ length: 14 }, (_, i) => `p-${String(i + 1).padStart(2, '0')}`);
const bands = (i: number) => ({ districtCode: i % 2 ? 'WK054608' : 'WK054603', ageBand: i % 3 ? ('40-54' as const) : ('18-26' as const), gender: i % 2 ? ('man' as const) : ('vrouw' as const) });
const registered = {
  ...Object.fromEntries(residentIds.map((id, i) => [`participant-${id}`, [residentRegistered(id, bands(i).districtCode, bands(i).ageBand, bands(i).gender)]])),
  'wildcard-w-1': [wildcardRegistered('w-1')],
  'wildcard-w-2': [wildcardRegistered('w-2')],
};
const present = attendance(
  ...residentIds.map((id, i) => [id, 'participant', i < 12 ? 'attended' : i === 12 ? 'confirmed' : 'absent'] as const),
  ['w-1', 'wildcard', 'attended'],
  ['w-2', 'wildcard', 'invited'],
);
const given = (...extra: DomainEvent[]) => ({ ...registered, 'summit-leiden': [summitScheduled(), present, ...extra] });
const allocate = { processId: PROCESS, seed: 14, tableSize: 7, manualPlacements: [] };

const allocatedData = async (streams: Record<string, DomainEvent[]>, command: Record<string, unknown> = allocate, livingRooms?: Record<string, string>) => {
  const [event] = await decideGiven(allocateTables, streams, command, livingRooms);
  if (event?.type !== 'TablesAllocated') throw new Error(`expected TablesAllocated, got ${event?.type}`);
  return event.data;
};

let defaultAllocation: ReturnType<typeof allocatedData> | undefined;
/** The allocation of `given()` with `allocate`, searched once (a million swap attempts) for the specs that only read it. */
const allocatedByDefault = () => (defaultAllocation ??= allocatedData(given()));

const seatedAttendees = (livingRooms: Record<string, string> = {}) => [
  ...residentIds.slice(0, 13).map((id, i) => ({ id, kind: 'participant' as const, ...bands(i), ...(livingRooms[id] ? { conversationId: livingRooms[id] } : {}) })),
  { id: 'w-1', kind: 'wildcard' as const },
];

describe('AllocateTables', () => {
  it('seats the confirmed and attended by balanced-swap, naming algorithm, version and seed, with each table in aggregate', async () => {
    const data = await allocatedByDefault();
    expect(data).toMatchObject({ processId: PROCESS, algorithm: 'balanced-swap', algorithmVersion: 1, seed: 14, tableSize: 7, manualPlacements: [] });
    // 13 residents (12 attended, 1 confirmed) and 1 attended wildcard; the absent resident and the invited wildcard are not seated.
    expect(data.tables.flatMap((t) => t.memberIds).sort()).toEqual([...residentIds.slice(0, 13), 'w-1'].sort());
    expect(data.tables.map((t) => t.composition.size)).toEqual([7, 7]);
    expect(data.tables.map((t) => t.composition.wildcards).sort()).toEqual([0, 1]);
    const seated = (district: string) => data.tables.reduce((n, t) => n + (t.composition.districts[district] ?? 0), 0);
    expect([seated('WK054603'), seated('WK054608')]).toEqual([7, 6]); // p-01, p-03, ... p-13 live in WK054603
  });

  it('records the quality of the tables, as anyone can measure it again from them', async () => {
    const data = await allocatedByDefault();
    expect(data.quality).toEqual({ ...measureQuality(data.tables, seatedAttendees(), 4), residentsWithLivingRoom: 0 });
    // 7 and 6 residents by district at tables of 7 and 6 residents: the best split is 4/3 and 3/3.
    expect(data.quality?.mixDeviation.districts).toBeLessThanOrEqual(2);
  });

  it('spreads residents of one living room over the tables, and says how many living rooms it knew', async () => {
    const rooms = { 'p-01': 'hk-1', 'p-03': 'hk-1', 'p-05': 'hk-1', 'p-07': 'hk-1', 'p-02': 'hk-2', 'p-04': 'hk-2' };
    const data = await allocatedData(given(), allocate, rooms);
    const housemates = data.tables.map((t) => t.memberIds.filter((id) => rooms[id as keyof typeof rooms] === 'hk-1').length);
    expect(housemates.sort()).toEqual([2, 2]);
    expect(data.quality).toMatchObject({ sameRoomPairs: 2, residentsWithLivingRoom: 6 });
    expect(data.quality).toEqual({ ...measureQuality(data.tables, seatedAttendees(rooms), 4), residentsWithLivingRoom: 6 });
  });

  it('honours a placement by hand, and records it (privately) so late changes honour it too', async () => {
    const manualPlacements = [{ attendeeId: 'p-05', table: 2 }, { attendeeId: 'w-1', table: 2 }];
    const data = await allocatedData(given(), { ...allocate, manualPlacements });
    expect(data.tables[1]?.memberIds).toEqual(expect.arrayContaining(['p-05', 'w-1']));
    expect(data.manualPlacements).toEqual(manualPlacements);
  });

  it('may allocate again, with another seed, before voting opens', async () => {
    const first = await allocatedByDefault();
    const again = await allocatedData(given({ type: 'TablesAllocated', data: first }), { ...allocate, seed: 15 });
    expect(again.seed).toBe(15);
    expect(again.tables.map((t) => t.memberIds)).not.toEqual(first.tables.map((t) => t.memberIds));
  });

  it('gives the same tables for the same seed', async () => {
    expect(await allocatedData(given())).toEqual(await allocatedByDefault());
  });

  it('refuses once voting has opened', () =>
    specify(allocateTables)
      .given({ ...given(), 'voting-leiden': [votingOpened()] })
      .when(allocate)
      .thenThrows(ErrorCode.InvalidState, /processId: voting has opened .* the tables can no longer be re-allocated/));

  it('needs a scheduled summit', () => specify(allocateTables).given(registered).when(allocate).thenThrows(ErrorCode.PreconditionFailed, /has not been scheduled/));

  it('needs someone to seat', () =>
    specify(allocateTables)
      .given({ ...registered, 'summit-leiden': [summitScheduled(), attendance(['p-01', 'participant', 'absent'])] })
      .when(allocate)
      .thenThrows(ErrorCode.PreconditionFailed, /^processId: nobody has confirmed or attended yet/));

  it('refuses more wildcards than tables, with both numbers', () =>
    specify(allocateTables)
      .given(given(attendance(['w-2', 'wildcard', 'confirmed'])))
      .when({ ...allocate, tableSize: 15 })
      .thenThrows(ErrorCode.PreconditionFailed, /^tableSize: 2 wildcards but only 1 table \(15 attendees, at most 15 a table\)/));

  it('refuses two wildcards placed at the same table', () =>
    specify(allocateTables)
      .given(given(attendance(['w-2', 'wildcard', 'confirmed'])))
      .when({ ...allocate, manualPlacements: [{ attendeeId: 'w-1', table: 1 }, { attendeeId: 'w-2', table: 1 }] })
      .thenThrows(ErrorCode.BadUserInput, /^manualPlacements\.1: table 1 already has a wildcard$/));

  it('refuses more placements at a table than it seats', () =>
    specify(allocateTables)
      .given(given())
      .when({ ...allocate, tableSize: 3, manualPlacements: ['p-01', 'p-02', 'p-03', 'p-04'].map((attendeeId) => ({ attendeeId, table: 1 })) })
      .thenThrows(ErrorCode.BadUserInput, /^manualPlacements\.\d\.table: table 1 is full/));

  it('refuses placing someone who is not to be seated, or at a table beyond the last', async () => {
    await specify(allocateTables)
      .given(given())
      .when({ ...allocate, manualPlacements: [{ attendeeId: 'p-14', table: 1 }] })
      .thenThrows(ErrorCode.PreconditionFailed, /manualPlacements\.0\.attendeeId: p-14 is not among the attendees to seat/);
    await specify(allocateTables)
      .given(given())
      .when({ ...allocate, manualPlacements: [{ attendeeId: 'p-01', table: 3 }] })
      .thenThrows(ErrorCode.BadUserInput, /manualPlacements\.0\.table: there is no table 3/);
  });
});
