import { ErrorCode, SpoorError } from '@spoor/contracts';
import { defineUseCase } from '../../shared/use-case.js';
import { proposalAggregate } from '../proposal.js';
import { mustExistProposal, mustServeProposal } from '../proposal-rules.js';
import { followUpRecorders } from '../working-group-access.js';

export const reviseProposal = defineUseCase({
  command: 'ReviseProposal',
  aggregate: proposalAggregate,
  idField: 'proposalId',
  roles: followUpRecorders,
  loadContext: async () => undefined,
  authorize: (principal, _command, state) => mustServeProposal(principal, state),
  decide: (command, state) => {
    const proposal = mustExistProposal(state, command.proposalId);
    switch (proposal.status) {
      case 'adopted':
        throw new SpoorError(ErrorCode.InvalidState, `proposalId: proposal ${command.proposalId} was adopted on ${proposal.adoptedOn}; an adopted proposal is frozen`, 'proposalId');
      case 'submitted':
        throw new SpoorError(
          ErrorCode.InvalidState,
          `proposalId: version ${proposal.version} of proposal ${command.proposalId} was submitted and awaits a decision; it can be revised once rejected`,
          'proposalId',
        );
      case 'drafted':
      case 'rejected':
        break;
      default: {
        const _exhaustive: never = proposal;
        throw new Error(`unknown proposal state ${JSON.stringify(_exhaustive)}`);
      }
    }
    if (proposal.title === command.title && proposal.text === command.text) {
      throw new SpoorError(ErrorCode.BadUserInput, `text: the title and text are the same as version ${proposal.version}`, 'text');
    }
    return [{ type: 'ProposalRevised', data: { ...command, version: proposal.version + 1 } }];
  },
});
