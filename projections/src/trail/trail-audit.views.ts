import type { Localised } from './localise.js';
import type { TrailProposalStatus } from './trail.read-model.js';

/*
 * What the audit queries return, backward from a clause, across a theme's lineage and per
 * district. Plain JSON, like the idea trail (trail.views.ts).
 */

export interface ClauseRootsClause {
  manifestoId: string;
  manifestoTitle: string;
  manifestoStatus: 'drafting' | 'adopted';
  clauseId: string;
  number: number;
  text: string;
  status: 'standing' | 'withdrawn';
  editorial: boolean;
  editorialNote: string | null;
}

export interface ClauseRootsProposal {
  proposalId: string;
  title: string;
  status: TrailProposalStatus;
  version: number;
  workingGroupId: string;
  workingGroupTitle: string | null;
  themeIds: string[];
  /** Ideas the proposal names itself. */
  namedIdeaCount: number;
}

export interface ClauseRootsTheme {
  themeId: string;
  title: string;
  status: 'active' | 'retired';
  /** True for a theme a proposal cites; false for a theme that merged or split into one. */
  cited: boolean;
  /** How many of the clause's ideas are in this theme. */
  ideaCount: number;
}

export interface ClauseRootsIdea {
  ideaId: string;
  receiptCode: string;
  status: 'recorded' | 'withdrawn';
  /** Null for a withdrawn idea: it is counted, its text is not shown. */
  text: string | null;
  conversationId: string;
  districtCode: string;
}

export interface ClauseRootsConversation {
  conversationId: string;
  districtCode: string;
  heldOn: string | null;
  ideaCount: number;
}

export interface ClauseRootsDistrict {
  code: string;
  name: string | null;
  ideaCount: number;
  conversationCount: number;
}

export interface ClauseRootsCounts {
  proposals: number;
  /** Themes the proposals cite (not counting the themes that merged or split into them). */
  themes: number;
  /** Every idea the clause goes back to, withdrawn ones included. */
  ideas: number;
  withdrawnIdeas: number;
  conversations: number;
  districts: number;
  /** The districts of the process; null when it did not name them. */
  districtsTotal: number | null;
}

export interface ClauseRootsFound {
  found: true;
  clause: ClauseRootsClause;
  proposals: ClauseRootsProposal[];
  themes: ClauseRootsTheme[];
  ideas: ClauseRootsIdea[];
  conversations: ClauseRootsConversation[];
  districts: ClauseRootsDistrict[];
  counts: ClauseRootsCounts;
  summary: Localised;
}

export interface ClauseRootsNotFound {
  found: false;
  clauseId: string;
  message: Localised;
}

export type ClauseRootsResult = ClauseRootsFound | ClauseRootsNotFound;

export interface ThemeLineageNode {
  themeId: string;
  title: string;
  description: string;
  status: 'active' | 'retired';
  /** Ideas in the theme (a retired theme keeps the ideas it had), withdrawn ones included. */
  ideaCount: number;
  createdAt: string;
  retiredAt: string | null;
  relation: 'self' | 'ancestor' | 'descendant';
}

export interface ThemeLineageEdge {
  kind: 'merge' | 'split';
  fromThemeId: string;
  toThemeId: string;
  at: string;
  date: string;
  rationale: string;
  /** Ideas that went along this edge. */
  ideaCount: number;
}

export interface ThemeLineageFound {
  found: true;
  processId: string;
  themeId: string;
  nodes: ThemeLineageNode[];
  edges: ThemeLineageEdge[];
}

export interface ThemeLineageNotFound {
  found: false;
  themeId: string;
  message: Localised;
}

export type ThemeLineageResult = ThemeLineageFound | ThemeLineageNotFound;

/** A count and its share of the district's ideas, as a fraction from 0 to 1; null when the district has no ideas. */
export interface DistrictReachFigure {
  count: number;
  share: number | null;
}

export interface DistrictReachLine {
  code: string;
  name: string | null;
  /** Ideas recorded in the district's conversations and not withdrawn: the base of every share. */
  ideas: number;
  withdrawn: number;
  agenda: DistrictReachFigure;
  chosen: DistrictReachFigure;
  proposal: DistrictReachFigure;
  manifesto: DistrictReachFigure;
}

export interface DistrictReach {
  processId: string;
  districtsTotal: number;
  districts: DistrictReachLine[];
}
