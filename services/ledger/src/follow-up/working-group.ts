import type { z } from 'zod';
import type { AttendeeKindSchema, WorkingGroupKindSchema, WorkingGroupRoleSchema } from '@spoor/contracts';
import { type Aggregate, type EventOf, UnknownEventError } from '../shared/decider.js';

export type WorkingGroupEvent = EventOf<'WorkingGroupFormed' | 'WorkingGroupJoined' | 'WorkingGroupLeft' | 'WorkingGroupMeetingHeld'>;

export interface Member {
  readonly id: string;
  readonly kind: z.infer<typeof AttendeeKindSchema>;
  readonly role: z.infer<typeof WorkingGroupRoleSchema>;
}

/** A werkgroep or rondetafel (stream `working-group-<id>`): its themes, its current members and its meetings. */
export type WorkingGroup =
  | { readonly status: 'none' }
  | {
      readonly status: 'formed';
      readonly workingGroupId: string;
      readonly processId: string;
      readonly kind: z.infer<typeof WorkingGroupKindSchema>;
      readonly themeIds: readonly string[];
      /** Current members; those who left are only in the history. */
      readonly members: readonly Member[];
      readonly meetingIds: readonly string[];
    };

const isSame = (a: { id: string; kind: string }, b: { id: string; kind: string }): boolean => a.id === b.id && a.kind === b.kind;

export const workingGroupAggregate: Aggregate<WorkingGroup, WorkingGroupEvent> = {
  streamPrefix: 'working-group',
  eventTypes: ['WorkingGroupFormed', 'WorkingGroupJoined', 'WorkingGroupLeft', 'WorkingGroupMeetingHeld'],
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) => {
    if (event.type === 'WorkingGroupFormed') {
      const { workingGroupId, processId, kind, themeIds } = event.data;
      return { status: 'formed', workingGroupId, processId, kind, themeIds, members: [], meetingIds: [] };
    }
    if (state.status === 'none') return state;
    switch (event.type) {
      case 'WorkingGroupJoined':
        return { ...state, members: [...state.members, { ...event.data.member, role: event.data.role }] };
      case 'WorkingGroupLeft':
        return { ...state, members: state.members.filter((m) => !isSame(m, event.data.member)) };
      case 'WorkingGroupMeetingHeld':
        return { ...state, meetingIds: [...state.meetingIds, event.data.meetingId] };
      default:
        throw new UnknownEventError(event);
    }
  },
};

/** The current membership of this participant or wildcard, if any. */
export const membershipOf = (group: Extract<WorkingGroup, { status: 'formed' }>, member: { id: string; kind: string }): Member | undefined =>
  group.members.find((m) => isSame(m, member));
