import { ErrorCode, SpoorError } from '@spoor/contracts';
import { defineUseCase } from '../../shared/use-case.js';
import { summitAggregate } from '../summit.js';
import { mustBeScheduled, organisersAndFacilitators } from '../summit-rules.js';

export const recordTableDiscussion = defineUseCase({
  command: 'RecordTableDiscussion',
  aggregate: summitAggregate,
  idField: 'processId',
  roles: organisersAndFacilitators,
  loadContext: async () => ({}),
  decide: (command, state) => {
    const summit = mustBeScheduled(state, command.processId);
    if (!summit.tables) {
      throw new SpoorError(ErrorCode.PreconditionFailed, `table: the tables of the summit of process ${command.processId} have not been allocated yet`, 'table');
    }
    if (!summit.tables.some((t) => t.table === command.table)) {
      throw new SpoorError(ErrorCode.NotFound, `table: there is no table ${command.table}; the summit has tables 1 to ${summit.tables.length}`, 'table');
    }
    if (!summit.agenda.includes(command.themeId)) {
      throw new SpoorError(ErrorCode.PreconditionFailed, `themeId: theme ${command.themeId} is not on the summit's agenda`, 'themeId');
    }
    return [{ type: 'TableDiscussionRecorded', data: { ...command } }];
  },
});
