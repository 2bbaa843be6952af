import { ErrorCode, SpoorError } from '@spoor/contracts';
import { participantAggregate } from '../../recruitment/participant.js';
import { wildcardAggregate } from '../../recruitment/wildcard.js';
import { defineUseCase } from '../../shared/use-case.js';
import { followUpRecorders, mustBeFormed, mustServeWorkingGroup } from '../working-group-access.js';
import { membershipOf, workingGroupAggregate } from '../working-group.js';

export const joinWorkingGroup = defineUseCase({
  command: 'JoinWorkingGroup',
  aggregate: workingGroupAggregate,
  idField: 'workingGroupId',
  roles: followUpRecorders,
  loadContext: async ({ member }, reader) => {
    const registration =
      member.kind === 'participant' ? (await reader.load(participantAggregate, member.id)).state : (await reader.load(wildcardAggregate, member.id)).state;
    return { registeredIn: registration.status === 'registered' ? registration.processId : undefined };
  },
  authorize: (principal, command) => mustServeWorkingGroup(principal, command.workingGroupId),
  decide: (command, state, { registeredIn }) => {
    const group = mustBeFormed(state, command.workingGroupId);
    const { id, kind } = command.member;
    if (registeredIn !== group.processId) {
      throw new SpoorError(ErrorCode.PreconditionFailed, `member.id: ${kind} ${id} is not registered in process ${group.processId}`, 'member.id');
    }
    const current = membershipOf(group, command.member);
    if (current) {
      throw new SpoorError(ErrorCode.AlreadyExists, `member.id: ${kind} ${id} is already in working group ${group.workingGroupId} (as ${current.role})`, 'member.id');
    }
    return [{ type: 'WorkingGroupJoined', data: { ...command } }];
  },
});
