import { clauseRoots } from '../trail/clause-roots.query.js';
import { latest, localDay } from '../trail/lookup.util.js';
import { currentClause, ideasOfProposal } from '../trail/trail-graph.js';
import type { TrailManifestoState } from '../trail/trail.read-model.js';
import { type PortalContext, codesOf } from './portal-context.js';
import type { PortalClause, PortalManifesto, PortalProposal, PortalWorkingGroup } from './portal-data.views.js';
import { wordDiff } from './word-diff.util.js';

const processProposals = (context: PortalContext) =>
  Object.values(context.models.trail.proposals)
    .filter((p) => p.processId === context.processId)
    .sort((a, b) => a.versions[0].seq - b.versions[0].seq);

/** The manifesto drafted first for the process; a process has one. */
const processManifesto = (context: PortalContext): TrailManifestoState | undefined =>
  Object.values(context.models.trail.manifestos)
    .filter((m) => m.processId === context.processId)
    .sort((a, b) => a.seq - b.seq)[0];

/** Working groups and round tables in the order formed, with their proposals. */
export const portalWorkingGroups = (context: PortalContext): PortalWorkingGroup[] => {
  const proposals = processProposals(context);
  return Object.values(context.models.trail.workingGroups)
    .filter((g) => g.processId === context.processId)
    .sort((a, b) => a.seq - b.seq)
    .map((g) => ({
      workingGroupId: g.workingGroupId,
      title: g.title,
      kind: g.kind,
      themeIds: [...g.themeIds],
      overrideRationale: g.overrideRationale,
      formedAt: g.at,
      proposalIds: proposals.filter((p) => p.workingGroupId === g.workingGroupId).map((p) => p.proposalId),
    }));
};

/** Proposals in the order drafted, every version with a word-level difference from the one before. */
export const portalProposals = (context: PortalContext): PortalProposal[] => {
  const manifesto = processManifesto(context);
  const clauses = manifesto ? Object.values(manifesto.clauses).sort((a, b) => a.position - b.position) : [];
  return processProposals(context).map((p) => ({
    proposalId: p.proposalId,
    workingGroupId: p.workingGroupId,
    title: latest(p.versions).title,
    status: p.status,
    themeIds: [...p.themeIds],
    namedIdeaCodes: codesOf(context, p.ideaIds),
    ideaCount: ideasOfProposal(context.models.trail, p).length,
    versions: p.versions.map((v, i) => {
      const previous = i > 0 ? p.versions[i - 1] : undefined;
      return {
        version: v.version,
        at: v.at,
        date: localDay(v.at),
        title: v.title,
        text: v.text,
        changeNote: v.changeNote,
        diff: previous ? wordDiff(previous.text, v.text) : null,
        previousTitle: previous && previous.title !== v.title ? previous.title : null,
      };
    }),
    history: p.history.map((h) => ({ kind: h.kind, version: h.version, date: h.date, note: h.note })),
    clauseIds: clauses.filter((c) => currentClause(c).proposalIds.includes(p.proposalId)).map((c) => c.clauseId),
  }));
};

/** The manifesto with every clause in order, each with its roots (the clauseRoots query). */
export const portalManifesto = (context: PortalContext): PortalManifesto | null => {
  const manifesto = processManifesto(context);
  if (!manifesto) return null;
  const clauses = Object.values(manifesto.clauses)
    .sort((a, b) => a.position - b.position || (a.clauseId < b.clauseId ? -1 : 1))
    .flatMap((clause): PortalClause[] => {
      const roots = clauseRoots(context.models.trail, clause.clauseId, manifesto.manifestoId);
      if (!roots.found) return [];
      const current = currentClause(clause);
      return [
        {
          clauseId: clause.clauseId,
          number: clause.position,
          status: clause.status,
          text: current.text,
          editorial: current.editorial,
          editorialNote: current.editorialNote,
          versions: clause.versions.map((v) => ({ at: v.at, text: v.text, proposalIds: [...v.proposalIds], reason: v.reason })),
          withdrawal: clause.withdrawal && { at: clause.withdrawal.at, reason: clause.withdrawal.reason },
          roots,
        },
      ];
    });
  return {
    manifestoId: manifesto.manifestoId,
    title: manifesto.title,
    status: manifesto.status,
    adoptedOn: manifesto.adopted?.date ?? null,
    presented: manifesto.presented && { date: manifesto.presented.date, occasion: manifesto.presented.occasion },
    clauses,
  };
};
