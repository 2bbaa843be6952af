import type { Phase, VotingMethod } from '@spoor/contracts';
import type { ConversationsReadModel } from '../conversations/conversations.read-model.js';
import type { ProgressReadModel } from '../progress/progress.read-model.js';
import type { ProgressUpdateView } from '../progress/progress.query.js';
import type { RepresentativenessReadModel } from '../representativeness/representativeness.read-model.js';
import type { RepresentativenessResult } from '../representativeness/representativeness.query.js';
import type { SummitStvStageView } from '../summit/summit.query.js';
import type { SummitTablesView } from '../summit/summit-tables.query.js';
import type { SummitSchedule, SummitReadModel, VoterGroup } from '../summit/summit.read-model.js';
import type { SummitText } from '../summit/summit.messages.js';
import type { ClauseRootsFound, DistrictReach, DistrictReachLine, ThemeLineageFound } from '../trail/trail-audit.views.js';
import type { TrailProposalStatus, TrailReadModel } from '../trail/trail.read-model.js';
import type { IdeaTrailFound } from '../trail/trail.views.js';
import type { WordDiffPart } from './word-diff.util.js';

/*
 * Everything the public portal shows, as plain JSON: one file, read once by the static site.
 * Built from the public projections' read models only, with the same queries the ledger's GraphQL
 * API answers from, so a page and an API answer can never differ. Times (`at`) are occurredAt
 * with offset; `date`/`...On` are YYYY-MM-DD days.
 */

/** The read models of the public projections, by projection name. */
export interface PortalModels {
  conversations: ConversationsReadModel;
  trail: TrailReadModel;
  representativeness: RepresentativenessReadModel;
  summit: SummitReadModel;
  progress: ProgressReadModel;
}

export interface PortalOptions {
  /** The process to show; the first one the log names by default. */
  processId?: string;
  /** The smallest count shown in tables about people; 5 by default. */
  threshold?: number;
  /** Size of the public log the models were folded from, when the publisher knows it. */
  treeSize?: number | null;
}

export interface PortalPhase {
  phase: Phase;
  startsOn: string | null;
  endsOn: string | null;
  startedOn: string | null;
  /** The phase the process is in now. */
  current: boolean;
}

export interface PortalProcess {
  processId: string;
  title: string;
  city: string;
  municipalityCode: string;
  description: string;
  currentPhase: Phase | null;
  phases: PortalPhase[];
  /** occurredAt of the last event about the process: how current the portal is. */
  updatedAt: string | null;
}

/** The key counts, the same numbers `publicNumbers` lists for a verifier. */
export interface PortalCounts {
  participants: number;
  ambassadors: number;
  conversationsPlanned: number;
  conversationsHeld: number;
  /** Every idea recorded, withdrawn ones included. */
  ideasRecorded: number;
  ideasWithdrawn: number;
  /** Ideas not withdrawn. */
  ideas: number;
  /** Themes not merged or split away. */
  themes: number;
  themesRetired: number;
  merges: number;
  splits: number;
  agenda: number;
  summitAttendees: number;
  ballots: number;
  chosenThemes: number;
  workingGroups: number;
  proposals: number;
  proposalsAdopted: number;
  /** Manifesto clauses not withdrawn. */
  clauses: number;
  endorsements: number;
  updates: number;
}

export interface PortalConversation {
  conversationId: string;
  districtCode: string;
  plannedOn: string;
  heldOn: string | null;
  status: 'planned' | 'held' | 'reported';
  /** Number of residents at the table; never who. */
  groupSize: number | null;
  /** Receipt codes of its ideas, in the order recorded (withdrawn ones too: their place stays). */
  ideaCodes: string[];
}

export interface PortalDistrict {
  code: string;
  /** Null for a district a conversation named that the process did not. */
  name: string | null;
  conversations: PortalConversation[];
  /** Ideas not withdrawn. */
  ideas: number;
  withdrawn: number;
  reach: DistrictReachLine | null;
}

export interface PortalThemeVersion {
  at: string;
  title: string;
  description: string;
  /** Why it was revised; null for the first version. */
  reason: string | null;
}

export interface PortalTheme {
  themeId: string;
  title: string;
  description: string;
  status: 'active' | 'retired';
  origin: 'created' | 'split';
  /** Receipt codes of the ideas in it (a retired theme keeps the ideas it had). */
  ideaCodes: string[];
  createdAt: string;
  retiredAt: string | null;
  retiredInto: string[];
  versions: PortalThemeVersion[];
  agenda: { position: number; rule: string } | null;
  vote: { votes: number; rank: number; chosen: boolean } | null;
  workingGroupIds: string[];
  lineage: ThemeLineageFound;
}

/** One merge or split, for the overview of every change to the themes. */
export interface PortalLineageEvent {
  kind: 'merge' | 'split';
  at: string;
  date: string;
  rationale: string;
  fromThemeIds: string[];
  toThemeIds: string[];
  flows: { fromThemeId: string; toThemeId: string; ideaCount: number }[];
}

export interface PortalTallyLine {
  themeId: string;
  title: string;
  votes: number;
  /** The count as the method states it: whole votes for approval and dots, five decimals for STV. */
  exactVotes: string;
  rank: number;
  chosen: boolean;
}

