import { ErrorCode, SpoorError } from '@spoor/contracts';
import { defineUseCase } from '../../shared/use-case.js';
import { conversationAggregate } from '../conversation.js';
import { mustBeOpenForIdeas, mustHost } from '../conversation-access.js';

export const submitConversationReport = defineUseCase({
  command: 'SubmitConversationReport',
  aggregate: conversationAggregate,
  idField: 'conversationId',
  roles: ['organiser', 'ambassador'],
  loadContext: async (command, reader) => ({ ideaCount: reader.ideaCountOf(command.conversationId) }),
  authorize: (principal, _command, state) => mustHost(principal, state),
  decide: (command, state, { ideaCount }) => {
    mustBeOpenForIdeas(state, command.conversationId);
    if (state.status === 'held' && command.submittedOn < state.heldOn) {
      throw new SpoorError(ErrorCode.BadUserInput, `submittedOn: ${command.submittedOn} is before the conversation was held (${state.heldOn})`, 'submittedOn');
    }
    return [{ type: 'ConversationReportSubmitted', data: { ...command, ideaCount } }];
  },
});
