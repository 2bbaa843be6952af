import { ErrorCode, type DomainEvent, type EventData } from '@spoor/contracts';
import { parseCommandInput } from '../commands/command-input.js';
import { specify } from '../shared/testing/use-case-specification.js';
import { castBallot } from './cast-ballot/cast-ballot.use-case.js';
import { declareSummitResult } from './declare-summit-result/declare-summit-result.use-case.js';
import { openVoting } from './open-voting/open-voting.use-case.js';
import { decideGiven } from './testing/decide-given.js';
import { attendance, ballotCast, code, codesIssued, onAgenda, PROCESS, summitScheduled, votingClosed, votingOpened } from './testing/summit.fixtures.js';

const dots = { kind: 'dots' as const, dots: 3, seats: 2 };
const stv = { kind: 'stv' as const, seats: 2 };
const summit = { 'summit-leiden': [summitScheduled(), ...['t-1', 't-2', 't-3', 't-4'].map(onAgenda), attendance(['p-1', 'participant', 'attended'], ['p-2', 'participant', 'attended'])] };
const ballot = (votingCode: string, choices: string[]) => ({ processId: PROCESS, votingCode, choices });
const openedWith = (method: EventData<'VotingOpened'>['method'], ...events: DomainEvent[]) => ({ 'voting-leiden': [codesIssued(code(1), code(2)), votingOpened({ method }), ...events] });

describe('OpenVoting with each method', () => {
  it.each([
    ['dot voting', dots],
    ['STV', stv],
  ])('opens a vote by %s and records the method as declared', (_name, method) =>
    specify(openVoting)
      .given(summit)
      .when({ processId: PROCESS, method, voters: 'residents' })
      .then([votingOpened({ method, eligibleVoters: 2 })]));

  it('refuses another method once voting is open: the method is frozen', () =>
    specify(openVoting)
      .given({ ...summit, 'voting-leiden': [votingOpened()] })
      .when({ processId: PROCESS, method: stv, voters: 'residents' })
      .thenThrows(ErrorCode.InvalidState, /^processId: voting was already opened for process leiden; the method is frozen once voting opens$/));

  it('refuses a method the contract does not know, or settings it does not allow, naming the field', () => {
    expect(() => parseCommandInput('OpenVoting', { commandId: 'c', processId: PROCESS, method: { kind: 'borda', seats: 2 }, voters: 'residents' })).toThrow(
      expect.objectContaining({ code: ErrorCode.BadUserInput, field: 'method.kind' }),
    );
    expect(() => parseCommandInput('OpenVoting', { commandId: 'c', processId: PROCESS, method: { kind: 'dots', dots: 0, seats: 2 }, voters: 'residents' })).toThrow(
      expect.objectContaining({ code: ErrorCode.BadUserInput, field: 'method.dots' }),
    );
  });

  it('refuses more seats than themes on the agenda, for every method', () =>
    specify(openVoting).given(summit).when({ processId: PROCESS, method: { ...stv, seats: 5 }, voters: 'residents' }).thenThrows(ErrorCode.BadUserInput, /^method\.seats: 5 themes to choose, but only 4 are on the agenda$/));
});

describe('CastBallot by dot voting', () => {
  it('seals the dots grouped by theme in agenda order: each dot counts, the order of placing them says nothing', () =>
    specify(castBallot).given(openedWith(dots)).when(ballot(code(1), ['t-3', 't-1', 't-3'])).then([ballotCast(code(1), ['t-1', 't-3', 't-3'])]));
  it('refuses more dots than the method gives, naming the first one too many', () =>
    specify(castBallot).given(openedWith(dots)).when(ballot(code(1), ['t-1', 't-1', 't-2', 't-2'])).thenThrows(ErrorCode.BadUserInput, /^choices\.3: at most 3 dots per ballot, this ballot has 4$/));
  it('refuses a dot on a theme that is not on the ballot', () =>
    specify(castBallot).given(openedWith(dots)).when(ballot(code(1), ['t-1', 't-9'])).thenThrows(ErrorCode.BadUserInput, /^choices\.1: theme t-9 is not on the ballot$/));
});

