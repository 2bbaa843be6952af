import type { EventData } from '@spoor/contracts';
import { type Ledger, startLedger } from '../../shared/testing/ledger-harness.js';

const RESULT = 'commandId streamId revision';
const mutation = (name: string) => `mutation($input: ${name.charAt(0).toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${RESULT} } }`;
const residents = Array.from({ length: 16 }, (_, i) => `p-${String(i + 1).padStart(2, '0')}`);
const housemates = ['p-01', 'p-02', 'p-03', 'p-04'];

/** The ledger reads each resident's living room from ConversationHeld, so one room's residents are spread over the tables. */
describe('living rooms at the summit tables', () => {
  let ledger: Ledger;
  let n = 0;
  const ok = async (name: string, input: Record<string, unknown>) => {
    const res = await ledger.gql(mutation(name), { input: { commandId: `c-${(n += 1)}`, ...input } }, ledger.token('organiser'));
    expect(res.errors).toBeUndefined();
  };

  beforeAll(async () => {
    ledger = await startLedger();
  });
  afterAll(() => ledger.close());

  it('records how many residents had a known living room, and keeps housemates apart', async () => {
    await ok('startProcess', { processId: 'leiden', title: 'Agenda voor Leiden', city: 'Leiden', municipalityCode: 'GM0546', description: 'Test', plannedPhases: [{ phase: 'burgertop' }] });
    for (const id of residents) await ok('registerParticipant', { participantId: id, processId: 'leiden', districtCode: 'WK054603', ageBand: '27-39', gender: 'vrouw' });
    await ok('registerAmbassador', { ambassadorId: 'amb-1', processId: 'leiden', districtCode: 'WK054603' });
    await ok('planConversation', { conversationId: 'hk-1', ambassadorId: 'amb-1', districtCode: 'WK054603', plannedOn: '2017-10-12' });
    await ok('recordConversationHeld', { conversationId: 'hk-1', heldOn: '2017-10-12', participantIds: housemates });
    await ok('scheduleSummit', { processId: 'leiden', date: '2018-01-14', venue: 'Stadsgehoorzaal Leiden', capacity: 800 });
    await ok('recordSummitAttendance', { processId: 'leiden', entries: residents.map((attendeeId) => ({ attendeeId, kind: 'participant', status: 'attended' })) });
    await ok('allocateTables', { processId: 'leiden', seed: 5 });
    const event = (await ledger.store.readStream('summit-leiden')).at(-1);
    const data = event?.data as EventData<'TablesAllocated'>;
    expect(data.quality).toMatchObject({ residentsWithLivingRoom: 4, sameRoomPairs: 2 });
    expect(data.tables.map((t) => t.memberIds.filter((id) => housemates.includes(id)).length)).toEqual([2, 2]);
  });
});
