import { loadProcess, mustBeInProcess } from '../../process/process-context.js';
import { mustBeNew } from '../../shared/rules.js';
import { defineUseCase } from '../../shared/use-case.js';
import { manifestoAggregate } from '../manifesto.js';

export const draftManifesto = defineUseCase({
  command: 'DraftManifesto',
  aggregate: manifestoAggregate,
  idField: 'manifestoId',
  roles: ['organiser'],
  loadContext: (command, reader) => loadProcess(reader, command.processId),
  decide: (command, state, { process }) => {
    mustBeInProcess(process, command.processId);
    mustBeNew(state, 'Manifesto', command.manifestoId);
    return [{ type: 'ManifestoDrafted', data: { ...command } }];
  },
});