describe('CastBallot by STV', () => {
  it('seals the ranking as given: the order is the vote', () =>
    specify(castBallot).given(openedWith(stv)).when(ballot(code(1), ['t-3', 't-1', 't-4'])).then([ballotCast(code(1), ['t-3', 't-1', 't-4'])]));
  it('refuses a theme ranked twice, naming where', () =>
    specify(castBallot).given(openedWith(stv)).when(ballot(code(1), ['t-3', 't-1', 't-3'])).thenThrows(ErrorCode.BadUserInput, /^choices\.2: theme t-3 is ranked twice$/));
  it('refuses an empty ranking', () => specify(castBallot).given(openedWith(stv)).when(ballot(code(1), [])).thenThrows(ErrorCode.BadUserInput, /^choices: the ballot is empty/));
});

describe('DeclareSummitResult by each method', () => {
  const declare = async (method: EventData<'VotingOpened'>['method'], themeIds: string[], ballots: string[][]) => {
    const events = await decideGiven(declareSummitResult, { 'voting-leiden': [votingOpened({ method, themeIds, eligibleVoters: ballots.length }), votingClosed(ballots)] }, { processId: PROCESS });
    if (events[0]?.type !== 'SummitResultDeclared') throw new Error('expected SummitResultDeclared');
    return events[0].data;
  };

  it('counts every dot (docs/voting.md: groen 4, wonen 3, zorg 3, jeugd 2; the lot puts zorg before wonen)', async () => {
    const ballots = [['groen', 'groen', 'groen'], ['wonen', 'zorg', 'zorg'], ['wonen', 'wonen', 'jeugd'], ['zorg'], ['jeugd', 'groen']];
    const result = await declare(dots, ['groen', 'wonen', 'zorg', 'jeugd'], ballots);
    expect(result.tally.map((l) => [l.themeId, l.votes, l.rank, l.chosen])).toEqual([
      ['groen', 4, 1, true],
      ['zorg', 3, 2, true],
      ['wonen', 3, 3, false],
      ['jeugd', 2, 4, false],
    ]);
    expect(result).toMatchObject({ method: dots, ballotCount: 5, chosenThemeIds: ['groen', 'zorg'] });
    expect(result).not.toHaveProperty('rounds');
  });

  // Wikipedia, "Single transferable vote", Example: 20 guests choose 3 foods; quota 20 / 4 + 1 = 6.
  it('counts STV by the Scottish rules, with the quota and every stage (Wikipedia, Single transferable vote: the food example)', async () => {
    const ballots = [
      ...Array.from({ length: 4 }, () => ['sinaasappel', 'peer']),
      ...Array.from({ length: 2 }, () => ['peer', 'sinaasappel']),
      ...Array.from({ length: 8 }, () => ['chocolade', 'aardbei']),
      ...Array.from({ length: 4 }, () => ['chocolade', 'snoep']),
      ['aardbei'],
      ['snoep'],
    ];
    const result = await declare({ kind: 'stv', seats: 3 }, ['sinaasappel', 'peer', 'chocolade', 'aardbei', 'snoep'], ballots);
    expect(result.chosenThemeIds).toEqual(['chocolade', 'sinaasappel', 'aardbei']);
    expect(result.quota).toBe('6.00000');
    expect(result.rounds?.map((r) => [r.stage, r.action, r.themeId])).toEqual([
      [1, 'first-preferences', null],
      [2, 'surplus', 'chocolade'],
      [3, 'exclusion', 'peer'],
      [4, 'exclusion', 'snoep'],
    ]);
    expect(result.rounds?.[1]).toMatchObject({ transferValue: '0.50000', counts: { aardbei: '5.00000', snoep: '3.00000', chocolade: '6.00000' } });
    expect(result.tally.find((l) => l.themeId === 'chocolade')).toMatchObject({ votes: 12, rank: 1, chosen: true });
    expect(result.tieBreak).toMatch(/SHA-256 .*'leiden:themeId'/);
  });
});
