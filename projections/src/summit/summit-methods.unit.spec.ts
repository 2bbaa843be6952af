import type { DomainEvent, EventData } from '@spoor/contracts';
import { foldProjection } from '../projection.js';
import { eventLog } from '../representativeness/testing/event-log.builder.js';
import { foldResumedFromJson } from '../representativeness/testing/replay.check.js';
import { tallyFor } from './methods/index.js';
import { summitProjection } from './summit.projection.js';
import { summitResult } from './summit.query.js';

const P = 'leiden';
type Method = EventData<'VotingOpened'>['method'];
const fold = (events: DomainEvent[]) => {
  const log = eventLog();
  return foldProjection(summitProjection, events.map((e) => log(e)));
};
const opened = (method: Method, themeIds: string[]): DomainEvent => ({ type: 'VotingOpened', data: { processId: P, method, voters: 'residents', themeIds, eligibleVoters: 20 } });
const closed = (ballots: string[][]): DomainEvent => ({ type: 'VotingClosed', data: { processId: P, ballotCount: ballots.length, ballots } });
/** The result as the ledger declares it: counted by the method, STV's exact counts as numbers in the lines. */
const declared = (method: Method, themeIds: string[], ballots: string[][]): EventData<'SummitResultDeclared'> => {
  const t = tallyFor({ ...method, tieBreakSeed: P }, ballots, themeIds);
  return {
    processId: P,
    method,
    ballotCount: t.ballotCount,
    tally: t.lines.map((l) => ({ themeId: l.themeId, votes: Number(l.votes), rank: l.rank, chosen: l.chosen })),
    chosenThemeIds: [...t.chosenThemeIds],
    tieBreak: t.tieBreak,
    ...('quota' in t ? { quota: t.quota, rounds: t.rounds.map((r) => ({ ...r, transfers: { ...r.transfers }, counts: { ...r.counts }, elected: [...r.elected], excluded: [...r.excluded] })) } : {}),
  };
};

// Wikipedia, "Single transferable vote", Example: 20 guests, 3 seats, quota 6.
const foods = ['sinaasappel', 'peer', 'chocolade', 'aardbei', 'snoep'];
const foodBallots = [
  ...Array.from({ length: 4 }, () => ['sinaasappel', 'peer']),
  ...Array.from({ length: 2 }, () => ['peer', 'sinaasappel']),
  ...Array.from({ length: 8 }, () => ['chocolade', 'aardbei']),
  ...Array.from({ length: 4 }, () => ['chocolade', 'snoep']),
  ['aardbei'],
  ['snoep'],
];
const stv: Method = { kind: 'stv', seats: 3 };
const stvStory = (result = declared(stv, foods, foodBallots)): DomainEvent[] => [opened(stv, foods), closed(foodBallots), { type: 'SummitResultDeclared', data: result }];

describe('summit result by every voting method', () => {
  it('explains the method with its own description, after who could vote', () => {
    const dots: Method = { kind: 'dots', dots: 5, seats: 3 };
    const explanation = summitResult(fold([opened(dots, ['groen', 'wonen', 'zorg'])]))?.voting?.explanation;
    expect(explanation?.method.nl).toMatch(/^Stemmen mocht iedere bewoner die aanwezig was; .*Stippen plakken\. Iedere kiezer verdeelt hoogstens 5 stippen/s);
    expect(explanation?.method.en).toMatch(/^Every resident who attended could vote; .*Dot voting\. Every voter spreads at most 5 dots/s);
    expect(summitResult(fold(stvStory()))?.voting?.explanation.method.nl).toMatch(/Overdraagbare stem \(STV\) met het Droop-quotum/);
  });

  it('gives an STV result with its quota, exact votes and every stage, and finds it agrees with the ballots', () => {
    const result = summitResult(fold(stvStory()))?.result;
    expect(result).toMatchObject({ seats: 3, quota: '6.00000', chosenThemeIds: ['chocolade', 'sinaasappel', 'aardbei'], votesMatchBallots: true });
    expect(result?.lines[0]).toEqual({ themeId: 'chocolade', votes: 12, exactVotes: '12.00000', rank: 1, chosen: true });
    expect(result?.rounds?.map((r) => [r.stage, r.action, r.themeId])).toEqual([
      [1, 'first-preferences', null],
      [2, 'surplus', 'chocolade'],
      [3, 'exclusion', 'peer'],
      [4, 'exclusion', 'snoep'],
    ]);
    // per-theme figures as lists, in ballot order
    expect(result?.rounds?.[1]?.counts).toEqual([
      { themeId: 'sinaasappel', votes: '4.00000' },
      { themeId: 'peer', votes: '2.00000' },
      { themeId: 'chocolade', votes: '6.00000' },
      { themeId: 'aardbei', votes: '5.00000' },
      { themeId: 'snoep', votes: '3.00000' },
    ]);
  });

  it('finds a declared STV stage that the ballots do not give', () => {
    const honest = declared(stv, foods, foodBallots);
    const rounds = honest.rounds?.map((r) => (r.stage === 3 ? { ...r, counts: { ...r.counts, sinaasappel: '5.00000' } } : r));
    expect(summitResult(fold(stvStory({ ...honest, ...(rounds ? { rounds } : {}) })))?.result?.votesMatchBallots).toBe(false);
    expect(summitResult(fold(stvStory({ ...honest, quota: '7.00000' })))?.result?.votesMatchBallots).toBe(false);
  });

  it('checks a dot-voting result dot by dot', () => {
    const dots: Method = { kind: 'dots', dots: 3, seats: 2 };
    const themes = ['groen', 'wonen', 'zorg', 'jeugd'];
    const ballots = [['groen', 'groen', 'groen'], ['wonen', 'zorg', 'zorg'], ['wonen', 'wonen', 'jeugd'], ['zorg'], ['jeugd', 'groen']];
    const honest = declared(dots, themes, ballots);
    const story = (result: EventData<'SummitResultDeclared'>): DomainEvent[] => [opened(dots, themes), closed(ballots), { type: 'SummitResultDeclared', data: result }];
    expect(summitResult(fold(story(honest)))?.result).toMatchObject({ chosenThemeIds: ['groen', 'zorg'], votesMatchBallots: true, quota: null, rounds: null });
    // counted as approval (a dot once per ballot), groen would have 2, not 4
    const asTicks = { ...honest, tally: honest.tally.map((l) => (l.themeId === 'groen' ? { ...l, votes: 2 } : l)) };
    expect(summitResult(fold(story(asTicks)))?.result?.votesMatchBallots).toBe(false);
  });

  it('survives a JSON checkpoint mid-way through an STV result', () => {
    const log = eventLog();
    const events = stvStory().map((e) => log(e));
    const once = foldProjection(summitProjection, events);
    expect(JSON.parse(JSON.stringify(once))).toStrictEqual(once);
    expect(JSON.stringify(foldResumedFromJson(summitProjection, events, 2))).toBe(JSON.stringify(once));
  });
});

