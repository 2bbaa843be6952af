import { ErrorCode, SpoorError } from '@spoor/contracts';
import { forbidden } from '../shared/rules.js';
import type { ContextReader, Principal } from '../shared/use-case.js';
import { type Conversation, conversationAggregate } from './conversation.js';

export const loadConversation = async (reader: ContextReader, conversationId: string): Promise<{ conversation: Conversation }> => ({
  conversation: (await reader.load(conversationAggregate, conversationId)).state,
});

/** An ambassador may record only for the conversations they host. */
export const mustHost = (principal: Principal, conversation: Conversation): void => {
  if (principal.actor.role !== 'ambassador') return;
  if (conversation.status === 'none' || conversation.ambassadorId !== principal.ambassadorId) {
    throw forbidden('An ambassador may record only for conversations they host');
  }
};

/** Ideas need a conversation that was held and whose report is not yet in. */
export const mustBeOpenForIdeas = (conversation: Conversation, conversationId: string): void => {
  switch (conversation.status) {
    case 'none':
      throw new SpoorError(ErrorCode.NotFound, `conversationId: conversation ${conversationId} does not exist`, 'conversationId');
    case 'planned':
      throw new SpoorError(ErrorCode.PreconditionFailed, `conversationId: conversation ${conversationId} has not been recorded as held; an idea needs a held conversation`, 'conversationId');
    case 'reported':
      throw new SpoorError(ErrorCode.InvalidState, `conversationId: the report of conversation ${conversationId} was submitted, which closed its intake`, 'conversationId');
    case 'held':
      return;
    default: {
      const _exhaustive: never = conversation;
      throw new Error(`unknown conversation state ${JSON.stringify(_exhaustive)}`);
    }
  }
};
