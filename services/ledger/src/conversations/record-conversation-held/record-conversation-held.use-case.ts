import { ErrorCode, SpoorError } from '@spoor/contracts';
import { participantAggregate } from '../../recruitment/participant.js';
import { defineUseCase } from '../../shared/use-case.js';
import { conversationAggregate } from '../conversation.js';
import { mustHost } from '../conversation-access.js';

export const recordConversationHeld = defineUseCase({
  command: 'RecordConversationHeld',
  aggregate: conversationAggregate,
  idField: 'conversationId',
  roles: ['organiser', 'ambassador'],
  loadContext: async (command, reader) => ({
    participants: await Promise.all(command.participantIds.map(async (id) => ({ id, participant: (await reader.load(participantAggregate, id)).state }))),
  }),
  authorize: (principal, _command, state) => mustHost(principal, state),
  decide: (command, state, { participants }) => {
    if (state.status === 'none') {
      throw new SpoorError(ErrorCode.NotFound, `conversationId: conversation ${command.conversationId} does not exist`, 'conversationId');
    }
    if (state.status !== 'planned') {
      throw new SpoorError(ErrorCode.InvalidState, `conversationId: conversation ${command.conversationId} is already recorded as held`, 'conversationId');
    }
    participants.forEach(({ id, participant }, i) => {
      if (participant.status !== 'registered' || participant.processId !== state.processId) {
        throw new SpoorError(ErrorCode.PreconditionFailed, `participantIds.${i}: participant ${id} is not registered in this process`, `participantIds.${i}`);
      }
    });
    return [{ type: 'ConversationHeld', data: { ...command } }];
  },
});
