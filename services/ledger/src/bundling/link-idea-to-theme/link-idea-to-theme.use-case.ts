import { ErrorCode, SpoorError } from '@spoor/contracts';
import { conversationAggregate } from '../../conversations/conversation.js';
import { ideaAggregate } from '../../conversations/idea.js';
import { defineUseCase } from '../../shared/use-case.js';
import { bundlers, mustBeActiveTheme } from '../bundling-rules.js';
import { themeMapAggregate } from '../theme-map.js';

export const linkIdeaToTheme = defineUseCase({
  command: 'LinkIdeaToTheme',
  aggregate: themeMapAggregate,
  idField: 'processId',
  roles: bundlers,
  loadContext: async (command, reader) => {
    const idea = (await reader.load(ideaAggregate, command.ideaId)).state;
    const conversation = idea.status === 'none' ? undefined : (await reader.load(conversationAggregate, idea.conversationId)).state;
    return { idea, ideaProcessId: conversation?.status === 'none' ? undefined : conversation?.processId };
  },
  decide: (command, map, { idea, ideaProcessId }) => {
    const theme = mustBeActiveTheme(map, command.themeId, 'themeId');
    if (idea.status === 'none') throw new SpoorError(ErrorCode.NotFound, `ideaId: idea ${command.ideaId} does not exist`, 'ideaId');
    if (idea.status === 'withdrawn') {
      throw new SpoorError(ErrorCode.InvalidState, `ideaId: idea ${command.ideaId} was withdrawn at the participant's request and cannot be bundled`, 'ideaId');
    }
    if (ideaProcessId !== command.processId) {
      throw new SpoorError(ErrorCode.PreconditionFailed, `ideaId: idea ${command.ideaId} belongs to another process`, 'ideaId');
    }
    if (theme.ideaIds.includes(command.ideaId)) {
      throw new SpoorError(ErrorCode.AlreadyExists, `ideaId: idea ${command.ideaId} is already in theme ${command.themeId}`, 'ideaId');
    }
    return [{ type: 'IdeaLinkedToTheme', data: { ...command } }];
  },
});
