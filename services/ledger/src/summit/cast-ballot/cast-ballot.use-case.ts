import { ErrorCode, SpoorError } from '@spoor/contracts';
import { defineUseCase } from '../../shared/use-case.js';
import { mustHaveOpenedVoting, organisersAndFacilitators } from '../summit-rules.js';
import { votingAggregate } from '../voting.js';

const badChoice = (field: string, problem: string): SpoorError => new SpoorError(ErrorCode.BadUserInput, `${field}: ${problem}`, field);

export const castBallot = defineUseCase({
  command: 'CastBallot',
  aggregate: votingAggregate,
  idField: 'processId',
  // Paper and tablet ballots are entered by staff for now; voter codes come with issue #5.
  roles: organisersAndFacilitators,
  loadContext: async () => ({}),
  decide: (command, state) => {
    const voting = mustHaveOpenedVoting(state, command.processId);
    if (voting.status !== 'open') throw new SpoorError(ErrorCode.InvalidState, `processId: voting is closed for process ${command.processId}; no more ballots can be cast`, 'processId');
    if (voting.ballots.some((b) => b.ballotId === command.ballotId)) {
      throw new SpoorError(ErrorCode.AlreadyExists, `ballotId: ballot ${command.ballotId} was already cast`, 'ballotId');
    }
    // A blank ballot is refused rather than counted: approval voting has no use for it and turnout is not a result.
    if (command.choices.length === 0) throw badChoice('choices', 'tick at least one theme; a blank ballot is not recorded');
    command.choices.forEach((themeId, i) => {
      if (!voting.themeIds.includes(themeId)) throw badChoice(`choices.${i}`, `theme ${themeId} is not on the ballot`);
      if (command.choices.indexOf(themeId) !== i) throw badChoice(`choices.${i}`, `theme ${themeId} is ticked twice`);
    });
    if (command.choices.length > voting.method.maxChoices) {
      throw badChoice('choices', `${command.choices.length} themes ticked; at most ${voting.method.maxChoices} may be ticked`);
    }
    if (voting.ballots.length >= voting.eligibleVoters) {
      throw new SpoorError(
        ErrorCode.InvalidState,
        `ballotId: ${voting.ballots.length} ballots were cast and ${voting.eligibleVoters} people may vote; no more ballots can be cast`,
        'ballotId',
      );
    }
    // Stored in ballot order, so the order of the ticks cannot tell ballots apart.
    const choices = voting.themeIds.filter((id) => command.choices.includes(id));
    return [{ type: 'BallotCast', data: { processId: command.processId, ballotId: command.ballotId, choices } }];
  },
});
