import { latest, own } from './lookup.util.js';
import type {
  TrailAgendaEntryState,
  TrailClauseState,
  TrailIdeaState,
  TrailManifestoState,
  TrailProcessState,
  TrailProposalState,
  TrailReadModel,
  TrailTallyLineState,
  TrailThemeState,
  TrailVoteState,
  TrailWorkingGroupState,
} from './trail.read-model.js';
import type { TrailVoteFigures } from './trail.views.js';

/*
 * One definition of "where an idea went", shared by every trail query, so that an idea's trail
 * reaches a clause exactly when the clause's roots count the idea, and a district's reach counts
 * what the ideas' trails show.
 *
 * - An idea is IN a theme when the theme's ideas hold it, as the ledger's theme map keeps them: a
 *   link puts it there, an unlink takes it out, a merge adds the sources' ideas to the target, a
 *   split gives each part its ideas, and a retired theme keeps what it had. So an idea's themes
 *   are the ones it was linked to and the ones it followed through merges and splits, never a
 *   sibling part of a split that did not take it, and never a theme it was unlinked from.
 * - A proposal CARRIES an idea when it names the idea, or cites a theme the idea is in. Its
 *   themes and ideas are fixed when it is drafted; theme membership is taken as it stands now,
 *   so a later unlink (a moderator's correction) takes the idea out of that theme's proposals.
 * - A clause CITES an idea when its current version cites a proposal that carries the idea. A
 *   clause that is withdrawn still has its roots; only standing clauses count as "in the manifesto".
 */

export interface ReachedClause {
  manifesto: TrailManifestoState;
  clause: TrailClauseState;
}

export interface ReachedVote {
  line: TrailTallyLineState;
  theme: TrailThemeState;
  figures: TrailVoteFigures;
}

export interface IdeaReach {
  idea: TrailIdeaState;
  process: TrailProcessState | undefined;
  /** Every theme the idea is in, retired ones included, in the order the themes were made. */
  memberThemes: TrailThemeState[];
  /** Of those, the active ones: where the idea is now. */
  currentThemes: TrailThemeState[];
  /** Agenda entries of its themes, in agenda order. */
  agenda: { entry: TrailAgendaEntryState; theme: TrailThemeState }[];
  /** Its themes' lines in the summit result, best rank first. */
  votes: ReachedVote[];
  /** Groups working on one of its themes or drafting a proposal that carries it, in the order they were formed. */
  workingGroups: TrailWorkingGroupState[];
  /** Proposals that carry it, in the order they were drafted. */
  proposals: TrailProposalState[];
  /** Clauses whose current version cites one of those proposals, by manifesto, then number. */
  clauses: ReachedClause[];
  /** Of those clauses, the ones not withdrawn. */
  standingClauses: ReachedClause[];
}

const bySeq = <T extends { seq: number }>(a: T, b: T): number => a.seq - b.seq;
const themeKey = (processId: string, themeId: string): string => `${processId}\u0000${themeId}`;

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** The clause's current version: what it says and cites now. */
export const currentClause = (clause: TrailClauseState) => latest(clause.versions);

/** The ideas a proposal carries: the ones it names, then the ones in the themes it cites. */
export const ideasOfProposal = (model: TrailReadModel, proposal: TrailProposalState): TrailIdeaState[] => {
  const process = own(model.processes, proposal.processId);
  const ids = new Set(proposal.ideaIds);
  for (const themeId of proposal.themeIds) for (const ideaId of (process && own(process.themes, themeId))?.ideaIds ?? []) ids.add(ideaId);
  return [...ids].flatMap((id) => own(model.ideas, id) ?? []);
};

/** The ideas a clause goes back to, in the order they were recorded. */
export const ideasOfClause = (model: TrailReadModel, clause: TrailClauseState): TrailIdeaState[] => {
  const ideas = new Set<TrailIdeaState>();
  for (const proposalId of currentClause(clause).proposalIds) {
    const proposal = own(model.proposals, proposalId);
    if (proposal) for (const idea of ideasOfProposal(model, proposal)) ideas.add(idea);
  }
  return [...ideas].sort((a, b) => bySeq(a.recorded, b.recorded));
};

/** A theme's line in the summit result, with the cut-off: the votes of the last theme that went on. */
export const voteFigures = (vote: TrailVoteState, line: TrailTallyLineState): TrailVoteFigures => {
  const tally = vote.result?.tally ?? [];
  const chosen = tally.filter((l) => l.chosen);
  return {
    themeId: line.themeId,
    votes: line.votes,
    rank: line.rank,
    of: tally.length,
    chosen: line.chosen,
    chosenCount: chosen.length,
    cutOffVotes: chosen.length > 0 ? Math.min(...chosen.map((l) => l.votes)) : null,
    seats: vote.method.seats,
    ballotCount: vote.result?.ballotCount ?? 0,
    eligibleVoters: vote.eligibleVoters,
  };
};

/** Clauses in the order their manifestos were drafted, then by number. */
const compareClauses = (a: ReachedClause, b: ReachedClause): number =>
  a.manifesto === b.manifesto ? a.clause.position - b.clause.position || (a.clause.clauseId < b.clause.clauseId ? -1 : 1) : a.manifesto.seq - b.manifesto.seq;

