import { loadProcess, mustBeInProcess } from '../../process/process-context.js';
import { mustBeNew } from '../../shared/rules.js';
import { defineUseCase } from '../../shared/use-case.js';
import { updateAggregate } from '../update.js';

export const publishUpdate = defineUseCase({
  command: 'PublishUpdate',
  aggregate: updateAggregate,
  idField: 'updateId',
  roles: ['organiser'],
  loadContext: (command, reader) => loadProcess(reader, command.processId),
  decide: (command, state, { process }) => {
    mustBeInProcess(process, command.processId);
    mustBeNew(state, 'Update', command.updateId);
    return [{ type: 'UpdatePublished', data: { ...command } }];
  },
});
