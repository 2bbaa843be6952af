import { loadProcess, mustBeInProcess } from '../../process/process-context.js';
import { mustBeNew } from '../../shared/rules.js';
import { defineUseCase } from '../../shared/use-case.js';
import { ambassadorAggregate } from '../ambassador.js';

export const registerAmbassador = defineUseCase({
  command: 'RegisterAmbassador',
  aggregate: ambassadorAggregate,
  idField: 'ambassadorId',
  roles: ['organiser'],
  loadContext: (command, reader) => loadProcess(reader, command.processId),
  decide: (command, state, { process }) => {
    mustBeInProcess(process, command.processId, command.districtCode);
    mustBeNew(state, 'Ambassador', command.ambassadorId);
    return [{ type: 'AmbassadorRegistered', data: { ...command } }];
  },
});
