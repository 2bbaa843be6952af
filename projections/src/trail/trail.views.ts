import type { IdeaKind } from '@spoor/contracts';
import type { Localised } from './localise.js';
import type { TrailWithdrawalReason, TrailProposalStatus } from './trail.read-model.js';

/*
 * What the trail queries return. Plain JSON, so GraphQL, the portal and the published snapshot
 * can all carry it as is. Times (`at`) are the events' occurredAt; `date` is a YYYY-MM-DD day.
 */

/** How far an idea got, the furthest stage first. */
export type TrailOutcome =
  | 'reached-manifesto'
  | 'in-proposal'
  | 'proposal-rejected'
  | 'in-working-group'
  | 'chosen'
  | 'not-chosen'
  | 'on-agenda'
  | 'not-on-agenda'
  | 'in-bundling'
  | 'withdrawn';

export type TrailStepKind =
  | 'idea-recorded'
  | 'idea-text-revised'
  | 'idea-withdrawn'
  | 'linked-to-theme'
  | 'unlinked-from-theme'
  | 'theme-merged'
  | 'theme-split'
  | 'theme-revised'
  | 'put-on-agenda'
  | 'vote-result'
  | 'working-group-formed'
  | 'proposal-drafted'
  | 'proposal-revised'
  | 'proposal-submitted'
  | 'proposal-adopted'
  | 'proposal-rejected'
  | 'clause-added'
  | 'clause-revised'
  | 'clause-withdrawn'
  | 'manifesto-adopted'
  | 'manifesto-presented';

/** A theme as a step names it, with the title it had at that moment. */
export interface TrailThemeRef {
  themeId: string;
  title: string;
}

/** A theme's line in the summit result, with the cut-off. */
export interface TrailVoteFigures {
  themeId: string;
  votes: number;
  rank: number;
  /** Themes in the result (on the ballot). */
  of: number;
  chosen: boolean;
  /** How many themes went on. */
  chosenCount: number;
  /** The votes of the last theme that went on: the cut-off; null when none went on. */
  cutOffVotes: number | null;
  seats: number;
  ballotCount: number;
  eligibleVoters: number;
}

export interface TrailStep {
  kind: TrailStepKind;
  at: string;
  date: string;
  /** The themes the step is about (for a merge: the sources the idea was in, then the target; for a split: the source, then the parts that took the idea). */
  themes: TrailThemeRef[];
  workingGroup: { workingGroupId: string; title: string } | null;
  proposal: { proposalId: string; title: string; version: number } | null;
  clause: { manifestoId: string; clauseId: string; number: number } | null;
  manifesto: { manifestoId: string; title: string } | null;
  /** The moderator's rationale, the agenda rule, a change note or reason, as recorded. */
  rationale: string | null;
  vote: TrailVoteFigures | null;
  label: Localised;
}

export interface IdeaTrailIdea {
  ideaId: string;
  receiptCode: string;
  kind: IdeaKind;
  /** Null once withdrawn. */
  text: string | null;
  status: 'recorded' | 'withdrawn';
  withdrawalReason: TrailWithdrawalReason | null;
  recordedAt: string;
  processId: string;
  processTitle: string;
}

export interface IdeaTrailConversation {
  conversationId: string;
  districtCode: string;
  /** Null when the process did not name its districts. */
  districtName: string | null;
  plannedOn: string;
  heldOn: string | null;
}

export interface IdeaTrailTheme {
  themeId: string;
  title: string;
  status: 'active' | 'retired';
}

export interface IdeaTrailProposal {
  proposalId: string;
  title: string;
  status: TrailProposalStatus;
  version: number;
  /** True when the proposal names this idea itself, not only one of its themes. */
  namesIdea: boolean;
}

export interface IdeaTrailClause {
  manifestoId: string;
  clauseId: string;
  number: number;
  status: 'standing' | 'withdrawn';
}

export interface IdeaTrailFound {
  found: true;
  receiptCode: string;
  idea: IdeaTrailIdea;
  conversation: IdeaTrailConversation;
  /** Everything that happened to the idea, its themes, proposals and clauses, in time order. */
  steps: TrailStep[];
  /** The themes the idea is in now, after every merge and split (active themes only). */
  themes: IdeaTrailTheme[];
  /** Proposals that name the idea or build on a theme it is in (or passed through). */
  proposals: IdeaTrailProposal[];
  /** Clauses whose current text cites one of those proposals (withdrawn ones marked). */
  clauses: IdeaTrailClause[];
  outcome: TrailOutcome;
  explanation: Localised;
}

export interface IdeaTrailNotFound {
  found: false;
  /** The code as normalised (upper case, dash in the middle), or as typed when it is no code at all. */
  receiptCode: string;
  message: Localised;
}

export type IdeaTrailResult = IdeaTrailFound | IdeaTrailNotFound;
