import { ErrorCode, SpoorError } from '@spoor/contracts';
import { mustExist } from '../../shared/rules.js';
import { defineUseCase } from '../../shared/use-case.js';
import { participantAggregate } from '../participant.js';

export const withdrawConsent = defineUseCase({
  command: 'WithdrawConsent',
  aggregate: participantAggregate,
  idField: 'participantId',
  roles: ['organiser'],
  loadContext: async () => undefined,
  decide: (command, state) => {
    const participant = mustExist(state, 'Participant', command.participantId);
    if (!participant.consents.includes(command.purpose)) {
      throw new SpoorError(ErrorCode.InvalidState, `purpose: there is no consent for ${command.purpose} to withdraw`, 'purpose');
    }
    return [{ type: 'ConsentWithdrawn', data: { ...command } }];
  },
});
