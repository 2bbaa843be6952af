import type { EventData, IdeaKind, VotingMethod } from '@spoor/contracts';

/**
 * When something happened: `at` is the event's `occurredAt` (when it happened in the world), `seq`
 * the order in which the trail projection folded it, which breaks ties between equal times.
 */
export interface TrailMoment {
  at: string;
  seq: number;
}

export interface TrailDistrict {
  code: string;
  name: string;
}

/** A process with everything that is per process: its districts, themes, lineage, agenda and vote. */
export interface TrailProcessState {
  processId: string;
  title: string;
  /** The districts named when the process started; empty when none were given. */
  districts: TrailDistrict[];
  /** Theme ids are unique within a process only (one theme map per process). */
  themes: Record<string, TrailThemeState>;
  /** Merges and splits, in the order they happened. */
  lineage: TrailLineageState[];
  agenda: TrailAgendaEntryState[];
  vote: TrailVoteState | null;
}

export interface TrailConversationState {
  conversationId: string;
  processId: string;
  districtCode: string;
  plannedOn: string;
  heldOn: string | null;
}

export type TrailWithdrawalReason = EventData<'IdeaWithdrawn'>['reason'];

/** One bundling decision about this idea: linked to or unlinked from a theme, with the moderator's rationale. */
export interface TrailLinkState extends TrailMoment {
  change: 'linked' | 'unlinked';
  themeId: string;
  rationale: string;
}

export interface TrailIdeaState {
  ideaId: string;
  processId: string;
  conversationId: string;
  districtCode: string;
  receiptCode: string;
  kind: IdeaKind;
  /** Null once withdrawn: the text is no longer shown (the signed public log keeps it), the idea's place in the trail stays. */
  text: string | null;
  status: 'recorded' | 'withdrawn';
  recorded: TrailMoment;
  /** Text revisions: when and why, never the earlier text (it may have been withdrawn since). */
  revisions: (TrailMoment & { reason: string })[];
  withdrawal: (TrailMoment & { reason: TrailWithdrawalReason }) | null;
  links: TrailLinkState[];
}

export interface TrailThemeVersionState extends TrailMoment {
  title: string;
  description: string;
  /** Why it was revised; null for the first version. */
  reason: string | null;
}

export interface TrailThemeState {
  themeId: string;
  processId: string;
  status: 'active' | 'retired';
  /** Created by a moderator, or as a part of a split. */
  origin: 'created' | 'split';
  /** Title and description over time; the last is the current one. */
  versions: TrailThemeVersionState[];
  /**
   * The ideas in the theme, as the ledger's theme map keeps them: a merge target takes its
   * sources' ideas, a split part takes the ideas given to it, and a retired theme keeps the ideas
   * it had, so a theme's ideas and its lineage together say where every idea went.
   */
  ideaIds: string[];
  retired: TrailMoment | null;
  retiredInto: string[];
}

/** The ideas that went from one theme to another in a merge or a split. */
export interface TrailLineageFlowState {
  themeId: string;
  ideaIds: string[];
}

export type TrailLineageState =
  | (TrailMoment & { kind: 'merge'; rationale: string; targetThemeId: string; sources: TrailLineageFlowState[] })
  | (TrailMoment & { kind: 'split'; rationale: string; sourceThemeId: string; parts: TrailLineageFlowState[] });

export interface TrailAgendaEntryState extends TrailMoment {
  themeId: string;
  rule: string;
}

export interface TrailTallyLineState {
  themeId: string;
  votes: number;
  rank: number;
  chosen: boolean;
}

export interface TrailVoteState {
  opened: TrailMoment;
  method: VotingMethod;
  voters: EventData<'VotingOpened'>['voters'];
  ballotThemeIds: string[];
  eligibleVoters: number;
  closed: (TrailMoment & { ballotCount: number }) | null;
  result: (TrailMoment & { ballotCount: number; tally: TrailTallyLineState[]; chosenThemeIds: string[]; tieBreak: string }) | null;
}

export interface TrailWorkingGroupState extends TrailMoment {
  workingGroupId: string;
  processId: string;
  title: string;
  kind: EventData<'WorkingGroupFormed'>['kind'];
  themeIds: string[];
  /** The organiser's rationale when the group works on themes the summit did not choose. */
  overrideRationale: string | null;
}

export interface TrailProposalVersionState extends TrailMoment {
  version: number;
  title: string;
  text: string;
  /** What changed and why; null for the first draft. */
  changeNote: string | null;
}

export type TrailProposalStatus = 'drafted' | 'submitted' | 'adopted' | 'rejected';

export interface TrailProposalEventState extends TrailMoment {
  kind: TrailProposalStatus | 'revised';
  version: number;
  /** The day the event names (submittedOn, adoptedOn, rejectedOn), else the local day of `at`. */
  date: string;
  /** Change note of a revision, reason of a rejection. */
  note: string | null;
}

export interface TrailProposalState {
  proposalId: string;
  processId: string;
  workingGroupId: string;
  /** Themes and ideas it builds on, fixed when it is drafted. */
  themeIds: string[];
  ideaIds: string[];
  status: TrailProposalStatus;
  versions: TrailProposalVersionState[];
  history: TrailProposalEventState[];
}

export interface TrailClauseVersionState extends TrailMoment {
  text: string;
  proposalIds: string[];
  editorial: boolean;
  editorialNote: string | null;
  /** Why it was revised; null for the first version. */
  reason: string | null;
}

export interface TrailClauseState {
  clauseId: string;
  position: number;
  status: 'standing' | 'withdrawn';
  /** The clause over time; the last is the current one. What it cites may change in a revision. */
  versions: TrailClauseVersionState[];
  withdrawal: (TrailMoment & { reason: string }) | null;
}

export interface TrailManifestoState extends TrailMoment {
  manifestoId: string;
  processId: string;
  title: string;
  status: 'drafting' | 'adopted';
  adopted: (TrailMoment & { date: string }) | null;
  presented: (TrailMoment & { date: string; occasion: string }) | null;
  /** Clause ids are unique within a manifesto only. */
  clauses: Record<string, TrailClauseState>;
}

/**
 * The trail read model: the facts of every context folded into one graph, from ideas in living
 * rooms to clauses of the manifesto. Plain JSON only (records, arrays, strings, numbers, booleans,
 * null), so that a checkpoint round-trips through JSON and every replay gives the same bytes.
 */
export interface TrailReadModel {
  /** Events folded so far. */
  sequence: number;
  processes: Record<string, TrailProcessState>;
  conversations: Record<string, TrailConversationState>;
  ideas: Record<string, TrailIdeaState>;
  ideaIdByReceiptCode: Record<string, string>;
  workingGroups: Record<string, TrailWorkingGroupState>;
  proposals: Record<string, TrailProposalState>;
  manifestos: Record<string, TrailManifestoState>;
}
