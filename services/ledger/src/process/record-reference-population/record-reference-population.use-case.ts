import { ErrorCode, SpoorError } from '@spoor/contracts';
import { defineUseCase } from '../../shared/use-case.js';
import { mustBeDistrictOf, mustExist } from '../../shared/rules.js';
import { processAggregate } from '../process.js';

export const recordReferencePopulation = defineUseCase({
  command: 'RecordReferencePopulation',
  aggregate: processAggregate,
  idField: 'processId',
  roles: ['organiser'],
  loadContext: async () => undefined,
  decide: (command, state) => {
    const process = mustExist(state, 'Process', command.processId);
    const seen = new Set<string>();
    command.figures.forEach((figure, i) => {
      if (figure.districtCode) mustBeDistrictOf(figure.districtCode, process.municipalityCode, `figures.${i}.districtCode`);
      const key = `${figure.districtCode ?? 'city'}|${figure.dimension}|${figure.band}`;
      if (seen.has(key)) {
        throw new SpoorError(ErrorCode.BadUserInput, `figures.${i}: ${key} is given twice`, `figures.${i}`);
      }
      seen.add(key);
    });
    return [{ type: 'ReferencePopulationRecorded', data: { ...command } }];
  },
});
