import { ErrorCode, SpoorError } from '@spoor/contracts';
import { defineUseCase } from '../../shared/use-case.js';
import { mustBeDistrictOf, mustBeNew } from '../../shared/rules.js';
import { processAggregate } from '../process.js';

export const startProcess = defineUseCase({
  command: 'StartProcess',
  aggregate: processAggregate,
  idField: 'processId',
  roles: ['organiser'],
  loadContext: async () => undefined,
  decide: (command, state) => {
    mustBeNew(state, 'Process', command.processId);
    const phases = command.plannedPhases.map((p) => p.phase);
    if (new Set(phases).size !== phases.length) {
      throw new SpoorError(ErrorCode.BadUserInput, 'plannedPhases: a phase is planned twice', 'plannedPhases');
    }
    for (const [i, p] of command.plannedPhases.entries()) {
      if (p.startsOn && p.endsOn && p.endsOn < p.startsOn) {
        throw new SpoorError(ErrorCode.BadUserInput, `plannedPhases.${i}.endsOn: ends before it starts`, `plannedPhases.${i}.endsOn`);
      }
    }
    command.districts.forEach((d, i) => mustBeDistrictOf(d.code, command.municipalityCode, `districts.${i}.code`));
    return [{ type: 'ProcessStarted', data: { ...command } }];
  },
});
