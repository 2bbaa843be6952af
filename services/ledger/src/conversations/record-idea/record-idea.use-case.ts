import { mustBeNew } from '../../shared/rules.js';
import { receiptCodeFor } from '../../shared/ids.js';
import { defineUseCase } from '../../shared/use-case.js';
import { loadConversation, mustBeOpenForIdeas, mustHost } from '../conversation-access.js';
import { ideaAggregate } from '../idea.js';

export const recordIdea = defineUseCase({
  command: 'RecordIdea',
  aggregate: ideaAggregate,
  idField: 'ideaId',
  roles: ['organiser', 'ambassador'],
  loadContext: (command, reader) => loadConversation(reader, command.conversationId),
  authorize: (principal, _command, _state, { conversation }) => mustHost(principal, conversation),
  decide: (command, state, { conversation }) => {
    mustBeOpenForIdeas(conversation, command.conversationId);
    mustBeNew(state, 'Idea', command.ideaId);
    return [{ type: 'IdeaRecorded', data: { ...command, receiptCode: receiptCodeFor(command.ideaId) } }];
  },
});
