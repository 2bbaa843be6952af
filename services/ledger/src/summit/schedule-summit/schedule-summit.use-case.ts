import { ErrorCode, SpoorError } from '@spoor/contracts';
import { loadProcess, mustBeInProcess } from '../../process/process-context.js';
import { defineUseCase } from '../../shared/use-case.js';
import { summitAggregate } from '../summit.js';
import { organisers } from '../summit-rules.js';

export const scheduleSummit = defineUseCase({
  command: 'ScheduleSummit',
  aggregate: summitAggregate,
  idField: 'processId',
  roles: organisers,
  loadContext: (command, reader) => loadProcess(reader, command.processId),
  decide: (command, state, { process }) => {
    mustBeInProcess(process, command.processId);
    if (state.status !== 'none') {
      throw new SpoorError(ErrorCode.AlreadyExists, `processId: the summit of process ${command.processId} is already scheduled (for ${state.date}); a process has one summit`, 'processId');
    }
    return [{ type: 'SummitScheduled', data: { ...command } }];
  },
});
