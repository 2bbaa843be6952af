import { ErrorCode, SpoorError } from '@spoor/contracts';
import { mustExist } from '../../shared/rules.js';
import { defineUseCase } from '../../shared/use-case.js';
import { ambassadorAggregate } from '../ambassador.js';

export const recordAmbassadorTraining = defineUseCase({
  command: 'RecordAmbassadorTraining',
  aggregate: ambassadorAggregate,
  idField: 'ambassadorId',
  roles: ['organiser'],
  loadContext: async () => undefined,
  decide: (command, state) => {
    const ambassador = mustExist(state, 'Ambassador', command.ambassadorId);
    if (ambassador.trainings.includes(`${command.trainedOn} ${command.training}`)) {
      throw new SpoorError(ErrorCode.AlreadyExists, `training: ${command.training} on ${command.trainedOn} is already recorded`, 'training');
    }
    return [{ type: 'AmbassadorTrained', data: { ...command } }];
  },
});
