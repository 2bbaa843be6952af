import type { EventData } from '@spoor/contracts';
import type { TrailIdeaState, TrailMoment, TrailProcessState, TrailThemeState } from './trail.read-model.js';
import { own } from './lookup.util.js';

/*
 * Themes, agenda and vote of one process. Theme membership mirrors the ledger's theme map
 * (services/ledger/src/bundling/theme-map.ts) so that the trail shows exactly what the rules saw.
 */

const addAll = (ids: string[], add: readonly string[]): void => {
  for (const id of add) if (!ids.includes(id)) ids.push(id);
};

const newTheme = (processId: string, themeId: string, origin: TrailThemeState['origin'], title: string, description: string, m: TrailMoment): TrailThemeState => ({
  themeId,
  processId,
  status: 'active',
  origin,
  versions: [{ ...m, title, description, reason: null }],
  ideaIds: [],
  retired: null,
  retiredInto: [],
});

export const createTheme = (process: TrailProcessState, d: EventData<'ThemeCreated'>, m: TrailMoment): void => {
  if (own(process.themes, d.themeId)) return;
  process.themes[d.themeId] = newTheme(d.processId, d.themeId, 'created', d.title, d.description, m);
};

export const reviseTheme = (process: TrailProcessState, d: EventData<'ThemeRevised'>, m: TrailMoment): void => {
  own(process.themes, d.themeId)?.versions.push({ ...m, title: d.title, description: d.description, reason: d.reason });
};

export const linkIdea = (process: TrailProcessState, idea: TrailIdeaState | undefined, d: EventData<'IdeaLinkedToTheme'>, m: TrailMoment): void => {
  const theme = own(process.themes, d.themeId);
  if (!theme) return;
  addAll(theme.ideaIds, [d.ideaId]);
  idea?.links.push({ ...m, change: 'linked', themeId: d.themeId, rationale: d.rationale });
};

export const unlinkIdea = (process: TrailProcessState, idea: TrailIdeaState | undefined, d: EventData<'IdeaUnlinkedFromTheme'>, m: TrailMoment): void => {
  const theme = own(process.themes, d.themeId);
  if (!theme) return;
  theme.ideaIds = theme.ideaIds.filter((id) => id !== d.ideaId);
  idea?.links.push({ ...m, change: 'unlinked', themeId: d.themeId, rationale: d.rationale });
};

const retire = (theme: TrailThemeState, into: string[], m: TrailMoment): void => {
  theme.status = 'retired';
  theme.retired = m;
  theme.retiredInto = into;
};

export const mergeThemes = (process: TrailProcessState, d: EventData<'ThemesMerged'>, m: TrailMoment): void => {
  const target = own(process.themes, d.targetThemeId);
  if (!target) return;
  const sources = d.sourceThemeIds.flatMap((id) => own(process.themes, id) ?? []);
  // A retired source keeps its ideas, so these lists are also what followed it into the target.
  process.lineage.push({ ...m, kind: 'merge', rationale: d.rationale, targetThemeId: d.targetThemeId, sources: sources.map((s) => ({ themeId: s.themeId, ideaIds: [...s.ideaIds] })) });
  for (const source of sources) retire(source, [d.targetThemeId], m);
  addAll(target.ideaIds, d.movedIdeaIds);
};

export const splitTheme = (process: TrailProcessState, d: EventData<'ThemeSplit'>, m: TrailMoment): void => {
  const source = own(process.themes, d.sourceThemeId);
  if (!source) return;
  process.lineage.push({ ...m, kind: 'split', rationale: d.rationale, sourceThemeId: d.sourceThemeId, parts: d.parts.map((p) => ({ themeId: p.themeId, ideaIds: [...p.ideaIds] })) });
  retire(
    source,
    d.parts.map((p) => p.themeId),
    m,
  );
  for (const part of d.parts) {
    const theme = newTheme(d.processId, part.themeId, 'split', part.title, part.description, m);
    theme.ideaIds = [...part.ideaIds];
    process.themes[part.themeId] = theme;
  }
};

export const putOnAgenda = (process: TrailProcessState, d: EventData<'ThemePutOnAgenda'>, m: TrailMoment): void => {
  if (process.agenda.some((entry) => entry.themeId === d.themeId)) return;
  process.agenda.push({ ...m, themeId: d.themeId, rule: d.rule });
};

export const openVoting = (process: TrailProcessState, d: EventData<'VotingOpened'>, m: TrailMoment): void => {
  process.vote = {
    opened: m,
    method: { ...d.method },
    voters: d.voters,
    ballotThemeIds: [...d.themeIds],
    eligibleVoters: d.eligibleVoters,
    closed: null,
    result: null,
  };
};

export const closeVoting = (process: TrailProcessState, d: EventData<'VotingClosed'>, m: TrailMoment): void => {
  if (process.vote) process.vote.closed = { ...m, ballotCount: d.ballotCount };
};

export const declareResult = (process: TrailProcessState, d: EventData<'SummitResultDeclared'>, m: TrailMoment): void => {
  if (!process.vote) return;
  process.vote.result = {
    ...m,
    ballotCount: d.ballotCount,
    tally: d.tally.map((line) => ({ themeId: line.themeId, votes: line.votes, rank: line.rank, chosen: line.chosen })),
    chosenThemeIds: [...d.chosenThemeIds],
    tieBreak: d.tieBreak,
  };
};
