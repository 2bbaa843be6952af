import { ErrorCode, SpoorError } from '@spoor/contracts';
import { defineUseCase } from '../../shared/use-case.js';
import { followUpRecorders, mustBeFormed, mustServeWorkingGroup } from '../working-group-access.js';
import { membershipOf, workingGroupAggregate } from '../working-group.js';

export const leaveWorkingGroup = defineUseCase({
  command: 'LeaveWorkingGroup',
  aggregate: workingGroupAggregate,
  idField: 'workingGroupId',
  roles: followUpRecorders,
  loadContext: async () => undefined,
  authorize: (principal, command) => mustServeWorkingGroup(principal, command.workingGroupId),
  decide: (command, state) => {
    const group = mustBeFormed(state, command.workingGroupId);
    if (!membershipOf(group, command.member)) {
      const { id, kind } = command.member;
      throw new SpoorError(ErrorCode.PreconditionFailed, `member.id: ${kind} ${id} is not a member of working group ${group.workingGroupId}`, 'member.id');
    }
    return [{ type: 'WorkingGroupLeft', data: { ...command } }];
  },
});
