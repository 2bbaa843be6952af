import type { EventData, VotingMethod } from '@spoor/contracts';

/** The quality measure an allocation records (docs/allocation.md); counts only. */
export type AllocationQuality = NonNullable<EventData<'TablesAllocated'>['quality']>;
/** One stage of an STV count, as declared. */
export type StvStage = NonNullable<EventData<'SummitResultDeclared'>['rounds']>[number];

export type AttendeeKind = EventData<'SummitAttendanceRecorded'>['entries'][number]['kind'];
export type AttendanceStatus = EventData<'SummitAttendanceRecorded'>['entries'][number]['status'];
export type VoterGroup = EventData<'VotingOpened'>['voters'];

export interface SummitSchedule {
  date: string;
  venue: string;
  capacity: number;
  wildcardLimit: number;
}

export interface SummitAgendaItem {
  themeId: string;
  /** The rule or rationale that put it on the agenda. */
  rule: string;
  /** When it was put on the agenda (occurredAt). */
  addedAt: string;
}

/** A table's aggregate composition as the event gives it; the members' ids are never copied. */
export interface StoredTable {
  table: number;
  size: number;
  wildcards: number;
  districts: Record<string, number>;
  ageBands: Record<string, number>;
  genders: Record<string, number>;
}

/** Late changes made to an allocation on the day, summed over every re-allocation: counts only. */
export interface StoredLateChanges {
  algorithm: string;
  algorithmVersion: number;
  /** How many times the tables were re-allocated. */
  reallocations: number;
  /** Seated people who changed table. */
  moved: number;
  /** Late arrivals given a seat. */
  seated: number;
  /** No-shows whose seat was freed. */
  removed: number;
  /** When the latest re-allocation happened (occurredAt). */
  changedAt: string;
}

export interface StoredAllocation {
  algorithm: string;
  algorithmVersion: number;
  seed: number;
  tableSize: number;
  allocatedAt: string;
  tables: StoredTable[];
  /** The quality of the tables as they are now; null for allocations that did not measure it (round-robin). */
  quality: AllocationQuality | null;
  /** Null until the tables are re-allocated after late changes. */
  lateChanges: StoredLateChanges | null;
}

export interface StoredVoting {
  status: 'open' | 'closed' | 'declared';
  method: VotingMethod;
  voters: VoterGroup;
  themeIds: string[];
  eligibleVoters: number;
  openedAt: string;
  closedAt: string | null;
}

/** An anonymous ballot from the opened ballot box: the choices only, no id, time or order of casting. */
export interface StoredBallot {
  choices: string[];
}

export interface StoredTallyLine {
  themeId: string;
  votes: number;
  rank: number;
  chosen: boolean;
}

export interface StoredResult {
  method: VotingMethod;
  ballotCount: number;
  tally: StoredTallyLine[];
  chosenThemeIds: string[];
  tieBreak: string;
  /** STV only: the Droop quota, five decimals. */
  quota: string | null;
  /** STV only: every stage of the count. */
  rounds: StvStage[] | null;
  declaredAt: string;
}

export interface SummitRecord {
  processId: string;
  schedule: SummitSchedule | null;
  agenda: SummitAgendaItem[];
  /**
   * Latest attendance per pseudonymous attendee id, needed to count by latest status. Internal:
   * the query publishes counts only.
   */
  attendance: Record<string, { kind: AttendeeKind; status: AttendanceStatus }>;
  /** The latest allocation. */
  allocation: StoredAllocation | null;
  voting: StoredVoting | null;
  /** The opened ballot box (empty until voting closes). */
  ballots: StoredBallot[];
  /** Voting codes spent so far: ballots cast, still sealed while voting is open. */
  ballotsCast: number;
  result: StoredResult | null;
}

export interface SummitReadModel {
  /** Process ids in the order first seen, for a default process. */
  processIds: string[];
  summits: Record<string, SummitRecord>;
}