/**
 * Indexes the graph once, so that reach for every idea of a city (districtReach) stays linear.
 * The model changes under it as events are folded, so the index is kept per model and rebuilt
 * when the model's sequence (events folded) has moved on.
 */
export const trailGraph = (model: TrailReadModel): TrailGraph => {
  const known = graphs.get(model);
  if (known?.sequence === model.sequence) return known.graph;
  const graph = indexGraph(model);
  graphs.set(model, { sequence: model.sequence, graph });
  return graph;
};

const indexGraph = (model: TrailReadModel) => {
  const themesOfIdea = new Map<string, TrailThemeState[]>();
  for (const process of Object.values(model.processes)) {
    for (const theme of Object.values(process.themes)) for (const ideaId of theme.ideaIds) push(themesOfIdea, ideaId, theme);
  }
  const proposalsByTheme = new Map<string, TrailProposalState[]>();
  const proposalsByIdea = new Map<string, TrailProposalState[]>();
  for (const proposal of Object.values(model.proposals)) {
    for (const themeId of proposal.themeIds) push(proposalsByTheme, themeKey(proposal.processId, themeId), proposal);
    for (const ideaId of proposal.ideaIds) push(proposalsByIdea, ideaId, proposal);
  }
  const groupsByTheme = new Map<string, TrailWorkingGroupState[]>();
  for (const group of Object.values(model.workingGroups)) for (const themeId of group.themeIds) push(groupsByTheme, themeKey(group.processId, themeId), group);
  const clausesByProposal = new Map<string, ReachedClause[]>();
  for (const manifesto of Object.values(model.manifestos)) {
    for (const clause of Object.values(manifesto.clauses)) for (const proposalId of currentClause(clause).proposalIds) push(clausesByProposal, proposalId, { manifesto, clause });
  }

  const reachOf = (idea: TrailIdeaState): IdeaReach => {
    const process = own(model.processes, idea.processId);
    const memberThemes = (themesOfIdea.get(idea.ideaId) ?? []).filter((t) => t.processId === idea.processId);
    const proposals = new Set(proposalsByIdea.get(idea.ideaId) ?? []);
    const groups = new Set<TrailWorkingGroupState>();
    for (const theme of memberThemes) {
      for (const proposal of proposalsByTheme.get(themeKey(theme.processId, theme.themeId)) ?? []) proposals.add(proposal);
      for (const group of groupsByTheme.get(themeKey(theme.processId, theme.themeId)) ?? []) groups.add(group);
    }
    const sortedProposals = [...proposals].sort((a, b) => bySeq(a.versions[0], b.versions[0]));
    for (const proposal of sortedProposals) {
      const group = own(model.workingGroups, proposal.workingGroupId);
      if (group) groups.add(group);
    }
    const clauses = new Set<ReachedClause>();
    for (const proposal of sortedProposals) for (const reached of clausesByProposal.get(proposal.proposalId) ?? []) clauses.add(reached);
    const clauseList = [...clauses].sort(compareClauses);
    const themeOf = (themeId: string) => memberThemes.find((t) => t.themeId === themeId);
    const vote = process?.vote;
    return {
      idea,
      process,
      memberThemes,
      currentThemes: memberThemes.filter((t) => t.status === 'active'),
      agenda: (process?.agenda ?? []).flatMap((entry) => {
        const theme = themeOf(entry.themeId);
        return theme ? [{ entry, theme }] : [];
      }),
      votes: (vote?.result?.tally ?? [])
        .flatMap((line) => {
          const theme = themeOf(line.themeId);
          return vote && theme ? [{ line, theme, figures: voteFigures(vote, line) }] : [];
        })
        .sort((a, b) => a.line.rank - b.line.rank),
      workingGroups: [...groups].sort(bySeq),
      proposals: sortedProposals,
      clauses: clauseList,
      standingClauses: clauseList.filter((c) => c.clause.status === 'standing'),
    };
  };

  return { model, reachOf };
};

export type TrailGraph = ReturnType<typeof indexGraph>;

const graphs = new WeakMap<TrailReadModel, { sequence: number; graph: TrailGraph }>();

/** The themes a theme came from (merge sources, split source), and the themes it went into. */
export const lineageNeighbours = (process: TrailProcessState) => {
  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  for (const event of process.lineage) {
    const flows = event.kind === 'merge' ? event.sources.map((s) => [s.themeId, event.targetThemeId] as const) : event.parts.map((p) => [event.sourceThemeId, p.themeId] as const);
    for (const [from, to] of flows) {
      push(parents, to, from);
      push(children, from, to);
    }
  }
  return { parents, children };
};

/** Every theme reachable from `start` through `next`, not counting `start` itself, in the order found. */
export const reachableThemes = (start: string, next: Map<string, string[]>): string[] => {
  const found: string[] = [];
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let i = 0; i < queue.length; i += 1) {
    for (const id of next.get(queue[i]) ?? []) {
      if (seen.has(id)) continue;
      seen.add(id);
      found.push(id);
      queue.push(id);
    }
  }
  return found;
};
