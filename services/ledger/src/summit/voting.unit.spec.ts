import { ErrorCode, type DomainEvent } from '@spoor/contracts';
import { parseCommandInput } from '../commands/command-input.js';
import { specify } from '../shared/testing/use-case-specification.js';
import { castBallot } from './cast-ballot/cast-ballot.use-case.js';
import { closeVoting } from './close-voting/close-voting.use-case.js';
import { declareSummitResult } from './declare-summit-result/declare-summit-result.use-case.js';
import { openVoting } from './open-voting/open-voting.use-case.js';
import { APPROVAL_TIE_BREAK } from './tally/approval.tally.js';
import { attendance, ballotCast, facilitator, onAgenda, PROCESS, summitScheduled, votingClosed, votingOpened } from './testing/summit.fixtures.js';

const method = { kind: 'approval' as const, maxChoices: 3, seats: 2 };

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

describe('CastBallot', () => {
  const ballot = (ballotId: string, choices: string[]) => ({ processId: PROCESS, ballotId, choices });
  const opened = (...events: DomainEvent[]) => ({ 'voting-leiden': [votingOpened(), ...events] });

  it('records an anonymous ballot entered by a facilitator, its ticks in ballot order', () =>
    specify(castBallot).given(opened()).when(ballot('b-1', ['t-3', 't-1']), facilitator).then([ballotCast('b-1', ['t-1', 't-3'])]));
  it('refuses a ballot before voting opens', () =>
    specify(castBallot).given({}).when(ballot('b-1', ['t-1'])).thenThrows(ErrorCode.PreconditionFailed, /processId: voting has not been opened/));
  it('refuses a ballot after voting closed', () =>
    specify(castBallot).given(opened(votingClosed(0))).when(ballot('b-1', ['t-1'])).thenThrows(ErrorCode.InvalidState, /voting is closed/));
  it('refuses a theme not on the ballot, naming the choice', () =>
    specify(castBallot).given(opened()).when(ballot('b-1', ['t-1', 't-9'])).thenThrows(ErrorCode.BadUserInput, /^choices\.1: theme t-9 is not on the ballot$/));
  it('refuses a theme ticked twice', () =>
    specify(castBallot).given(opened()).when(ballot('b-1', ['t-2', 't-1', 't-2'])).thenThrows(ErrorCode.BadUserInput, /^choices\.2: theme t-2 is ticked twice$/));
  it('refuses more ticks than the method allows', () =>
    specify(castBallot).given(opened()).when(ballot('b-1', ['t-1', 't-2', 't-3', 't-4'])).thenThrows(ErrorCode.BadUserInput, /choices: 4 themes ticked; at most 3/));
  it('refuses a blank ballot', () => specify(castBallot).given(opened()).when(ballot('b-1', [])).thenThrows(ErrorCode.BadUserInput, /choices: tick at least one theme/));
  it('refuses the same ballot id twice', () =>
    specify(castBallot).given(opened(ballotCast('b-1', ['t-1']))).when(ballot('b-1', ['t-2'])).thenThrows(ErrorCode.AlreadyExists, /ballotId: ballot b-1 was already cast/));
  it('refuses more ballots than eligible voters, giving the numbers', () =>
    specify(castBallot)
      .given({ 'voting-leiden': [votingOpened({ eligibleVoters: 2 }), ballotCast('b-1', ['t-1']), ballotCast('b-2', ['t-2'])] })
      .when(ballot('b-3', ['t-3']))
      .thenThrows(ErrorCode.InvalidState, /2 ballots were cast and 2 people may vote/));
});

describe('CloseVoting', () => {
  it('closes voting with the number of ballots received', () =>
    specify(closeVoting).given({ 'voting-leiden': [votingOpened(), ballotCast('b-1', ['t-1']), ballotCast('b-2', ['t-2'])] }).when({ processId: PROCESS }).then([votingClosed(2)]));
  it('needs voting to be open', () => specify(closeVoting).given({}).when({ processId: PROCESS }).thenThrows(ErrorCode.PreconditionFailed, /voting has not been opened/));
  it('refuses to close twice', () =>
    specify(closeVoting).given({ 'voting-leiden': [votingOpened(), votingClosed(0)] }).when({ processId: PROCESS }).thenThrows(ErrorCode.InvalidState, /already closed/));
});

describe('DeclareSummitResult', () => {
  // Hand count: t-1 3, t-2 3, t-3 2, t-4 1. Keys of "leiden:t-N": t-3 2c38…, t-4 8900…, t-2 da72…, t-1 e27d…; t-2 ranks above t-1.
  const ballots = [['t-1', 't-2'], ['t-1', 't-3'], ['t-2', 't-3'], ['t-1'], ['t-2', 't-4']].map((choices, i) => ballotCast(`b-${i + 1}`, choices));
  const voted = [votingOpened(), ...ballots];

  it('computes the result from the ballots by the declared method', () =>
    specify(declareSummitResult)
      .given({ 'voting-leiden': [...voted, votingClosed(5)] })
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
            tieBreak: APPROVAL_TIE_BREAK,
          },
        },
      ]));
  it('refuses while voting is open', () =>
    specify(declareSummitResult).given({ 'voting-leiden': voted }).when({ processId: PROCESS }).thenThrows(ErrorCode.PreconditionFailed, /close voting first/));
  it('refuses before voting opened', () => specify(declareSummitResult).given({}).when({ processId: PROCESS }).thenThrows(ErrorCode.PreconditionFailed, /voting has not been opened/));
  it('declares once', () =>
    specify(declareSummitResult)
      .given({ 'voting-leiden': [...voted, votingClosed(5), { type: 'SummitResultDeclared', data: { processId: PROCESS, method, ballotCount: 5, tally: [], chosenThemeIds: [], tieBreak: APPROVAL_TIE_BREAK } }] })
      .when({ processId: PROCESS })
      .thenThrows(ErrorCode.AlreadyExists, /was already declared/));
  it('cannot take a result typed in', () => {
    expect(() => parseCommandInput('DeclareSummitResult', { commandId: 'c', processId: 'p', chosenThemeIds: ['x'] })).toThrow(
      expect.objectContaining({ code: ErrorCode.BadUserInput, field: 'chosenThemeIds', message: expect.stringMatching(/chosenThemeIds: .* cannot be typed in/) }),
    );
  });
});
