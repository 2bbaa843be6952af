import { defineUseCase } from '../../shared/use-case.js';
import { proposalAggregate } from '../proposal.js';
import { mustAwaitDecision } from '../proposal-decision.js';

export const rejectProposal = defineUseCase({
  command: 'RejectProposal',
  aggregate: proposalAggregate,
  idField: 'proposalId',
  roles: ['organiser'],
  loadContext: async () => undefined,
  decide: (command, state) => {
    const proposal = mustAwaitDecision(state, command.proposalId, command.rejectedOn, 'rejectedOn');
    return [{ type: 'ProposalRejected', data: { ...command, version: proposal.version } }];
  },
});
