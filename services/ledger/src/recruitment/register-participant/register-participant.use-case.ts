import type { SealedPersonalData } from '@spoor/contracts';
import { loadProcess, mustBeInProcess } from '../../process/process-context.js';
import { mustBeNew } from '../../shared/rules.js';
import { defineUseCase } from '../../shared/use-case.js';
import { participantAggregate } from '../participant.js';
import { sealPersonalData } from './seal-personal-data.js';

export const registerParticipant = defineUseCase({
  command: 'RegisterParticipant',
  aggregate: participantAggregate,
  idField: 'participantId',
  roles: ['organiser', 'ambassador'],
  // Sealing happens here, outside decide: it creates a key and draws a random IV.
  loadContext: async (command, reader) => ({
    ...(await loadProcess(reader, command.processId)),
    sealed: sealPersonalData(reader, command.participantId, command.personal),
  }),
  decide: (command, state, { process, sealed }) => {
    mustBeInProcess(process, command.processId, command.districtCode);
    mustBeNew(state, 'Participant', command.participantId);
    const { participantId, processId, districtCode, ageBand, gender, otherBands } = command;
    // Field by field, never `...command`: the plaintext `personal` must not reach the event.
    const sealedPersonalData: { sealedPersonalData?: SealedPersonalData } = sealed ? { sealedPersonalData: sealed } : {};
    return [{ type: 'ParticipantRegistered', data: { participantId, processId, districtCode, ageBand, gender, otherBands, ...sealedPersonalData } }];
  },
});
