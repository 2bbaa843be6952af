import { ErrorCode, SpoorError } from '@spoor/contracts';
import { defineUseCase } from '../../shared/use-case.js';
import { proposalAggregate } from '../proposal.js';
import { mustExistProposal, mustServeProposal } from '../proposal-rules.js';
import { followUpRecorders } from '../working-group-access.js';

const notDraft = { submitted: 'was already submitted', adopted: 'was adopted', rejected: 'was rejected; revise it before submitting it again' } as const;

export const submitProposal = defineUseCase({
  command: 'SubmitProposal',
  aggregate: proposalAggregate,
  idField: 'proposalId',
  roles: followUpRecorders,
  loadContext: async () => undefined,
  authorize: (principal, _command, state) => mustServeProposal(principal, state),
  decide: (command, state) => {
    const proposal = mustExistProposal(state, command.proposalId);
    if (proposal.status !== 'drafted') {
      throw new SpoorError(ErrorCode.InvalidState, `proposalId: proposal ${command.proposalId} ${notDraft[proposal.status]}; only a draft can be submitted`, 'proposalId');
    }
    return [{ type: 'ProposalSubmitted', data: { ...command, version: proposal.version } }];
  },
});
