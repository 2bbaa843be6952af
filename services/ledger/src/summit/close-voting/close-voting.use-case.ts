import { ErrorCode, SpoorError } from '@spoor/contracts';
import { defineUseCase } from '../../shared/use-case.js';
import { mustHaveOpenedVoting, organisers } from '../summit-rules.js';
import { votingAggregate } from '../voting.js';

export const closeVoting = defineUseCase({
  command: 'CloseVoting',
  aggregate: votingAggregate,
  idField: 'processId',
  roles: organisers,
  loadContext: async () => ({}),
  decide: (command, state) => {
    const voting = mustHaveOpenedVoting(state, command.processId);
    if (voting.status !== 'open') throw new SpoorError(ErrorCode.InvalidState, `processId: voting is already closed for process ${command.processId}`, 'processId');
    return [{ type: 'VotingClosed', data: { processId: command.processId, ballotCount: voting.ballots.length } }];
  },
});
