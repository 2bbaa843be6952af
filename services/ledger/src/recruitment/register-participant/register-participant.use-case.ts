import { loadProcess, mustBeInProcess } from '../../process/process-context.js';
import { mustBeNew } from '../../shared/rules.js';
import { defineUseCase } from '../../shared/use-case.js';
import { participantAggregate } from '../participant.js';

export const registerParticipant = defineUseCase({
  command: 'RegisterParticipant',
  aggregate: participantAggregate,
  idField: 'participantId',
  roles: ['organiser', 'ambassador'],
  loadContext: (command, reader) => loadProcess(reader, command.processId),
  decide: (command, state, { process }) => {
    mustBeInProcess(process, command.processId, command.districtCode);
    mustBeNew(state, 'Participant', command.participantId);
    return [{ type: 'ParticipantRegistered', data: { ...command } }];
  },
});
