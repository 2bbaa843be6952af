import type { z } from 'zod';
import type { AllocatedTableSchema, AttendanceStatusSchema, AttendeeKindSchema } from '@spoor/contracts';
import { type Aggregate, type EventOf, UnknownEventError } from '../shared/decider.js';

export type SummitEvent = EventOf<'SummitScheduled' | 'ThemePutOnAgenda' | 'SummitAttendanceRecorded' | 'TablesAllocated' | 'TableDiscussionRecorded'>;

export interface Attendance {
  readonly kind: z.infer<typeof AttendeeKindSchema>;
  readonly status: z.infer<typeof AttendanceStatusSchema>;
}

/** The summit of a process (stream `summit-<processId>`): schedule, agenda, attendance, tables. */
export type Summit =
  | { readonly status: 'none' }
  | {
      readonly status: 'scheduled';
      readonly processId: string;
      readonly date: string;
      readonly capacity: number;
      readonly wildcardLimit: number;
      /** Theme ids in the order they were put on the agenda. */
      readonly agenda: readonly string[];
      /** Latest attendance per attendee id. */
      readonly attendance: Readonly<Record<string, Attendance>>;
      /** The latest allocation, if any. */
      readonly tables: readonly z.infer<typeof AllocatedTableSchema>[] | null;
      /** Number of table discussions recorded. */
      readonly discussions: number;
    };

export const summitAggregate: Aggregate<Summit, SummitEvent> = {
  streamPrefix: 'summit',
  eventTypes: ['SummitScheduled', 'ThemePutOnAgenda', 'SummitAttendanceRecorded', 'TablesAllocated', 'TableDiscussionRecorded'],
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) => {
    if (event.type === 'SummitScheduled') {
      const { processId, date, capacity, wildcardLimit } = event.data;
      return { status: 'scheduled', processId, date, capacity, wildcardLimit, agenda: [], attendance: {}, tables: null, discussions: 0 };
    }
    if (state.status === 'none') return state;
    switch (event.type) {
      case 'ThemePutOnAgenda':
        return { ...state, agenda: [...state.agenda, event.data.themeId] };
      case 'SummitAttendanceRecorded':
        return { ...state, attendance: { ...state.attendance, ...Object.fromEntries(event.data.entries.map((e) => [e.attendeeId, { kind: e.kind, status: e.status }])) } };
      case 'TablesAllocated':
        return { ...state, tables: event.data.tables };
      case 'TableDiscussionRecorded':
        return { ...state, discussions: state.discussions + 1 };
      default:
        throw new UnknownEventError(event);
    }
  },
};
