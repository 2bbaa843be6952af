import { type Ledger, startLedger } from '../shared/testing/ledger-harness.js';
import { hashVotingCode, newVotingCodes } from './ballot-box/voting-code.js';

const RESULT = 'commandId streamId revision events { type revision }';
const mutation = (name: string) => `mutation($input: ${name.charAt(0).toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${RESULT} } }`;
const residents = Array.from({ length: 20 }, (_, i) => ({ id: `p-${i + 1}`, districtCode: ['WK054603', 'WK054608'][i % 2], ageBand: ['18-26', '27-39', '40-54', '65-74'][i % 4], gender: ['vrouw', 'man', 'x'][i % 3] }));
const FOODS = ['sinaasappel', 'peer', 'chocolade', 'aardbei', 'snoep'];

const SUMMIT = `{ summitResult(processId: "leiden") {
  tables { algorithm tableCount quality { score sameRoomPairs residentsWithLivingRoom mixDeviation { total } } lateChanges { algorithm reallocations moved seated removed } tables { size wildcards } }
  voting { method { kind seats maxChoices dots } explanation { method { nl en } } }
  result { quota chosenThemeIds votesMatchBallots lines { themeId votes exactVotes rank chosen } rounds { stage action themeId transferValue counts { themeId votes } elected excluded } }
} }`;

/** A summit counted by STV, with late changes to the tables, end to end over GraphQL on SQLite. */
describe('a summit with late changes and an STV vote, over GraphQL', () => {
  let ledger: Ledger;
  let organiser: string;
  let n = 0;
  const run = (name: string, input: Record<string, unknown>, token = organiser) => ledger.gql(mutation(name), { input: { commandId: `c-${(n += 1)}`, ...input } }, token);
  const ok = async (name: string, input: Record<string, unknown>, token = organiser) => {
    const res = await run(name, input, token);
    expect(res.errors).toBeUndefined();
    return res;
  };

  beforeAll(async () => {
    ledger = await startLedger();
    organiser = ledger.token('organiser');
    await ok('startProcess', { processId: 'leiden', title: 'Agenda voor Leiden', city: 'Leiden', municipalityCode: 'GM0546', description: 'Test', plannedPhases: [{ phase: 'burgertop' }] });
    for (const r of residents) await ok('registerParticipant', { participantId: r.id, processId: 'leiden', districtCode: r.districtCode, ageBand: r.ageBand, gender: r.gender });
    await ok('registerWildcard', { wildcardId: 'w-1', processId: 'leiden', category: 'official' });
    for (const id of FOODS) await ok('createTheme', { processId: 'leiden', themeId: id, title: `Thema ${id}`, description: 'Omschrijving' });
    await ok('scheduleSummit', { processId: 'leiden', date: '2018-01-14', venue: 'Stadsgehoorzaal Leiden', capacity: 800 });
    for (const id of FOODS) await ok('putThemeOnAgenda', { processId: 'leiden', themeId: id, rule: 'meer dan 40 ideeën' });
  });
  afterAll(() => ledger.close());

  it('re-allocates for late changes, then counts ranked ballots by STV, and shows quality, stages and exact votes', async () => {
    const entries = [...residents.slice(0, 19).map((r) => ({ attendeeId: r.id, kind: 'participant', status: 'attended' })), { attendeeId: 'w-1', kind: 'wildcard', status: 'attended' }];
    await ok('recordSummitAttendance', { processId: 'leiden', entries });
    await ok('allocateTables', { processId: 'leiden', seed: 11 });
    const nothing = await run('reallocateTables', { processId: 'leiden' });
    expect(nothing.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^processId: nobody seated has been recorded absent/), extensions: { code: 'PRECONDITION_FAILED', field: 'processId' } });
    await ok('recordSummitAttendance', { processId: 'leiden', entries: [{ attendeeId: 'p-3', kind: 'participant', status: 'absent' }, { attendeeId: 'p-20', kind: 'participant', status: 'attended' }] });
    await ok('reallocateTables', { processId: 'leiden' });

    await ok('openVoting', { processId: 'leiden', method: { kind: 'stv', seats: 3 }, voters: 'residents' });
    const changed = await run('openVoting', { processId: 'leiden', method: { kind: 'approval', maxChoices: 3, seats: 3 }, voters: 'residents' });
    expect(changed.errors?.[0]).toMatchObject({ message: expect.stringMatching(/the method is frozen once voting opens/), extensions: { code: 'INVALID_STATE' } });
    const tooLate = await run('reallocateTables', { processId: 'leiden' });
    expect(tooLate.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', field: 'processId' });

    // Wikipedia's food example scaled to the room: 19 voters, 3 seats, quota 19 / 4 + 1 = 5.
    const ballots = [
      ...Array.from({ length: 4 }, () => ['sinaasappel', 'peer']),
      ['peer', 'sinaasappel'],
      ...Array.from({ length: 8 }, () => ['chocolade', 'aardbei']),
      ...Array.from({ length: 4 }, () => ['chocolade', 'snoep']),
      ['aardbei'],
      ['snoep'],
    ];
    const codes = newVotingCodes(ballots.length + 1);
    await ok('issueVotingCodes', { processId: 'leiden', codeHashes: codes.map(hashVotingCode) });
    const twice = await run('castBallot', { processId: 'leiden', votingCode: codes[ballots.length], choices: ['peer', 'chocolade', 'peer'] }, '');
    expect(twice.errors?.[0]).toMatchObject({ message: 'choices.2: theme peer is ranked twice', extensions: { code: 'BAD_USER_INPUT', field: 'choices.2' } });
    for (const [i, choices] of ballots.entries()) await ok('castBallot', { processId: 'leiden', votingCode: codes[i], choices }, '');
    await ok('closeVoting', { processId: 'leiden' });
    await ok('declareSummitResult', { processId: 'leiden' });

    const res = await ledger.gql(SUMMIT);
    expect(res.errors).toBeUndefined();
    const summit = (res.data as { summitResult: unknown }).summitResult as {
      tables: { algorithm: string; tableCount: number; quality: { residentsWithLivingRoom: number; score: number }; lateChanges: Record<string, unknown>; tables: { size: number; wildcards: number }[] };
      voting: { method: Record<string, unknown>; explanation: { method: { nl: string } } };
      result: { quota: string; chosenThemeIds: string[]; votesMatchBallots: boolean; lines: { themeId: string; votes: number; exactVotes: string }[]; rounds: { stage: number; action: string; themeId: string | null; transferValue: string | null; counts: { themeId: string; votes: string }[] }[] };
    };
    expect(summit.tables).toMatchObject({ algorithm: 'balanced-swap', tableCount: 3, lateChanges: { algorithm: 'late-changes', reallocations: 1, seated: 1, removed: 1 } });
    expect(summit.tables.tables.map((t) => t.size).sort()).toEqual([6, 7, 7]);
    expect(summit.tables.quality.score).toBeGreaterThanOrEqual(0);
    expect(summit.voting.method).toEqual({ kind: 'stv', seats: 3, maxChoices: null, dots: null });
    expect(summit.voting.explanation.method.nl).toMatch(/Overdraagbare stem \(STV\)/);
    expect(summit.result).toMatchObject({ quota: '5.00000', votesMatchBallots: true });
    expect(summit.result.chosenThemeIds[0]).toBe('chocolade');
    expect(summit.result.lines[0]).toMatchObject({ themeId: 'chocolade', votes: 12, exactVotes: '12.00000' });
    expect(summit.result.rounds[1]).toMatchObject({ stage: 2, action: 'surplus', themeId: 'chocolade', transferValue: '0.58333' });
  });
});
