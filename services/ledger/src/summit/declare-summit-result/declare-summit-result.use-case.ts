import { ErrorCode, SpoorError } from '@spoor/contracts';
import { defineUseCase } from '../../shared/use-case.js';
import { mustHaveOpenedVoting, organisers } from '../summit-rules.js';
import { APPROVAL_TIE_BREAK, tallyApproval } from '../tally/approval.tally.js';
import { votingAggregate } from '../voting.js';

/** The result is computed from the ballots by the method frozen when voting opened; the command carries nothing else. */
export const declareSummitResult = defineUseCase({
  command: 'DeclareSummitResult',
  aggregate: votingAggregate,
  idField: 'processId',
  roles: organisers,
  loadContext: async () => ({}),
  decide: (command, state) => {
    const voting = mustHaveOpenedVoting(state, command.processId);
    if (voting.status === 'open') throw new SpoorError(ErrorCode.PreconditionFailed, `processId: voting is still open for process ${command.processId}; close voting first`, 'processId');
    if (voting.status === 'declared') throw new SpoorError(ErrorCode.AlreadyExists, `processId: the result of the summit of process ${command.processId} was already declared`, 'processId');
    const { tally, chosenThemeIds } = tallyApproval({ processId: command.processId, themeIds: voting.themeIds, ballots: voting.ballots.map((choices) => ({ choices })), seats: voting.method.seats });
    return [
      {
        type: 'SummitResultDeclared',
        data: { processId: command.processId, method: voting.method, ballotCount: voting.ballots.length, tally, chosenThemeIds, tieBreak: APPROVAL_TIE_BREAK },
      },
    ];
  },
});
