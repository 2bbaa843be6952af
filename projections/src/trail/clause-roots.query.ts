import { lookupMessages, rootsMessages } from './explanations.messages.js';
import { type Localised, localise } from './localise.js';
import { currentClause, ideasOfClause, lineageNeighbours, reachableThemes } from './trail-graph.js';
import { currentTitle, districtName } from './trail-step.js';
import type { TrailClauseState, TrailIdeaState, TrailManifestoState, TrailReadModel } from './trail.read-model.js';
import type { ClauseRootsCounts, ClauseRootsDistrict, ClauseRootsResult, ClauseRootsTheme } from './trail-audit.views.js';
import { latest, own } from './lookup.util.js';

/**
 * Which ideas a clause goes back to (the same rule as an idea's trail, see trail-graph.ts): every
 * idea that one of the proposals its current text cites names itself, plus every idea that is now
 * in a theme one of those proposals cites, following merges and splits (a merge target holds its
 * sources' ideas, a split part the ideas it took, a retired theme the ideas it had). Withdrawn
 * ideas count, without their text; ideas unlinked from those themes do not.
 */
export const clauseRoots = (model: TrailReadModel, clauseId: string, manifestoId?: string): ClauseRootsResult => {
  const found = findClause(model, clauseId, manifestoId);
  if (!found) return { found: false, clauseId, message: localise(lookupMessages.clauseUnknown, { clauseId }) };
  const { manifesto, clause } = found;
  const version = currentClause(clause);
  const process = own(model.processes, manifesto.processId);
  const proposals = version.proposalIds.flatMap((id) => own(model.proposals, id) ?? []);
  const ideas = ideasOfClause(model, clause);
  const themes = rootThemes(model, manifesto, proposals.flatMap((p) => p.themeIds), ideas);
  const conversations = new Map<string, { conversationId: string; districtCode: string; heldOn: string | null; ideaCount: number }>();
  for (const idea of ideas) {
    const entry = conversations.get(idea.conversationId);
    if (entry) entry.ideaCount += 1;
    else conversations.set(idea.conversationId, { conversationId: idea.conversationId, districtCode: idea.districtCode, heldOn: own(model.conversations, idea.conversationId)?.heldOn ?? null, ideaCount: 1 });
  }
  const districts = new Map<string, ClauseRootsDistrict>();
  for (const d of process?.districts ?? []) districts.set(d.code, { code: d.code, name: d.name, ideaCount: 0, conversationCount: 0 });
  for (const c of conversations.values()) {
    const entry = districts.get(c.districtCode) ?? { code: c.districtCode, name: districtName(process, c.districtCode), ideaCount: 0, conversationCount: 0 };
    entry.ideaCount += c.ideaCount;
    entry.conversationCount += 1;
    districts.set(c.districtCode, entry);
  }
  const reached = [...districts.values()].filter((d) => d.conversationCount > 0);
  const counts: ClauseRootsCounts = {
    proposals: proposals.length,
    themes: themes.filter((t) => t.cited).length,
    ideas: ideas.length,
    withdrawnIdeas: ideas.filter((i) => i.status === 'withdrawn').length,
    conversations: conversations.size,
    districts: reached.length,
    districtsTotal: process && process.districts.length > 0 ? process.districts.length : null,
  };
  return {
    found: true,
    clause: {
      manifestoId: manifesto.manifestoId,
      manifestoTitle: manifesto.title,
      manifestoStatus: manifesto.status,
      clauseId: clause.clauseId,
      number: clause.position,
      text: version.text,
      status: clause.status,
      editorial: version.editorial,
      editorialNote: version.editorialNote,
    },
    proposals: proposals.map((p) => ({
      proposalId: p.proposalId,
      title: latest(p.versions).title,
      status: p.status,
      version: latest(p.versions).version,
      workingGroupId: p.workingGroupId,
      workingGroupTitle: own(model.workingGroups, p.workingGroupId)?.title ?? null,
      themeIds: [...p.themeIds],
      namedIdeaCount: p.ideaIds.length,
    })),
    themes,
    ideas: ideas.map((i) => ({ ideaId: i.ideaId, receiptCode: i.receiptCode, status: i.status, text: i.text, conversationId: i.conversationId, districtCode: i.districtCode })),
    conversations: [...conversations.values()],
    districts: reached,
    counts,
    summary: summary(counts, version.editorial ? version.editorialNote : null),
  };
};

/** By default the clause with this id in the manifesto drafted first; clause ids are unique within a manifesto. */
const findClause = (model: TrailReadModel, clauseId: string, manifestoId?: string): { manifesto: TrailManifestoState; clause: TrailClauseState } | undefined => {
  const manifestos = manifestoId === undefined ? Object.values(model.manifestos).sort((a, b) => a.seq - b.seq) : [own(model.manifestos, manifestoId)].flatMap((m) => m ?? []);
  for (const manifesto of manifestos) {
    const clause = own(manifesto.clauses, clauseId);
    if (clause) return { manifesto, clause };
  }
  return undefined;
};

/** The cited themes, then the themes that merged or split into them, each with how many of the clause's ideas it holds. */
const rootThemes = (model: TrailReadModel, manifesto: TrailManifestoState, citedIds: readonly string[], ideas: readonly TrailIdeaState[]): ClauseRootsTheme[] => {
  const process = own(model.processes, manifesto.processId);
  if (!process) return [];
  const { parents } = lineageNeighbours(process);
  const cited = [...new Set(citedIds)];
  const ancestors = [...new Set(cited.flatMap((id) => reachableThemes(id, parents)))].filter((id) => !cited.includes(id));
  const ideaIds = new Set(ideas.map((i) => i.ideaId));
  return [...cited, ...ancestors].flatMap((themeId) => {
    const theme = own(process.themes, themeId);
    if (!theme) return [];
    return [{ themeId, title: currentTitle(theme), status: theme.status, cited: cited.includes(themeId), ideaCount: theme.ideaIds.filter((id) => ideaIds.has(id)).length }];
  });
};

const summary = (counts: ClauseRootsCounts, editorialNote: string | null): Localised => {
  if (editorialNote !== null) return localise(rootsMessages.editorial, { note: editorialNote });
  const params = { ideas: counts.ideas, conversations: counts.conversations, districts: counts.districts, total: counts.districtsTotal ?? 0 };
  const base = localise(counts.districtsTotal === null ? rootsMessages.summaryWithoutTotal : rootsMessages.summary, params);
  if (counts.withdrawnIdeas === 0) return base;
  const suffix = localise(rootsMessages.withdrawnSuffix, { withdrawn: counts.withdrawnIdeas });
  return { nl: base.nl + suffix.nl, en: base.en + suffix.en };
};
