import { localise } from './localise.js';
import { stepMessages } from './steps.messages.js';
import { type IdeaReach } from './trail-graph.js';
import { groupName, proposalList, step, themeList, themeRef } from './trail-step.js';
import type { TrailProposalEventState, TrailProposalState, TrailReadModel } from './trail.read-model.js';
import type { TrailStep } from './trail.views.js';
import { latest, own } from './lookup.util.js';

type Step = TrailStep & { seq: number };

/** Working groups formed on the idea's themes (or drafting a proposal that carries it). */
export const workingGroupSteps = (model: TrailReadModel, reach: IdeaReach): Step[] =>
  reach.workingGroups.map((group) => {
    const themes = group.themeIds.map((themeId) => themeRef(own(model.processes, group.processId), themeId, group.seq));
    const params = { group: groupName(group, 'label'), themes: themeList(themes), rationale: group.overrideRationale ?? '' };
    const label = localise(group.overrideRationale === null ? stepMessages.workingGroupFormed : stepMessages.workingGroupFormedByOverride, params);
    return step('working-group-formed', group, label, { themes, workingGroup: { workingGroupId: group.workingGroupId, title: group.title }, rationale: group.overrideRationale });
  });

const titleOfVersion = (proposal: TrailProposalState, version: number): string =>
  (proposal.versions.find((v) => v.version === version) ?? latest(proposal.versions)).title;

const proposalLabel = (model: TrailReadModel, proposal: TrailProposalState, entry: TrailProposalEventState, namesIdea: boolean) => {
  const group = own(model.workingGroups, proposal.workingGroupId);
  const params = {
    proposal: titleOfVersion(proposal, entry.version),
    version: entry.version,
    note: entry.note ?? '',
    group: group ? groupName(group, 'inline') : proposal.workingGroupId,
  };
  switch (entry.kind) {
    case 'drafted':
      return localise(namesIdea ? stepMessages.proposalDraftedNamingIdea : stepMessages.proposalDrafted, params);
    case 'revised':
      return localise(stepMessages.proposalRevised, params);
    case 'submitted':
      return localise(stepMessages.proposalSubmitted, params);
    case 'adopted':
      return localise(stepMessages.proposalAdopted, params);
    case 'rejected':
      return localise(stepMessages.proposalRejected, params);
  }
};

/** Every version and decision of the proposals that carry the idea. */
export const proposalSteps = (model: TrailReadModel, reach: IdeaReach): Step[] =>
  reach.proposals.flatMap((proposal) => {
    const namesIdea = proposal.ideaIds.includes(reach.idea.ideaId);
    const group = own(model.workingGroups, proposal.workingGroupId);
    return proposal.history.map((entry) =>
      step(`proposal-${entry.kind}`, entry, proposalLabel(model, proposal, entry, namesIdea), {
        date: entry.date,
        themes: proposal.themeIds.map((id) => themeRef(own(model.processes, proposal.processId), id, entry.seq)),
        workingGroup: group ? { workingGroupId: group.workingGroupId, title: group.title } : null,
        proposal: { proposalId: proposal.proposalId, title: titleOfVersion(proposal, entry.version), version: entry.version },
        rationale: entry.note,
      }),
    );
  });

/**
 * Clause versions that cite one of the idea's proposals, the revision that stopped citing them,
 * withdrawals, and the adoption and presentation of a manifesto the idea is in. A clause whose
 * current version no longer cites them keeps its earlier steps: nothing in the record is hidden.
 */
export const manifestoSteps = (model: TrailReadModel, reach: IdeaReach): Step[] => {
  const carrying = new Map(reach.proposals.map((p) => [p.proposalId, p]));
  const proposalNames = (ids: readonly string[]) =>
    proposalList(ids.flatMap((id) => carrying.get(id) ?? []).map((p) => latest(p.versions).title));
  const steps: Step[] = [];
  for (const manifesto of Object.values(model.manifestos).filter((m) => m.processId === reach.idea.processId)) {
    for (const clause of Object.values(manifesto.clauses)) {
      const ref = { clause: { manifestoId: manifesto.manifestoId, clauseId: clause.clauseId, number: clause.position }, manifesto: { manifestoId: manifesto.manifestoId, title: manifesto.title } };
      const cites = clause.versions.map((v) => v.proposalIds.some((id) => carrying.has(id)));
      clause.versions.forEach((version, i) => {
        const before = i > 0 ? clause.versions[i - 1] : undefined;
        const params = { number: clause.position, reason: version.reason ?? '', proposals: proposalNames(version.proposalIds) };
        if (i === 0 && cites[0]) steps.push(step('clause-added', version, localise(stepMessages.clauseAdded, params), { ...ref, rationale: null }));
        else if (i > 0 && cites[i]) steps.push(step('clause-revised', version, localise(stepMessages.clauseRevised, params), { ...ref, rationale: version.reason }));
        else if (before && cites[i - 1]) {
          const dropped = { ...params, proposals: proposalNames(before.proposalIds) };
          steps.push(step('clause-revised', version, localise(stepMessages.clauseRevisedDroppingCitation, dropped), { ...ref, rationale: version.reason }));
        }
      });
      if (clause.withdrawal && cites.at(-1)) {
        const label = localise(stepMessages.clauseWithdrawn, { number: clause.position, reason: clause.withdrawal.reason });
        steps.push(step('clause-withdrawn', clause.withdrawal, label, { ...ref, rationale: clause.withdrawal.reason }));
      }
    }
  }
  for (const manifesto of new Set(reach.standingClauses.map((c) => c.manifesto))) {
    const ref = { manifesto: { manifestoId: manifesto.manifestoId, title: manifesto.title } };
    if (manifesto.adopted) steps.push(step('manifesto-adopted', manifesto.adopted, localise(stepMessages.manifestoAdopted, { manifesto: manifesto.title }), { ...ref, date: manifesto.adopted.date }));
    if (manifesto.presented) {
      const label = localise(stepMessages.manifestoPresented, { manifesto: manifesto.title, occasion: manifesto.presented.occasion });
      steps.push(step('manifesto-presented', manifesto.presented, label, { ...ref, date: manifesto.presented.date, rationale: manifesto.presented.occasion }));
    }
  }
  return steps;
};
