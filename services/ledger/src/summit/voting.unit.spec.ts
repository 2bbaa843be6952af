import { ErrorCode, type DomainEvent } from '@spoor/contracts';
import { parseCommandInput } from '../commands/command-input.js';
import { specify } from '../shared/testing/use-case-specification.js';
import { castBallot } from './cast-ballot/cast-ballot.use-case.js';
import { closeVoting } from './close-voting/close-voting.use-case.js';
import { declareSummitResult } from './declare-summit-result/declare-summit-result.use-case.js';
import { openVoting } from './open-voting/open-voting.use-case.js';
import { tallyFor } from '@spoor/projections';
import { foldEvents } from '../shared/decider.js';
import { testOpenBallots, testSealBallot } from '../shared/testing/test-ballot-box.js';
import type { Principal } from '../shared/use-case.js';
import { hashVotingCode } from './ballot-box/voting-code.js';
import { issueVotingCodes } from './issue-voting-codes/issue-voting-codes.use-case.js';
import { attendance, ballotCast, code, codesIssued, facilitator, onAgenda, PROCESS, summitScheduled, votingClosed, votingOpened } from './testing/summit.fixtures.js';
import { votingAggregate } from './voting.js';

const voter: Principal = { actor: { id: 'voter', role: 'voter' } };

const method = { kind: 'approval' as const, maxChoices: 3, seats: 2 };
const approvalTieBreak = tallyFor({ ...method, tieBreakSeed: PROCESS }, [], ['t-1']).tieBreak;

describe('OpenVoting', () => {
  const open = { processId: PROCESS, method, voters: 'residents' as const };
  const summit = {
    'summit-leiden': [
      summitScheduled(),
      ...['t-1', 't-2', 't-3', 't-4'].map(onAgenda),
      attendance(['p-1', 'participant', 'attended'], ['p-2', 'participant', 'attended'], ['p-3', 'participant', 'confirmed'], ['w-1', 'wildcard', 'attended']),
      attendance(['p-3', 'participant', 'attended'], ['p-4', 'participant', 'absent'], ['p-5', 'participant', 'attended'], ['p-6', 'participant', 'attended']),
    ],
  };

  it('opens voting on the agenda, counting the residents who attended', () =>
    specify(openVoting).given(summit).when(open).then([votingOpened()]));
  it('counts wildcards too when they may vote', () =>
    specify(openVoting).given(summit).when({ ...open, voters: 'residents-and-wildcards' }).then([votingOpened({ voters: 'residents-and-wildcards', eligibleVoters: 6 })]));
  it('needs a scheduled summit', () => specify(openVoting).given({}).when(open).thenThrows(ErrorCode.PreconditionFailed, /processId: the summit .* has not been scheduled/));
  it('needs themes on the agenda', () =>
    specify(openVoting).given({ 'summit-leiden': [summitScheduled()] }).when(open).thenThrows(ErrorCode.PreconditionFailed, /processId: the agenda of the summit is empty/));
  it('refuses more seats than themes on the agenda', () =>
    specify(openVoting).given(summit).when({ ...open, method: { ...method, seats: 5 } }).thenThrows(ErrorCode.BadUserInput, /^method\.seats: 5 themes to choose, but only 4 are on the agenda$/));
  it('needs someone who attended and may vote', () =>
    specify(openVoting)
      .given({ 'summit-leiden': [summitScheduled(), onAgenda('t-1'), attendance(['p-1', 'participant', 'confirmed'], ['w-1', 'wildcard', 'attended'])] })
      .when({ ...open, method: { ...method, seats: 1 } })
      .thenThrows(ErrorCode.PreconditionFailed, /voters: nobody of this voter group \(residents\) has been recorded as attended/));
  it('refuses to open twice: the method is frozen once voting opens', () =>
    specify(openVoting)
      .given({ ...summit, 'voting-leiden': [votingOpened()] })
      .when({ ...open, method: { ...method, seats: 3 } })
      .thenThrows(ErrorCode.InvalidState, /processId: voting was already opened .* the method is frozen once voting opens/));
});

