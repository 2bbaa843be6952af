import type { DomainEvent } from '@spoor/contracts';
import { foldProjection } from '../projection.js';
import { eventLog } from '../representativeness/testing/event-log.builder.js';
import { foldResumedFromJson } from '../representativeness/testing/replay.check.js';
import { summitProjection } from './summit.projection.js';
import { summitResult } from './summit.query.js';

const P = 'leiden';
const A = 'WK054600';
const B = 'WK054601';
const C = 'WK054602';
const memberIds = ['secret-member-001', 'secret-member-002', 'secret-member-003', 'secret-wildcard-004'];

const scheduled: DomainEvent = { type: 'SummitScheduled', data: { processId: P, date: '2018-01-14', venue: 'Stadsgehoorzaal Leiden', capacity: 900, wildcardLimit: 100 } };
const onAgenda = (themeId: string, rule: string): DomainEvent => ({ type: 'ThemePutOnAgenda', data: { processId: P, themeId, rule } });
const attendance = (...entries: [string, 'participant' | 'wildcard', 'invited' | 'confirmed' | 'attended' | 'absent'][]): DomainEvent => ({
  type: 'SummitAttendanceRecorded',
  data: { processId: P, entries: entries.map(([attendeeId, kind, status]) => ({ attendeeId, kind, status })) },
});
type Composition = { size: number; wildcards: number; districts: Record<string, number>; ageBands: Record<string, number>; genders: Record<string, number> };
const allocated = (seed: number, tables: Composition[]): DomainEvent => ({
  type: 'TablesAllocated',
  data: {
    processId: P,
    algorithm: 'round-robin',
    algorithmVersion: 1,
    seed,
    tableSize: 8,
    tables: tables.map((composition, i) => ({ table: i + 1, memberIds: memberIds.slice(i, i + 3), composition })),
  },
});
const opened: DomainEvent = {
  type: 'VotingOpened',
  data: { processId: P, method: { kind: 'approval', maxChoices: 2, seats: 2 }, voters: 'residents', themeIds: ['groen', 'wonen', 'zorg', 'jeugd'], eligibleVoters: 10 },
};
const sealedBallot = { v: 1 as const, iv: 'AAAAAAAAAAAAAAAA', ciphertext: 'AAAA', tag: 'AAAAAAAAAAAAAAAAAAAAAA==' };
// Casting spends a code and seals the ballot; the choices appear only when the box is opened at closing.
const ballot = (n: number): DomainEvent => ({ type: 'BallotCast', data: { processId: P, codeHash: String(n).repeat(64).slice(0, 64), sealedBallot } });
const ballots = [1, 2, 3, 4, 5].map(ballot);
const opened5 = [['groen'], ['groen', 'wonen'], ['groen', 'zorg'], ['wonen', 'jeugd'], ['wonen', 'zorg']];
const closed: DomainEvent = { type: 'VotingClosed', data: { processId: P, ballotCount: 5, ballots: opened5 } };
const declared = (wonenVotes = 3): DomainEvent => ({
  type: 'SummitResultDeclared',
  data: {
    processId: P,
    method: { kind: 'approval', maxChoices: 2, seats: 2 },
    ballotCount: 5,
    tally: [
      { themeId: 'wonen', votes: wonenVotes, rank: 1, chosen: true },
      { themeId: 'groen', votes: 3, rank: 2, chosen: true },
      { themeId: 'zorg', votes: 2, rank: 3, chosen: false },
      { themeId: 'jeugd', votes: 1, rank: 4, chosen: false },
    ],
    chosenThemeIds: ['wonen', 'groen'],
    tieBreak: "Ties are broken by the SHA-256 hash of 'processId:themeId'",
  },
});

const table1: Composition = { size: 8, wildcards: 1, districts: { [A]: 5, [B]: 2 }, ageBands: { '27-39': 4, '40-54': 3 }, genders: { vrouw: 6, man: 1 } };
const table2: Composition = { size: 7, wildcards: 0, districts: { [B]: 3, [C]: 4 }, ageBands: { '18-26': 7 }, genders: { vrouw: 3, man: 3, x: 1 } };

const story: DomainEvent[] = [
  scheduled,
  onAgenda('groen', 'meer dan 40 ideeën'),
  onAgenda('wonen', 'meer dan 40 ideeën'),
  onAgenda('zorg', 'door de moderatoren toegevoegd'),
  onAgenda('jeugd', 'uit drie wijken'),
  attendance(['p-1', 'participant', 'invited'], ['p-2', 'participant', 'invited'], ['p-3', 'participant', 'invited'], ['w-1', 'wildcard', 'invited']),
  attendance(['p-1', 'participant', 'confirmed'], ['p-2', 'participant', 'confirmed'], ['w-1', 'wildcard', 'confirmed'], ['w-2', 'wildcard', 'invited']),
  allocated(1, [table1]),
  attendance(['p-1', 'participant', 'attended'], ['p-2', 'participant', 'absent'], ['w-1', 'wildcard', 'attended']),
  allocated(42, [table1, table2]),
  opened,
  ...ballots,
  closed,
  declared(),
];

const fold = (events: DomainEvent[]) => {
  const log = eventLog();
  return foldProjection(summitProjection, events.map((e) => log(e)));
};

