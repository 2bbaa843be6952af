import { ErrorCode, SpoorError } from '@spoor/contracts';
import { mustExist } from '../../shared/rules.js';
import { defineUseCase } from '../../shared/use-case.js';
import { updateAggregate } from '../update.js';

export const correctUpdate = defineUseCase({
  command: 'CorrectUpdate',
  aggregate: updateAggregate,
  idField: 'updateId',
  roles: ['organiser'],
  loadContext: async () => undefined,
  decide: (command, state) => {
    const update = mustExist(state, 'Update', command.updateId);
    if (update.title === command.title && update.body === command.body) {
      throw new SpoorError(ErrorCode.BadUserInput, 'body: the title and body are the same as now; a correction changes something', 'body');
    }
    const latest = update.correctedOn ?? update.publishedOn;
    if (command.correctedOn < latest) {
      throw new SpoorError(ErrorCode.BadUserInput, `correctedOn: ${command.correctedOn} is before the update was last published or corrected (${latest})`, 'correctedOn');
    }
    return [{ type: 'UpdateCorrected', data: { ...command } }];
  },
});
