import { ErrorCode, SpoorError } from '@spoor/contracts';
import { mustExist } from '../../shared/rules.js';
import { defineUseCase } from '../../shared/use-case.js';
import { participantAggregate } from '../participant.js';

/**
 * Records that a participant's personal data is erased. The ErasureReactor (privacy/) then destroys
 * the vault key, which makes the sealed data in ParticipantRegistered unreadable for good. The
 * pseudonymous record and its bands stay, so the participant still counts in the aggregates.
 */
export const eraseParticipantData = defineUseCase({
  command: 'EraseParticipantData',
  aggregate: participantAggregate,
  idField: 'participantId',
  roles: ['organiser'],
  loadContext: async () => undefined,
  decide: (command, state) => {
    const participant = mustExist(state, 'Participant', command.participantId);
    if (participant.dataErased) {
      throw new SpoorError(ErrorCode.InvalidState, `participantId: the personal data of participant ${command.participantId} was already erased`, 'participantId');
    }
    return [{ type: 'ParticipantDataErased', data: { participantId: command.participantId, reason: command.reason, erasedOn: command.erasedOn } }];
  },
});
