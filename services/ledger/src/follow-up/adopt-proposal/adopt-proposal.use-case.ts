import { defineUseCase } from '../../shared/use-case.js';
import { proposalAggregate } from '../proposal.js';
import { mustAwaitDecision } from '../proposal-decision.js';

export const adoptProposal = defineUseCase({
  command: 'AdoptProposal',
  aggregate: proposalAggregate,
  idField: 'proposalId',
  roles: ['organiser'],
  loadContext: async () => undefined,
  decide: (command, state) => {
    const proposal = mustAwaitDecision(state, command.proposalId, command.adoptedOn, 'adoptedOn');
    return [{ type: 'ProposalAdopted', data: { ...command, version: proposal.version } }];
  },
});
