import type { Phase } from '@spoor/contracts';

export interface PhaseProgress {
  phase: Phase;
  /** Planned first day, if planned. */
  startsOn: string | null;
  /** Planned last day, if planned. */
  endsOn: string | null;
  /** The day it actually started, once PhaseStarted. */
  startedOn: string | null;
}

/** What is counted by a plain tally: each of these happens once per thing. */
export interface ProgressTallies {
  participants: number;
  ambassadors: number;
  workingGroups: number;
  endorsements: number;
  /** Ballots of the current vote (a vote opened again starts from 0, as in the ledger). */
  ballots: number;
}

export interface ProgressProcess {
  processId: string;
  /** False until ProcessStarted is folded; such a process is not listed. */
  started: boolean;
  title: string;
  city: string;
  demo: boolean;
  currentPhase: Phase | null;
  phases: PhaseProgress[];
  tallies: ProgressTallies;
  /** Its updates in the order published. */
  updateIds: string[];
  /** occurredAt of the last event folded that concerns this process. */
  updatedAt: string | null;
}

export interface StoredUpdate {
  updateId: string;
  processId: string;
  title: string;
  body: string;
  publishedOn: string;
  /** Every correction, oldest first; the text above is the latest. */
  corrections: { reason: string; correctedOn: string }[];
}

/** A thing whose state can change, with the process it belongs to. */
export interface Tracked {
  processId: string;
  /** Counts now: held, not withdrawn, active, adopted, standing, attended. */
  counts: boolean;
}

export interface ProgressReadModel {
  /** Process ids in the order first seen. */
  processIds: string[];
  processes: Record<string, ProgressProcess>;
  /** By id: a conversation counts once held. */
  conversations: Record<string, Tracked>;
  /** By id: an idea counts until withdrawn. */
  ideas: Record<string, Tracked>;
  /** By `processId/themeId`: a theme counts until merged or split away. */
  themes: Record<string, Tracked>;
  /** By `processId/attendeeId`: counts when the latest attendance is `attended`. */
  summitAttendees: Record<string, Tracked>;
  /** By id: counts while its latest decision is adoption. */
  proposals: Record<string, Tracked>;
  /** Manifesto id to process id. */
  manifestos: Record<string, string>;
  /** By `manifestoId/clauseId`: counts until withdrawn. */
  clauses: Record<string, Tracked>;
  updates: Record<string, StoredUpdate>;
}
