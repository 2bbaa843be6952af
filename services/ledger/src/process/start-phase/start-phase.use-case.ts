import { ErrorCode, PhaseSchema, SpoorError } from '@spoor/contracts';
import { defineUseCase } from '../../shared/use-case.js';
import { mustExist } from '../../shared/rules.js';
import { processAggregate } from '../process.js';

const order = PhaseSchema.options;

export const startPhase = defineUseCase({
  command: 'StartPhase',
  aggregate: processAggregate,
  idField: 'processId',
  roles: ['organiser'],
  loadContext: async () => undefined,
  decide: (command, state) => {
    const process = mustExist(state, 'Process', command.processId);
    if (!process.plannedPhases.includes(command.phase)) {
      throw new SpoorError(ErrorCode.PreconditionFailed, `phase: ${command.phase} is not among the phases planned for this process`, 'phase');
    }
    if (process.startedPhases.includes(command.phase)) {
      throw new SpoorError(ErrorCode.InvalidState, `phase: ${command.phase} has already started`, 'phase');
    }
    const latest = process.startedPhases.at(-1);
    if (latest && order.indexOf(command.phase) < order.indexOf(latest)) {
      throw new SpoorError(ErrorCode.InvalidState, `phase: ${command.phase} comes before ${latest}, which has already started`, 'phase');
    }
    return [{ type: 'PhaseStarted', data: { ...command } }];
  },
});