describe('summit result', () => {
  it('shows the schedule and the agenda in order, each theme with its rule', () => {
    const view = summitResult(fold(story));
    expect(view?.schedule).toEqual({ date: '2018-01-14', venue: 'Stadsgehoorzaal Leiden', capacity: 900, wildcardLimit: 100 });
    expect(view?.agenda.map((a) => [a.position, a.themeId, a.rule])).toEqual([
      [1, 'groen', 'meer dan 40 ideeën'],
      [2, 'wonen', 'meer dan 40 ideeën'],
      [3, 'zorg', 'door de moderatoren toegevoegd'],
      [4, 'jeugd', 'uit drie wijken'],
    ]);
  });

  it('counts attendance by latest status, residents and wildcards apart', () => {
    expect(summitResult(fold(story))?.attendance).toEqual({
      residents: { invited: 1, confirmed: 0, attended: 1, absent: 1 },
      wildcards: { invited: 1, confirmed: 0, attended: 1, absent: 0 },
    });
  });

  it('publishes the latest allocation: algorithm, version, seed, table size, and per table size, wildcards and diversity', () => {
    const tables = summitResult(fold(story))?.tables;
    expect(tables).toMatchObject({ algorithm: 'round-robin', algorithmVersion: 1, seed: 42, tableSize: 8, tableCount: 2 });
    expect(tables?.tables.map((t) => [t.table, t.size, t.wildcards, t.residents, t.diversity])).toEqual([
      [1, 8, 1, 7, { districts: 2, ageBands: 2, genders: 2 }],
      [2, 7, 0, 7, { districts: 2, ageBands: 1, genders: 3 }],
    ]);
  });

  it('never exposes who sat at a table, in the model or the published view', () => {
    const model = fold(story);
    const published = JSON.stringify(summitResult(model));
    const stored = JSON.stringify(model);
    for (const id of memberIds) {
      expect(published).not.toContain(id);
      expect(stored).not.toContain(id);
    }
    expect(published).not.toContain('memberIds');
  });

  it('shows no count of residents per band at a table: at tables of about 8 those are small counts (summit-tables.query.ts)', () => {
    const tables = summitResult(fold(story))?.tables?.tables ?? [];
    expect(tables.map((t) => t.composition)).toEqual([[], []]);
  });

  it('shows the vote: method, voters, eligible voters, the anonymous ballots and the status as it moves', () => {
    const open = summitResult(fold(story.slice(0, story.indexOf(opened) + 3)))?.voting;
    expect(open).toMatchObject({ status: 'open', method: { kind: 'approval', maxChoices: 2, seats: 2 }, voters: 'residents', eligibleVoters: 10, ballotCount: 2, closedAt: null });
    expect(summitResult(fold(story.slice(0, story.indexOf(closed) + 1)))?.voting?.status).toBe('closed');
    const voting = summitResult(fold(story))?.voting;
    expect(voting?.status).toBe('declared');
    expect(open?.ballots).toEqual([]); // sealed until the box is opened
    expect(voting?.ballots).toEqual(opened5.map((choices) => ({ choices })));
  });

  it('explains the method and how to recount, in Dutch and in English', () => {
    const explanation = summitResult(fold(story))?.voting?.explanation;
    expect(explanation?.method.nl).toMatch(/Goedkeuringsstemming.*hoogstens 2 thema's.*De 2 thema's met de meeste stemmen/s);
    expect(explanation?.method.en).toMatch(/Approval voting.*at most 2 themes.*The 2 themes with the most votes/s);
    expect(explanation?.recount.nl).toMatch(/Zelf natellen.*printf '%s' 'leiden:themaId' \| sha256sum/s);
    expect(explanation?.recount.en).toMatch(/Recount it yourself.*printf '%s' 'leiden:themeId' \| sha256sum/s);
  });

  it('gives the declared result with tally lines, seats and tie-break, and checks it against the ballots', () => {
    const result = summitResult(fold(story))?.result;
    expect(result).toMatchObject({ ballotCount: 5, seats: 2, chosenThemeIds: ['wonen', 'groen'], votesMatchBallots: true });
    expect(result?.lines.map((l) => [l.themeId, l.votes, l.rank, l.chosen])).toEqual([
      ['wonen', 3, 1, true],
      ['groen', 3, 2, true],
      ['zorg', 2, 3, false],
      ['jeugd', 1, 4, false],
    ]);
    expect(result?.tieBreak).toContain('SHA-256');
    expect(summitResult(fold([...story.slice(0, -1), declared(4)]))?.result?.votesMatchBallots).toBe(false);
  });

  it('starts a fresh vote when voting is opened again, as the ledger does', () => {
    const again = summitResult(fold([...story, opened]));
    expect(again?.voting).toMatchObject({ status: 'open', ballotCount: 0, ballots: [] });
    expect(again?.result).toBeNull();
  });

  it('returns null for a process without a summit and refuses a bad threshold', () => {
    expect(summitResult(fold(story), { processId: 'elders' })).toBeNull();
    expect(summitResult(fold([]))).toBeNull();
    expect(() => summitResult(fold(story), { threshold: 2.5 })).toThrow(/threshold/);
  });

  it('gives the same model on every replay, and survives a JSON checkpoint mid-way', () => {
    const log = eventLog();
    const events = story.map((e) => log(e));
    const once = foldProjection(summitProjection, events);
    expect(JSON.stringify(foldProjection(summitProjection, events))).toBe(JSON.stringify(once));
    expect(JSON.parse(JSON.stringify(once))).toStrictEqual(once);
    for (const splitAt of [1, 8, 12, events.length - 1]) {
      expect(JSON.stringify(foldResumedFromJson(summitProjection, events, splitAt))).toBe(JSON.stringify(once));
    }
  });
});
