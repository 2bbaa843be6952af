import { ErrorCode, SpoorError } from '@spoor/contracts';
import { mustExist } from '../../shared/rules.js';
import { defineUseCase } from '../../shared/use-case.js';
import { type Conversation, conversationAggregate } from '../conversation.js';
import { mustHost } from '../conversation-access.js';
import { ideaAggregate } from '../idea.js';

export const reviseIdeaText = defineUseCase({
  command: 'ReviseIdeaText',
  aggregate: ideaAggregate,
  idField: 'ideaId',
  roles: ['organiser', 'moderator', 'ambassador'],
  loadContext: async (command, reader) => {
    const idea = (await reader.load(ideaAggregate, command.ideaId)).state;
    const conversation: Conversation = idea.status === 'none' ? { status: 'none' } : (await reader.load(conversationAggregate, idea.conversationId)).state;
    return { conversation };
  },
  authorize: (principal, _command, _state, { conversation }) => mustHost(principal, conversation),
  decide: (command, state) => {
    const idea = mustExist(state, 'Idea', command.ideaId);
    if (idea.status === 'withdrawn') {
      throw new SpoorError(ErrorCode.InvalidState, `ideaId: idea ${command.ideaId} was withdrawn; its text cannot be revised`, 'ideaId');
    }
    if (idea.text === command.text) {
      throw new SpoorError(ErrorCode.BadUserInput, 'text: is the same as the current text', 'text');
    }
    return [{ type: 'IdeaTextRevised', data: { ...command } }];
  },
});