export interface PortalSummit {
  schedule: SummitSchedule | null;
  agenda: { position: number; themeId: string; title: string; rule: string; addedAt: string }[];
  attendance: { residents: Record<'invited' | 'confirmed' | 'attended' | 'absent', number>; wildcards: Record<'invited' | 'confirmed' | 'attended' | 'absent', number> };
  /** The tables in aggregate; who sat where is never public. */
  tables: SummitTablesView | null;
  voting: {
    status: 'open' | 'closed' | 'declared';
    method: VotingMethod;
    voters: VoterGroup;
    /** The ballot: theme ids in agenda order. */
    themeIds: string[];
    eligibleVoters: number;
    ballotCount: number;
    /** Every anonymous ballot's choices (ticks, dots or a ranking, as the method takes them): enough to recount. */
    ballots: string[][];
    openedAt: string;
    closedAt: string | null;
    explanation: { method: SummitText; recount: SummitText };
  } | null;
  result: {
    ballotCount: number;
    seats: number;
    lines: PortalTallyLine[];
    chosenThemeIds: string[];
    tieBreak: string;
    /** STV only: the Droop quota, five decimals. */
    quota: string | null;
    /** STV only: every stage of the count as declared. */
    rounds: SummitStvStageView[] | null;
    /** True when recounting the published ballots by the declared method gives the declared result. */
    votesMatchBallots: boolean;
    declaredAt: string;
  } | null;
}

export interface PortalWorkingGroup {
  workingGroupId: string;
  title: string;
  kind: 'werkgroep' | 'rondetafel';
  themeIds: string[];
  /** The organisers' rationale when it works on a theme the summit did not choose. */
  overrideRationale: string | null;
  formedAt: string;
  proposalIds: string[];
}

export interface PortalProposalVersion {
  version: number;
  at: string;
  date: string;
  title: string;
  text: string;
  changeNote: string | null;
  /** Word-level difference with the previous version's text; null for the first. */
  diff: WordDiffPart[] | null;
  /** The previous version's title when this version changed it. */
  previousTitle: string | null;
}

export interface PortalProposal {
  proposalId: string;
  workingGroupId: string;
  title: string;
  status: TrailProposalStatus;
  themeIds: string[];
  /** Receipt codes of the ideas it names itself. */
  namedIdeaCodes: string[];
  /** How many ideas it carries: the ones it names and the ones in the themes it cites. */
  ideaCount: number;
  versions: PortalProposalVersion[];
  history: { kind: TrailProposalStatus | 'revised'; version: number; date: string; note: string | null }[];
  /** Clauses whose current text cites it. */
  clauseIds: string[];
}

export interface PortalClause {
  clauseId: string;
  number: number;
  status: 'standing' | 'withdrawn';
  text: string;
  editorial: boolean;
  editorialNote: string | null;
  versions: { at: string; text: string; proposalIds: string[]; reason: string | null }[];
  withdrawal: { at: string; reason: string } | null;
  roots: ClauseRootsFound;
}

export interface PortalManifesto {
  manifestoId: string;
  title: string;
  status: 'drafting' | 'adopted';
  adoptedOn: string | null;
  presented: { date: string; occasion: string } | null;
  clauses: PortalClause[];
}

export interface PortalRepresentativeness {
  threshold: number;
  reference: { source: string; referenceDate: string; invented: boolean } | null;
  /** Registered, in a conversation, at the summit, in a working group. */
  stages: RepresentativenessResult[];
}

/** What a node of the flow diagram stands for. */
export type PortalFlowNodeKind =
  | 'ideas'
  | 'theme'
  | 'no-theme'
  | 'chosen'
  | 'not-chosen'
  | 'on-agenda'
  | 'not-on-agenda'
  | 'working-group'
  | 'no-working-group'
  | 'manifesto'
  | 'proposal'
  | 'proposal-rejected'
  | 'no-proposal';

export interface PortalFlowNode {
  id: string;
  /** 0 ideas, 1 themes, 2 summit, 3 working groups, 4 outcome. */
  column: number;
  kind: PortalFlowNodeKind;
  /** The theme's or working group's title; null for the fixed nodes (the portal names them). */
  title: string | null;
  value: number;
}

/**
 * How the ideas travelled. Each idea that is not withdrawn counts once, along the theme that got
 * it furthest, so the widths add up: an idea in two themes is not counted twice.
 */
export interface PortalFlow {
  ideas: number;
  nodes: PortalFlowNode[];
  links: { source: string; target: string; value: number }[];
}

export interface PortalData {
  /** Bumped when the shape changes, so the site can refuse a file it does not understand. */
  formatVersion: 1;
  /** True when the process is demonstration data: every page says so. */
  demo: boolean;
  treeSize: number | null;
  process: PortalProcess;
  districts: PortalDistrict[];
  counts: PortalCounts;
  updates: ProgressUpdateView[];
  /** Every idea with its trail, in the order recorded. */
  ideas: IdeaTrailFound[];
  themes: PortalTheme[];
  lineage: PortalLineageEvent[];
  summit: PortalSummit | null;
  workingGroups: PortalWorkingGroup[];
  proposals: PortalProposal[];
  manifesto: PortalManifesto | null;
  representativeness: PortalRepresentativeness;
  districtReach: DistrictReach | null;
  flow: PortalFlow;
}

