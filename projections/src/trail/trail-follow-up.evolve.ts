import type { EventData } from '@spoor/contracts';
import type { TrailManifestoState, TrailMoment, TrailProposalStatus, TrailReadModel } from './trail.read-model.js';
import { localDay, own } from './lookup.util.js';

export const formWorkingGroup = (model: TrailReadModel, d: EventData<'WorkingGroupFormed'>, m: TrailMoment): void => {
  if (own(model.workingGroups, d.workingGroupId)) return;
  model.workingGroups[d.workingGroupId] = {
    ...m,
    workingGroupId: d.workingGroupId,
    processId: d.processId,
    title: d.title,
    kind: d.kind,
    themeIds: [...d.themeIds],
    overrideRationale: d.override?.rationale ?? null,
  };
};

export const draftProposal = (model: TrailReadModel, d: EventData<'ProposalDrafted'>, m: TrailMoment): void => {
  if (own(model.proposals, d.proposalId)) return;
  model.proposals[d.proposalId] = {
    proposalId: d.proposalId,
    processId: d.processId,
    workingGroupId: d.workingGroupId,
    themeIds: [...d.themeIds],
    ideaIds: [...d.ideaIds],
    status: 'drafted',
    versions: [{ ...m, version: d.version, title: d.title, text: d.text, changeNote: null }],
    history: [{ ...m, kind: 'drafted', version: d.version, date: localDay(m.at), note: null }],
  };
};

export const reviseProposal = (model: TrailReadModel, d: EventData<'ProposalRevised'>, m: TrailMoment): void => {
  const proposal = own(model.proposals, d.proposalId);
  if (!proposal) return;
  // As in the ledger: a revision brings a rejected proposal back to drafting.
  proposal.status = 'drafted';
  proposal.versions.push({ ...m, version: d.version, title: d.title, text: d.text, changeNote: d.changeNote });
  proposal.history.push({ ...m, kind: 'revised', version: d.version, date: localDay(m.at), note: d.changeNote });
};

export const markProposal = (
  model: TrailReadModel,
  proposalId: string,
  status: Exclude<TrailProposalStatus, 'drafted'>,
  version: number,
  date: string,
  note: string | null,
  m: TrailMoment,
): void => {
  const proposal = own(model.proposals, proposalId);
  if (!proposal) return;
  proposal.status = status;
  proposal.history.push({ ...m, kind: status, version, date, note });
};

export const draftManifesto = (model: TrailReadModel, d: EventData<'ManifestoDrafted'>, m: TrailMoment): void => {
  if (own(model.manifestos, d.manifestoId)) return;
  model.manifestos[d.manifestoId] = { ...m, manifestoId: d.manifestoId, processId: d.processId, title: d.title, status: 'drafting', adopted: null, presented: null, clauses: {} };
};

type ClauseContent = Pick<EventData<'ManifestoClauseAdded'>, 'text' | 'proposalIds' | 'editorial' | 'editorialNote'>;

const clauseVersion = (d: ClauseContent, reason: string | null, m: TrailMoment) => ({
  ...m,
  text: d.text,
  proposalIds: [...d.proposalIds],
  editorial: d.editorial,
  editorialNote: d.editorialNote ?? null,
  reason,
});

const manifestoOf = (model: TrailReadModel, manifestoId: string): TrailManifestoState | undefined => own(model.manifestos, manifestoId);

const clauseOf = (model: TrailReadModel, manifestoId: string, clauseId: string) => {
  const manifesto = manifestoOf(model, manifestoId);
  return manifesto ? own(manifesto.clauses, clauseId) : undefined;
};

export const addClause = (model: TrailReadModel, d: EventData<'ManifestoClauseAdded'>, m: TrailMoment): void => {
  const manifesto = manifestoOf(model, d.manifestoId);
  if (!manifesto || own(manifesto.clauses, d.clauseId)) return;
  manifesto.clauses[d.clauseId] = { clauseId: d.clauseId, position: d.position, status: 'standing', versions: [clauseVersion(d, null, m)], withdrawal: null };
};

export const reviseClause = (model: TrailReadModel, d: EventData<'ManifestoClauseRevised'>, m: TrailMoment): void => {
  clauseOf(model, d.manifestoId, d.clauseId)?.versions.push(clauseVersion(d, d.reason, m));
};

export const withdrawClause = (model: TrailReadModel, d: EventData<'ManifestoClauseWithdrawn'>, m: TrailMoment): void => {
  const clause = clauseOf(model, d.manifestoId, d.clauseId);
  if (!clause) return;
  clause.status = 'withdrawn';
  clause.withdrawal = { ...m, reason: d.reason };
};

export const adoptManifesto = (model: TrailReadModel, d: EventData<'ManifestoAdopted'>, m: TrailMoment): void => {
  const manifesto = manifestoOf(model, d.manifestoId);
  if (!manifesto) return;
  manifesto.status = 'adopted';
  manifesto.adopted = { ...m, date: d.adoptedOn };
};

export const presentManifesto = (model: TrailReadModel, d: EventData<'ManifestoPresented'>, m: TrailMoment): void => {
  const manifesto = manifestoOf(model, d.manifestoId);
  if (manifesto) manifesto.presented = { ...m, date: d.presentedOn, occasion: d.occasion };
};