describe('summit tables with quality and late changes', () => {
  const composition = (size: number, wildcards: number) => ({ size, wildcards, districts: { WK054600: size - wildcards }, ageBands: { '27-39': size - wildcards }, genders: { vrouw: size - wildcards } });
  const quality = (score: number) => ({ mixDeviation: { districts: score, ageBands: 0, genders: 0, total: score }, sameRoomPairs: 0, sameRoomPairWeight: 4, score, residentsWithLivingRoom: 7 });
  const allocated: DomainEvent = {
    type: 'TablesAllocated',
    data: {
      processId: P,
      algorithm: 'balanced-swap',
      algorithmVersion: 1,
      seed: 9,
      tableSize: 8,
      tables: [{ table: 1, memberIds: ['secret-p-1', 'secret-w-1'], composition: composition(2, 1) }],
      quality: quality(1.5),
      manualPlacements: [{ attendeeId: 'secret-p-1', table: 1 }],
    },
  };
  const reallocated = (moved: number, seated: number, removed: number): DomainEvent => ({
    type: 'TablesReallocated',
    data: {
      processId: P,
      algorithm: 'late-changes',
      algorithmVersion: 1,
      seed: 9,
      tableSize: 8,
      tables: [{ table: 1, memberIds: ['secret-p-1', 'secret-p-9', 'secret-w-1'], composition: composition(3, 1) }],
      quality: quality(0.5),
      moves: Array.from({ length: moved }, () => ({ attendeeId: 'secret-p-8', from: 2, to: 1 })),
      seated: Array.from({ length: seated }, () => ({ attendeeId: 'secret-p-9', table: 1 })),
      removed: Array.from({ length: removed }, () => ({ attendeeId: 'secret-p-7', table: 1 })),
      changes: { moved, seated, removed },
    },
  });
  const scheduled: DomainEvent = { type: 'SummitScheduled', data: { processId: P, date: '2018-01-14', venue: 'Stadsgehoorzaal Leiden', capacity: 900, wildcardLimit: 100 } };

  it('publishes the quality of the allocation, and after late changes the new tables, their quality and how many changed, summed', () => {
    expect(summitResult(fold([scheduled, allocated]))?.tables).toMatchObject({ algorithm: 'balanced-swap', quality: quality(1.5), lateChanges: null });
    const tables = summitResult(fold([scheduled, allocated, reallocated(1, 1, 0), reallocated(0, 1, 2)]))?.tables;
    expect(tables).toMatchObject({ algorithm: 'balanced-swap', seed: 9, quality: quality(0.5), tableCount: 1 });
    expect(tables?.lateChanges).toMatchObject({ algorithm: 'late-changes', reallocations: 2, moved: 1, seated: 2, removed: 2 });
    expect(tables?.tables[0]).toMatchObject({ size: 3, wildcards: 1 });
  });

  it('never holds or shows who moved, arrived or left, or who was placed by hand', () => {
    const model = fold([scheduled, allocated, reallocated(1, 1, 1)]);
    expect(JSON.stringify(model)).not.toContain('secret');
    expect(JSON.stringify(summitResult(model))).not.toContain('secret');
  });
});