describe('IssueVotingCodes', () => {
  const issue = (...codes: string[]) => ({ processId: PROCESS, codeHashes: codes.map(hashVotingCode) });

  it('registers the hashes of a batch of codes, sorted, before voting opens (badges are printed beforehand)', () =>
    specify(issueVotingCodes).given({}).when(issue(code(2), code(1), code(3))).then([codesIssued(code(1), code(2), code(3))]));
  it('adds codes while voting is open (a late badge)', () =>
    specify(issueVotingCodes).given({ 'voting-leiden': [codesIssued(code(1)), votingOpened()] }).when(issue(code(2))).then([codesIssued(code(2))]));
  it('refuses a code issued before, naming it', () =>
    specify(issueVotingCodes).given({ 'voting-leiden': [codesIssued(code(1))] }).when(issue(code(2), code(1))).thenThrows(ErrorCode.AlreadyExists, /^codeHashes\.1: this code was already issued$/));
  it('refuses codes once voting has closed', () =>
    specify(issueVotingCodes).given({ 'voting-leiden': [votingOpened(), votingClosed([])] }).when(issue(code(1))).thenThrows(ErrorCode.InvalidState, /voting has closed/));
  it('is for organisers', () => expect(issueVotingCodes.roles).toEqual(['organiser']));
});

describe('CastBallot', () => {
  const ballot = (votingCode: string, choices: string[]) => ({ processId: PROCESS, votingCode, choices });
  const opened = (...events: DomainEvent[]) => ({ 'voting-leiden': [codesIssued(code(1), code(2), code(3)), votingOpened(), ...events] });

  it('spends the code and seals the ballot, its ticks in ballot order, entered from paper by a facilitator', () =>
    specify(castBallot).given(opened()).when(ballot(code(1), ['t-3', 't-1']), facilitator).then([ballotCast(code(1), ['t-1', 't-3'])]));
  it('takes a code typed in lower case, with spaces, or with O for 0', () =>
    specify(castBallot).given(opened()).when(ballot(code(2).toLowerCase(), ['t-2']), voter).then([ballotCast(code(2), ['t-2'])]));
  it('is open to a voter without a token, and to staff entering paper ballots', () => expect(castBallot.roles).toEqual(['organiser', 'facilitator', 'voter']));
  it('stores neither the code nor the choices in the clear', async () => {
    const events = await castBallot.decide({ processId: PROCESS, votingCode: code(1), choices: ['t-1'] }, foldEvents(votingAggregate, opened()['voting-leiden']), {
      codeHash: hashVotingCode(code(1)),
      sealed: testSealBallot(PROCESS, ['t-1']),
    });
    expect(JSON.stringify(events)).not.toContain(code(1));
    expect(Object.keys(events[0]?.data ?? {}).sort()).toEqual(['codeHash', 'processId', 'sealedBallot']);
  });
  it('refuses once voting has closed', () =>
    specify(castBallot).given(opened(votingClosed([]))).when(ballot(code(1), ['t-1'])).thenThrows(ErrorCode.InvalidState, /voting is closed/));
  it('refuses before voting opened', () => specify(castBallot).given({}).when(ballot(code(1), ['t-1'])).thenThrows(ErrorCode.PreconditionFailed, /voting has not been opened/));
  it('refuses a code that was not issued', () =>
    specify(castBallot).given(opened()).when(ballot(code(9), ['t-1'])).thenThrows(ErrorCode.NotFound, /^votingCode: this code was not issued for this vote/));
  it('refuses a code used before: each code votes once', () =>
    specify(castBallot).given(opened(ballotCast(code(1), ['t-1']))).when(ballot(code(1), ['t-2'])).thenThrows(ErrorCode.AlreadyExists, /^votingCode: this code has already been used/));
  it('refuses a theme that is not on the ballot', () =>
    specify(castBallot).given(opened()).when(ballot(code(1), ['t-1', 't-9'])).thenThrows(ErrorCode.BadUserInput, /^choices\.1: theme t-9 is not on the ballot$/));
  it('refuses a theme ticked twice', () =>
    specify(castBallot).given(opened()).when(ballot(code(1), ['t-1', 't-1'])).thenThrows(ErrorCode.BadUserInput, /^choices\.1: theme t-1 is ticked twice$/));
  it('refuses more ticks than the method allows, naming the first one too many', () =>
    specify(castBallot).given(opened()).when(ballot(code(1), ['t-1', 't-2', 't-3', 't-4'])).thenThrows(ErrorCode.BadUserInput, /^choices\.3: at most 3 ticks per ballot, this ballot has 4$/));
  it('refuses a blank ballot', () => specify(castBallot).given(opened()).when(ballot(code(1), [])).thenThrows(ErrorCode.BadUserInput, /^choices: the ballot is empty/));
  it('refuses more ballots than people who may vote', () =>
    specify(castBallot)
      .given({ 'voting-leiden': [codesIssued(code(1), code(2), code(3)), votingOpened({ eligibleVoters: 2 }), ballotCast(code(1), ['t-1']), ballotCast(code(2), ['t-2'])] })
      .when(ballot(code(3), ['t-3']))
      .thenThrows(ErrorCode.InvalidState, /2 ballots were cast and 2 people may vote/));
});

