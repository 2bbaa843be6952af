import type { EventData, VotingMethod } from '@spoor/contracts';

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

export interface StoredAllocation {
  algorithm: string;
  algorithmVersion: number;
  seed: number;
  tableSize: number;
  allocatedAt: string;
  tables: StoredTable[];
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
