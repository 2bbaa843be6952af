import { lookupMessages } from './explanations.messages.js';
import { localise } from './localise.js';
import { lineageNeighbours, reachableThemes } from './trail-graph.js';
import { currentTitle } from './trail-step.js';
import type { TrailProcessState, TrailReadModel } from './trail.read-model.js';
import type { ThemeLineageEdge, ThemeLineageNode, ThemeLineageResult } from './trail-audit.views.js';
import { latest, localDay, own } from './lookup.util.js';

/**
 * A theme's lineage as a graph: the themes that merged or split into it (ancestors), the themes
 * it merged or split into (descendants), and the merges and splits between them. Themes of other
 * branches (another source merged into a descendant) are left out: they are not this theme's
 * history; their own lineage shows them. Nodes are in the order the themes were made.
 */
export const themeLineage = (model: TrailReadModel, themeId: string, processId?: string): ThemeLineageResult => {
  const process = findProcess(model, themeId, processId);
  if (!process) return { found: false, themeId, message: localise(lookupMessages.themeUnknown, { themeId }) };
  const { parents, children } = lineageNeighbours(process);
  const relation = new Map<string, ThemeLineageNode['relation']>([[themeId, 'self']]);
  for (const id of reachableThemes(themeId, parents)) relation.set(id, 'ancestor');
  for (const id of reachableThemes(themeId, children)) relation.set(id, 'descendant');
  const nodes = [...relation.entries()]
    .flatMap(([id, rel]) => {
      const theme = own(process.themes, id);
      return theme ? [{ theme, rel }] : [];
    })
    .sort((a, b) => a.theme.versions[0].seq - b.theme.versions[0].seq)
    .map(({ theme, rel }) => ({
      themeId: theme.themeId,
      title: currentTitle(theme),
      description: latest(theme.versions).description,
      status: theme.status,
      ideaCount: theme.ideaIds.length,
      createdAt: theme.versions[0].at,
      retiredAt: theme.retired?.at ?? null,
      relation: rel,
    }));
  const edges: ThemeLineageEdge[] = [];
  for (const event of process.lineage) {
    const flows = event.kind === 'merge' ? event.sources.map((s) => ({ from: s.themeId, to: event.targetThemeId, ideaIds: s.ideaIds })) : event.parts.map((p) => ({ from: event.sourceThemeId, to: p.themeId, ideaIds: p.ideaIds }));
    for (const flow of flows) {
      if (!relation.has(flow.from) || !relation.has(flow.to)) continue;
      edges.push({ kind: event.kind, fromThemeId: flow.from, toThemeId: flow.to, at: event.at, date: localDay(event.at), rationale: event.rationale, ideaCount: flow.ideaIds.length });
    }
  }
  return { found: true, processId: process.processId, themeId, nodes, edges };
};

const findProcess = (model: TrailReadModel, themeId: string, processId?: string): TrailProcessState | undefined =>
  processId === undefined ? Object.values(model.processes).find((p) => own(p.themes, themeId)) : [own(model.processes, processId)].find((p) => p && own(p.themes, themeId));
