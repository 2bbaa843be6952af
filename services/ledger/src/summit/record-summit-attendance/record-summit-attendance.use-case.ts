import { ErrorCode, SpoorError } from '@spoor/contracts';
import { participantAggregate } from '../../recruitment/participant.js';
import { wildcardAggregate } from '../../recruitment/wildcard.js';
import { defineUseCase } from '../../shared/use-case.js';
import { type Attendance, summitAggregate } from '../summit.js';
import { mustBeScheduled, organisers, PRESENT } from '../summit-rules.js';

export const recordSummitAttendance = defineUseCase({
  command: 'RecordSummitAttendance',
  aggregate: summitAggregate,
  idField: 'processId',
  roles: organisers,
  loadContext: async (command, reader) => ({
    // The process each attendee is registered in, as the kind given; undefined when not registered as that kind.
    registeredIn: await Promise.all(
      command.entries.map(async ({ attendeeId, kind }): Promise<string | undefined> => {
        const state = kind === 'participant' ? (await reader.load(participantAggregate, attendeeId)).state : (await reader.load(wildcardAggregate, attendeeId)).state;
        return state.status === 'registered' ? state.processId : undefined;
      }),
    ),
  }),
  decide: (command, state, { registeredIn }) => {
    const summit = mustBeScheduled(state, command.processId);
    command.entries.forEach(({ attendeeId, kind }, i) => {
      if (registeredIn[i] !== command.processId) {
        throw new SpoorError(ErrorCode.PreconditionFailed, `entries.${i}.attendeeId: ${kind} ${attendeeId} is not registered in process ${command.processId}`, `entries.${i}.attendeeId`);
      }
      const earlier = summit.attendance[attendeeId];
      if (earlier && earlier.kind !== kind) {
        throw new SpoorError(ErrorCode.InvalidState, `entries.${i}.kind: ${attendeeId} was recorded as a ${earlier.kind} before, not a ${kind}`, `entries.${i}.kind`);
      }
    });
    const after: Record<string, Attendance> = { ...summit.attendance, ...Object.fromEntries(command.entries.map((e) => [e.attendeeId, { kind: e.kind, status: e.status }])) };
    const present = Object.values(after).filter((a) => (PRESENT as readonly string[]).includes(a.status));
    if (present.length > summit.capacity) {
      throw new SpoorError(
        ErrorCode.InvalidState,
        `entries: this would bring ${present.length} people (invited, confirmed or attended) to the summit; its capacity is ${summit.capacity}`,
        'entries',
      );
    }
    const wildcards = present.filter((a) => a.kind === 'wildcard').length;
    if (wildcards > summit.wildcardLimit) {
      throw new SpoorError(
        ErrorCode.InvalidState,
        `entries: this would bring ${wildcards} wildcards (invited, confirmed or attended) to the summit; the wildcard limit is ${summit.wildcardLimit}`,
        'entries',
      );
    }
    return [{ type: 'SummitAttendanceRecorded', data: { ...command } }];
  },
});
