import type { IdeaTrailFound } from '../trail/trail.views.js';
import type { PortalFlow, PortalFlowNode, PortalFlowNodeKind, PortalProposal, PortalTheme, PortalWorkingGroup } from './portal-data.views.js';

interface FlowInput {
  ideas: readonly IdeaTrailFound[];
  themes: readonly PortalTheme[];
  workingGroups: readonly PortalWorkingGroup[];
  proposals: readonly PortalProposal[];
}

/** How far a theme got at the summit, the furthest first. */
const themeScore = (theme: PortalTheme | undefined): number => (theme?.vote?.chosen ? 3 : theme?.vote ? 2 : theme?.agenda ? 1 : 0);

const proposalScore = (proposal: PortalProposal | undefined): number =>
  !proposal ? 9 : proposal.clauseIds.length > 0 ? 0 : { adopted: 1, submitted: 2, drafted: 3, rejected: 4 }[proposal.status];

const summitNode = (theme: PortalTheme): PortalFlowNodeKind => (theme.vote ? (theme.vote.chosen ? 'chosen' : 'not-chosen') : theme.agenda ? 'on-agenda' : 'not-on-agenda');

const outcomeNode = (idea: IdeaTrailFound): PortalFlowNodeKind => {
  switch (idea.outcome) {
    case 'reached-manifesto':
      return 'manifesto';
    case 'in-proposal':
      return 'proposal';
    case 'proposal-rejected':
      return 'proposal-rejected';
    default:
      return 'no-proposal';
  }
};

/**
 * The path of one idea through the columns: ideas, the theme that got it furthest, how that theme
 * fared at the summit, the working group that took it on (through a proposal that carries the
 * idea, else through the theme), and the outcome. The path stops where the idea stopped.
 */
const pathOf = (idea: IdeaTrailFound, input: FlowInput, themes: Map<string, PortalTheme>, proposals: Map<string, PortalProposal>): string[] => {
  const current = idea.themes.flatMap((t) => themes.get(t.themeId) ?? []);
  if (current.length === 0) return ['ideas', 'no-theme'];
  const leading = current.reduce((best, t) => (themeScore(t) > themeScore(best) ? t : best));
  const summit = summitNode(leading);
  const proposal = idea.proposals
    .map((p) => proposals.get(p.proposalId))
    .reduce<PortalProposal | undefined>((best, p) => (proposalScore(p) < proposalScore(best) ? p : best), undefined);
  const groupId = proposal?.workingGroupId ?? leading.workingGroupIds[0] ?? current.flatMap((t) => t.workingGroupIds)[0];
  const path = ['ideas', `theme:${leading.themeId}`, summit];
  if (groupId === undefined || !input.workingGroups.some((g) => g.workingGroupId === groupId)) return summit === 'chosen' ? [...path, 'no-working-group'] : path;
  return [...path, `wg:${groupId}`, outcomeNode(idea)];
};

const fixedColumn: Record<PortalFlowNodeKind, number> = {
  ideas: 0,
  theme: 1,
  'no-theme': 1,
  chosen: 2,
  'not-chosen': 2,
  'on-agenda': 2,
  'not-on-agenda': 2,
  'working-group': 3,
  'no-working-group': 3,
  manifesto: 4,
  proposal: 4,
  'proposal-rejected': 4,
  'no-proposal': 4,
};

/**
 * The flow diagram's numbers: ideas -> themes -> summit -> working groups -> outcome. Each idea
 * that is not withdrawn counts once, so every column adds up to the ideas that got that far.
 */
export const portalFlow = (input: FlowInput): PortalFlow => {
  const themes = new Map(input.themes.map((t) => [t.themeId, t]));
  const proposals = new Map(input.proposals.map((p) => [p.proposalId, p]));
  const links = new Map<string, { source: string; target: string; value: number }>();
  const inflow = new Map<string, number>();
  const standing = input.ideas.filter((i) => i.idea.status !== 'withdrawn');
  for (const idea of standing) {
    const path = pathOf(idea, input, themes, proposals);
    for (let k = 1; k < path.length; k += 1) {
      const key = `${path[k - 1]}\u0000${path[k]}`;
      const link = links.get(key) ?? { source: path[k - 1], target: path[k], value: 0 };
      link.value += 1;
      links.set(key, link);
      inflow.set(path[k], (inflow.get(path[k]) ?? 0) + 1);
    }
  }
  const node = (id: string, kind: PortalFlowNodeKind, title: string | null): PortalFlowNode[] => {
    const value = id === 'ideas' ? standing.length : (inflow.get(id) ?? 0);
    return value > 0 ? [{ id, column: fixedColumn[kind], kind, title, value }] : [];
  };
  const fixed = (kinds: PortalFlowNodeKind[]) => kinds.flatMap((k) => node(k, k, null));
  // Themes in the order of how they fared at the summit, then by size, and groups by size: the
  // diagram draws nodes in this order, so streams cross as little as they can.
  const summitOrder: PortalFlowNodeKind[] = ['chosen', 'not-chosen', 'on-agenda', 'not-on-agenda'];
  const bySize = (a: PortalFlowNode, b: PortalFlowNode) => b.value - a.value || (a.id < b.id ? -1 : 1);
  const themeNodes = input.themes
    .flatMap((t) => node(`theme:${t.themeId}`, 'theme', t.title).map((n) => ({ n, rank: summitOrder.indexOf(summitNode(t)) })))
    .sort((a, b) => a.rank - b.rank || bySize(a.n, b.n))
    .map(({ n }) => n);
  const nodes = [
    ...fixed(['ideas']),
    ...themeNodes,
    ...fixed(['no-theme', ...summitOrder]),
    ...input.workingGroups.flatMap((g) => node(`wg:${g.workingGroupId}`, 'working-group', g.title)).sort(bySize),
    ...fixed(['no-working-group', 'manifesto', 'proposal', 'proposal-rejected', 'no-proposal']),
  ];
  const order = new Map(nodes.map((n, i) => [n.id, i]));
  const rank = (id: string) => order.get(id) ?? nodes.length;
  const sorted = [...links.values()].sort((a, b) => rank(a.source) - rank(b.source) || rank(a.target) - rank(b.target));
  return { ideas: standing.length, nodes, links: sorted };
};
