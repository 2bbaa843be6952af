import { ErrorCode, SpoorError } from '@spoor/contracts';
import { loadProcess, mustBeInProcess } from '../../process/process-context.js';
import { ambassadorAggregate } from '../../recruitment/ambassador.js';
import { forbidden, mustBeNew } from '../../shared/rules.js';
import { defineUseCase } from '../../shared/use-case.js';
import { conversationAggregate } from '../conversation.js';

export const planConversation = defineUseCase({
  command: 'PlanConversation',
  aggregate: conversationAggregate,
  idField: 'conversationId',
  roles: ['organiser', 'ambassador'],
  loadContext: async (command, reader) => {
    const ambassador = (await reader.load(ambassadorAggregate, command.ambassadorId)).state;
    return { ambassador, ...(ambassador.status === 'registered' ? await loadProcess(reader, ambassador.processId) : { process: undefined }) };
  },
  authorize: (principal, command) => {
    if (principal.actor.role === 'ambassador' && principal.ambassadorId !== command.ambassadorId) {
      throw forbidden('An ambassador may plan only conversations they host');
    }
  },
  decide: (command, state, { ambassador, process }) => {
    if (ambassador.status !== 'registered' || !process) {
      throw new SpoorError(ErrorCode.PreconditionFailed, `ambassadorId: ambassador ${command.ambassadorId} is not registered`, 'ambassadorId');
    }
    mustBeInProcess(process, ambassador.processId, command.districtCode);
    mustBeNew(state, 'Conversation', command.conversationId);
    return [{ type: 'ConversationPlanned', data: { ...command, processId: ambassador.processId } }];
  },
});