describe('CloseVoting', () => {
  it('opens the ballot box into the event, sorted, so the order of casting is gone', () =>
    specify(closeVoting)
      .given({ 'voting-leiden': [codesIssued(code(1), code(2), code(3)), votingOpened(), ballotCast(code(1), ['t-2']), ballotCast(code(2), ['t-1', 't-3']), ballotCast(code(3), ['t-1'])] })
      .when({ processId: PROCESS })
      .then([votingClosed([['t-1', 't-3'], ['t-1'], ['t-2']])]));
  it('gives the same event whatever the order the ballots were cast in', async () => {
    const cast = [ballotCast(code(1), ['t-2']), ballotCast(code(2), ['t-1', 't-3']), ballotCast(code(3), ['t-1'])];
    const close = async (order: DomainEvent[]) => {
      const stream = [codesIssued(code(1), code(2), code(3)), votingOpened(), ...order];
      const state = foldEvents(votingAggregate, stream);
      return closeVoting.decide({ processId: PROCESS }, state, { opened: testOpenBallots(PROCESS, state.status === 'open' ? state.sealed : []) });
    };
    expect(await close([cast[2]!, cast[0]!, cast[1]!])).toEqual(await close(cast));
  });
  it('refuses to close twice', () =>
    specify(closeVoting).given({ 'voting-leiden': [votingOpened(), votingClosed([])] }).when({ processId: PROCESS }).thenThrows(ErrorCode.InvalidState, /already closed/));
});

describe('DeclareSummitResult', () => {
  // Hand count: t-1 3, t-2 3, t-3 2, t-4 1. Keys of "leiden:t-N": t-3 2c38…, t-4 8900…, t-2 da72…, t-1 e27d…; t-2 ranks above t-1.
  const choices = [['t-1', 't-2'], ['t-1', 't-3'], ['t-2', 't-3'], ['t-1'], ['t-2', 't-4']];
  const voted = [votingOpened(), ...choices.map((c, i) => ballotCast(code(i + 1), c))];

  it('computes the result from the ballots by the declared method', () =>
    specify(declareSummitResult)
      .given({ 'voting-leiden': [...voted, votingClosed(choices)] })
      .when({ processId: PROCESS })
      .then([
        {
          type: 'SummitResultDeclared',
          data: {
            processId: PROCESS,
            method,
            ballotCount: 5,
            tally: [
              { themeId: 't-2', votes: 3, rank: 1, chosen: true },
              { themeId: 't-1', votes: 3, rank: 2, chosen: true },
              { themeId: 't-3', votes: 2, rank: 3, chosen: false },
              { themeId: 't-4', votes: 1, rank: 4, chosen: false },
            ],
            chosenThemeIds: ['t-2', 't-1'],
            tieBreak: approvalTieBreak,
          },
        },
      ]));
  it('refuses while voting is open', () =>
    specify(declareSummitResult).given({ 'voting-leiden': voted }).when({ processId: PROCESS }).thenThrows(ErrorCode.PreconditionFailed, /close voting first/));
  it('refuses before voting opened', () => specify(declareSummitResult).given({}).when({ processId: PROCESS }).thenThrows(ErrorCode.PreconditionFailed, /voting has not been opened/));
  it('declares once', () =>
    specify(declareSummitResult)
      .given({ 'voting-leiden': [...voted, votingClosed(choices), { type: 'SummitResultDeclared', data: { processId: PROCESS, method, ballotCount: 5, tally: [], chosenThemeIds: [], tieBreak: approvalTieBreak } }] })
      .when({ processId: PROCESS })
      .thenThrows(ErrorCode.AlreadyExists, /was already declared/));
  it('cannot take a result typed in', () => {
    expect(() => parseCommandInput('DeclareSummitResult', { commandId: 'c', processId: 'p', chosenThemeIds: ['x'] })).toThrow(
      expect.objectContaining({ code: ErrorCode.BadUserInput, field: 'chosenThemeIds', message: expect.stringMatching(/chosenThemeIds: .* cannot be typed in/) }),
    );
  });
});
