import { ErrorCode, SpoorError } from '@spoor/contracts';
import { defineUseCase } from '../../shared/use-case.js';
import { followUpRecorders, mustBeFormed, mustServeWorkingGroup } from '../working-group-access.js';
import { workingGroupAggregate } from '../working-group.js';

export const recordWorkingGroupMeeting = defineUseCase({
  command: 'RecordWorkingGroupMeeting',
  aggregate: workingGroupAggregate,
  idField: 'workingGroupId',
  roles: followUpRecorders,
  loadContext: async () => undefined,
  authorize: (principal, command) => mustServeWorkingGroup(principal, command.workingGroupId),
  decide: (command, state) => {
    const group = mustBeFormed(state, command.workingGroupId);
    if (group.meetingIds.includes(command.meetingId)) {
      throw new SpoorError(ErrorCode.AlreadyExists, `meetingId: meeting ${command.meetingId} of working group ${group.workingGroupId} was already recorded`, 'meetingId');
    }
    return [{ type: 'WorkingGroupMeetingHeld', data: { ...command } }];
  },
});
