import { localDay } from '../trail/lookup.util.js';
import { themeLineage } from '../trail/theme-lineage.query.js';
import { type PortalContext, codesOf } from './portal-context.js';
import type { PortalLineageEvent, PortalTheme } from './portal-data.views.js';

/**
 * Every theme of the process, retired ones included, in the order made: its versions, ideas,
 * place on the agenda, votes, the groups working on it and its lineage (the themeLineage query).
 */
export const portalThemes = (context: PortalContext): PortalTheme[] => {
  const { models, processId, trailProcess, summit } = context;
  if (!trailProcess) return [];
  const groups = Object.values(models.trail.workingGroups)
    .filter((g) => g.processId === processId)
    .sort((a, b) => a.seq - b.seq);
  return Object.values(trailProcess.themes).flatMap((theme) => {
    const lineage = themeLineage(models.trail, theme.themeId, processId);
    if (!lineage.found) return [];
    const current = theme.versions[theme.versions.length - 1];
    const agenda = summit?.agenda.find((a) => a.themeId === theme.themeId);
    const line = summit?.result?.lines.find((l) => l.themeId === theme.themeId);
    return [
      {
        themeId: theme.themeId,
        title: current.title,
        description: current.description,
        status: theme.status,
        origin: theme.origin,
        ideaCodes: codesOf(context, theme.ideaIds),
        createdAt: theme.versions[0].at,
        retiredAt: theme.retired?.at ?? null,
        retiredInto: [...theme.retiredInto],
        versions: theme.versions.map((v) => ({ at: v.at, title: v.title, description: v.description, reason: v.reason })),
        agenda: agenda ? { position: agenda.position, rule: agenda.rule } : null,
        vote: line ? { votes: line.votes, rank: line.rank, chosen: line.chosen } : null,
        workingGroupIds: groups.filter((g) => g.themeIds.includes(theme.themeId)).map((g) => g.workingGroupId),
        lineage,
      },
    ];
  });
};

/** Every merge and split, in the order they happened, with how many ideas went where. */
export const portalLineage = (context: PortalContext): PortalLineageEvent[] =>
  (context.trailProcess?.lineage ?? []).map((event) => {
    const flows =
      event.kind === 'merge'
        ? event.sources.map((s) => ({ fromThemeId: s.themeId, toThemeId: event.targetThemeId, ideaCount: s.ideaIds.length }))
        : event.parts.map((p) => ({ fromThemeId: event.sourceThemeId, toThemeId: p.themeId, ideaCount: p.ideaIds.length }));
    return {
      kind: event.kind,
      at: event.at,
      date: localDay(event.at),
      rationale: event.rationale,
      fromThemeIds: event.kind === 'merge' ? event.sources.map((s) => s.themeId) : [event.sourceThemeId],
      toThemeIds: event.kind === 'merge' ? [event.targetThemeId] : event.parts.map((p) => p.themeId),
      flows,
    };
  });
