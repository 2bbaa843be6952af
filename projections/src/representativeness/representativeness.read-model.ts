import type { AgeBand, Gender } from '@spoor/contracts';

/** One figure of the reference population as recorded (its per-figure source is not needed here). */
export interface StoredPopulationFigure {
  /** The district, or null for the whole city. */
  districtCode: string | null;
  dimension: string;
  band: string;
  inhabitants: number;
  invented: boolean;
}

/** The latest ReferencePopulationRecorded of a process; a later recording replaces it. */
export interface StoredReferencePopulation {
  source: string;
  referenceDate: string;
  figures: StoredPopulationFigure[];
}

/**
 * What the model keeps of a participant: their bands and how far they came, keyed by their
 * pseudonymous id. Nothing else about them; the model is internal, only the query's output,
 * counts with small cells suppressed, is public.
 */
export interface ParticipantStages {
  processId: string;
  districtCode: string;
  ageBand: AgeBand;
  gender: Gender;
  /** Further bands the process chose, per dimension (ParticipantRegistered.otherBands). */
  otherBands: Record<string, string>;
  /** Took part in a held living-room conversation. */
  inConversation: boolean;
  /** Their latest summit attendance is `attended`. */
  atSummit: boolean;
  /** Working groups they are a member of now (sorted), to tell "at least one" after a leave. */
  workingGroupIds: string[];
}

export interface RepresentativenessProcess {
  processId: string;
  /** The districts the process names (ProcessStarted), so districts nobody came from show as 0. */
  districtCodes: string[];
  reference: StoredReferencePopulation | null;
}

export interface RepresentativenessReadModel {
  /** Process ids in the order first seen, for a default process. */
  processIds: string[];
  processes: Record<string, RepresentativenessProcess>;
  participants: Record<string, ParticipantStages>;
}
