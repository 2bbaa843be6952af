import type { z } from 'zod';
import type { AllocatedTableSchema, AttendanceStatusSchema, AttendeeKindSchema, ManualPlacementSchema } from '@spoor/contracts';
import { type Aggregate, type EventOf, UnknownEventError } from '../shared/decider.js';

export type SummitEvent = EventOf<'SummitScheduled' | 'ThemePutOnAgenda' | 'SummitAttendanceRecorded' | 'TablesAllocated' | 'TablesReallocated' | 'TableDiscussionRecorded'>;

/** What late changes need of the allocation besides its tables: its seed, size and the placements by hand that still hold. */
export interface Seating {
  readonly seed: number;
  readonly tableSize: number;
  readonly placements: readonly z.infer<typeof ManualPlacementSchema>[];
}

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
      /** Seed, size and placements by hand of the latest allocation; null before the first. */
      readonly seating: Seating | null;
      /** Number of table discussions recorded. */
      readonly discussions: number;
    };

export const summitAggregate: Aggregate<Summit, SummitEvent> = {
  streamPrefix: 'summit',
  eventTypes: ['SummitScheduled', 'ThemePutOnAgenda', 'SummitAttendanceRecorded', 'TablesAllocated', 'TablesReallocated', 'TableDiscussionRecorded'],
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) => {
    if (event.type === 'SummitScheduled') {
      const { processId, date, capacity, wildcardLimit } = event.data;
      return { status: 'scheduled', processId, date, capacity, wildcardLimit, agenda: [], attendance: {}, tables: null, seating: null, discussions: 0 };
    }
    if (state.status === 'none') return state;
    switch (event.type) {
      case 'ThemePutOnAgenda':
        return { ...state, agenda: [...state.agenda, event.data.themeId] };
      case 'SummitAttendanceRecorded':
        return { ...state, attendance: { ...state.attendance, ...Object.fromEntries(event.data.entries.map((e) => [e.attendeeId, { kind: e.kind, status: e.status }])) } };
      case 'TablesAllocated': {
        const { tables, seed, tableSize, manualPlacements = [] } = event.data;
        return { ...state, tables, seating: { seed, tableSize, placements: manualPlacements } };
      }
      case 'TablesReallocated': {
        const gone = new Set(event.data.removed.map((r) => r.attendeeId));
        const placements = (state.seating?.placements ?? []).filter((p) => !gone.has(p.attendeeId));
        return { ...state, tables: event.data.tables, seating: { seed: event.data.seed, tableSize: event.data.tableSize, placements } };
      }
      case 'TableDiscussionRecorded':
        return { ...state, discussions: state.discussions + 1 };
      default:
        throw new UnknownEventError(event);
    }
  },
};
