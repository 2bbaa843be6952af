import { ErrorCode, SpoorError } from '@spoor/contracts';
import { mustExist } from '../../shared/rules.js';
import { defineUseCase } from '../../shared/use-case.js';
import { participantAggregate } from '../participant.js';

export const recordConsent = defineUseCase({
  command: 'RecordConsent',
  aggregate: participantAggregate,
  idField: 'participantId',
  roles: ['organiser', 'ambassador'],
  loadContext: async () => undefined,
  decide: (command, state) => {
    const participant = mustExist(state, 'Participant', command.participantId);
    if (participant.consents.includes(command.purpose)) {
      throw new SpoorError(ErrorCode.InvalidState, `purpose: consent for ${command.purpose} is already given`, 'purpose');
    }
    return [{ type: 'ConsentRecorded', data: { ...command } }];
  },
});
