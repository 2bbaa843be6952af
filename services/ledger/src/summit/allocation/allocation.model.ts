import type { z } from 'zod';
import type { AllocatedTableSchema, TableCompositionSchema } from '@spoor/contracts';

/**
 * The shapes of table allocation v2 (issue #8). docs/allocation.md explains the constraints, the
 * quality measure and the search.
 */

export type AllocatedTable = z.infer<typeof AllocatedTableSchema>;
export type TableComposition = z.infer<typeof TableCompositionSchema>;

/** Someone to seat. Residents carry the bands the public composition counts, and their living room. */
export interface Attendee {
  /** Pseudonymous id. */
  readonly id: string;
  readonly kind: 'participant' | 'wildcard';
  /** CBS district code; a resident without one counts as `unknown`. */
  readonly districtCode?: string;
  /** Age band; `unknown` when missing. */
  readonly ageBand?: string;
  /** Gender band; `unknown` when missing. */
  readonly gender?: string;
  /** The living-room conversation the resident came from; people of one room are spread over tables. */
  readonly conversationId?: string;
}

/** Someone placed at a table by hand (an interpreter's group, accessibility needs). */
export interface Placement {
  readonly attendeeId: string;
  /** Table number, from 1. */
  readonly table: number;
}

export interface AllocationInput {
  readonly attendees: readonly Attendee[];
  /** Makes the allocation repeatable: the same input and seed always give the same tables. */
  readonly seed: number;
  /** Chairs per table; no table seats more, and sizes differ by at most one. 8 by default. */
  readonly tableSize?: number;
  readonly manualPlacements?: readonly Placement[];
}

export interface AllocationOptions {
  /** Swap attempts of the local search, counted (never timed) so the result stays deterministic. */
  readonly iterations?: number;
  /**
   * How much worse (in score points) a swap may make things early in the search, falling to 0;
   * lets the search climb out of the greedy start.
   */
  readonly startThreshold?: number;
  /** What one pair of residents from the same living room at one table costs in the score. */
  readonly sameRoomPairWeight?: number;
}

/** The quality measure: lower is better; 0 would be every table a perfect miniature of the room. */
export interface AllocationQuality {
  /**
   * Per attribute, summed over tables and values: |residents with the value at the table - the
   * table's share of them|, where the share is (residents at the table / residents in the room) x
   * (residents with the value in the room).
   */
  readonly mixDeviation: { readonly districts: number; readonly ageBands: number; readonly genders: number; readonly total: number };
  /** Pairs of residents from the same living room sitting at the same table. */
  readonly sameRoomPairs: number;
  readonly sameRoomPairWeight: number;
  /** mixDeviation.total + sameRoomPairWeight x sameRoomPairs. */
  readonly score: number;
}

export interface AllocationResult {
  readonly algorithm: string;
  readonly algorithmVersion: number;
  readonly seed: number;
  readonly tableSize: number;
  /** Tables 1..n, members private, composition public. */
  readonly tables: AllocatedTable[];
  readonly quality: AllocationQuality;
  /** What the local search did (0 for the baselines). */
  readonly search: { readonly iterations: number; readonly improvements: number };
}

/** One person changing table after late changes. */
export interface Move {
  readonly attendeeId: string;
  readonly from: number;
  readonly to: number;
}

export interface AttendanceChanges {
  /** Seated people who did not come. */
  readonly noShows: readonly string[];
  /** People who came without a seat, with their bands. */
  readonly lateArrivals: readonly Attendee[];
}

export interface PreviousAllocation {
  readonly tables: readonly { readonly table: number; readonly memberIds: readonly string[] }[];
  /** Everyone seated in `tables`, with their bands. */
  readonly attendees: readonly Attendee[];
  readonly seed: number;
  readonly tableSize?: number;
  /** Placements by hand that still hold; these people never move, a late arrival among them goes to that table. */
  readonly manualPlacements?: readonly Placement[];
}

export interface ReallocationResult extends AllocationResult {
  /** Seated people who change table. As few as the new table sizes allow. */
  readonly moves: readonly Move[];
  /** Where each late arrival sits. */
  readonly seated: readonly Placement[];
  /** Where each no-show had been seated. */
  readonly removed: readonly Placement[];
}

export const DEFAULT_TABLE_SIZE = 8;
export const DEFAULT_ITERATIONS = 1_000_000;
export const DEFAULT_SAME_ROOM_PAIR_WEIGHT = 4;
export const DEFAULT_START_THRESHOLD = 1;
export const UNKNOWN_BAND = 'unknown';
