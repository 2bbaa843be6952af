import type { EventData, EventType } from '@spoor/contracts';
import type { Projection, ProjectedEvent } from '../projection.js';
import type { TrailMoment, TrailProcessState, TrailReadModel } from './trail.read-model.js';
import {
  addClause,
  adoptManifesto,
  draftManifesto,
  draftProposal,
  formWorkingGroup,
  markProposal,
  presentManifesto,
  reviseClause,
  reviseProposal,
  withdrawClause,
} from './trail-follow-up.evolve.js';
import { closeVoting, createTheme, declareResult, linkIdea, mergeThemes, openVoting, putOnAgenda, reviseTheme, splitTheme, unlinkIdea } from './trail-themes.evolve.js';
import { own } from './lookup.util.js';

const trailEventTypes = [
  'ProcessStarted',
  'ConversationPlanned',
  'ConversationHeld',
  'IdeaRecorded',
  'IdeaTextRevised',
  'IdeaWithdrawn',
  'ThemeCreated',
  'ThemeRevised',
  'IdeaLinkedToTheme',
  'IdeaUnlinkedFromTheme',
  'ThemesMerged',
  'ThemeSplit',
  'ThemePutOnAgenda',
  'VotingOpened',
  'VotingClosed',
  'SummitResultDeclared',
  'WorkingGroupFormed',
  'ProposalDrafted',
  'ProposalRevised',
  'ProposalSubmitted',
  'ProposalAdopted',
  'ProposalRejected',
  'ManifestoDrafted',
  'ManifestoClauseAdded',
  'ManifestoClauseRevised',
  'ManifestoClauseWithdrawn',
  'ManifestoAdopted',
  'ManifestoPresented',
] as const satisfies readonly EventType[];

/**
 * The trail: every fact from a living-room conversation to a manifesto clause, folded into one
 * graph. The questions asked of it (an idea's trail forward, a clause's roots backward, a theme's
 * lineage, each district's reach) are views of that one graph, answered by the pure functions in
 * this folder; separate read models per question would be copies of the same links that would
 * have to be kept consistent with each other, and a trail that reaches a clause must show up in
 * that clause's roots.
 */
export const trailProjection: Projection<TrailReadModel> = {
  name: 'trail',
  version: 2, // 2: folds public views (docs/publication.md)
  eventTypes: trailEventTypes,
  initialState: () => ({ sequence: 0, processes: {}, conversations: {}, ideas: {}, ideaIdByReceiptCode: {}, workingGroups: {}, proposals: {}, manifestos: {} }),
  evolve: (model, event) => {
    model.sequence += 1;
    apply(model, event, { at: event.occurredAt, seq: model.sequence });
    return model;
  },
};

/** The process, created empty when an event refers to one whose start this log does not hold. */
export const processOf = (model: TrailReadModel, processId: string): TrailProcessState =>
  own(model.processes, processId) ?? (model.processes[processId] = { processId, title: processId, districts: [], themes: {}, lineage: [], agenda: [], vote: null });

const startProcess = (model: TrailReadModel, d: EventData<'ProcessStarted'>): void => {
  const process = processOf(model, d.processId);
  process.title = d.title;
  process.districts = d.districts.map((x) => ({ code: x.code, name: x.name }));
};

const recordIdea = (model: TrailReadModel, d: EventData<'IdeaRecorded'>, m: TrailMoment): void => {
  const conversation = own(model.conversations, d.conversationId);
  if (!conversation || own(model.ideas, d.ideaId)) return;
  model.ideas[d.ideaId] = {
    ideaId: d.ideaId,
    processId: conversation.processId,
    conversationId: d.conversationId,
    districtCode: conversation.districtCode,
    receiptCode: d.receiptCode,
    kind: d.kind,
    text: d.text,
    status: 'recorded',
    recorded: m,
    revisions: [],
    withdrawal: null,
    links: [],
  };
  model.ideaIdByReceiptCode[d.receiptCode] = d.ideaId;
};

const apply = (model: TrailReadModel, event: ProjectedEvent, m: TrailMoment): void => {
  switch (event.type) {
    case 'ProcessStarted':
      return startProcess(model, event.data);
    case 'ConversationPlanned': {
      const d = event.data;
      model.conversations[d.conversationId] = { conversationId: d.conversationId, processId: d.processId, districtCode: d.districtCode, plannedOn: d.plannedOn, heldOn: null };
      return;
    }
    case 'ConversationHeld': {
      const conversation = own(model.conversations, event.data.conversationId);
      if (conversation) conversation.heldOn = event.data.heldOn;
      return;
    }
    case 'IdeaRecorded':
      return recordIdea(model, event.data, m);
    case 'IdeaTextRevised': {
      const idea = own(model.ideas, event.data.ideaId);
      if (!idea || idea.status === 'withdrawn') return;
      idea.text = event.data.text;
      idea.revisions.push({ ...m, reason: event.data.reason });
      return;
    }
    case 'IdeaWithdrawn': {
      const idea = own(model.ideas, event.data.ideaId);
      if (!idea || idea.status === 'withdrawn') return;
      idea.status = 'withdrawn';
      idea.text = null;
      idea.withdrawal = { ...m, reason: event.data.reason };
      return;
    }
    case 'ThemeCreated':
      return createTheme(processOf(model, event.data.processId), event.data, m);
    case 'ThemeRevised':
      return reviseTheme(processOf(model, event.data.processId), event.data, m);
    case 'IdeaLinkedToTheme':
      return linkIdea(processOf(model, event.data.processId), own(model.ideas, event.data.ideaId), event.data, m);
    case 'IdeaUnlinkedFromTheme':
      return unlinkIdea(processOf(model, event.data.processId), own(model.ideas, event.data.ideaId), event.data, m);
    case 'ThemesMerged':
      return mergeThemes(processOf(model, event.data.processId), event.data, m);
    case 'ThemeSplit':
      return splitTheme(processOf(model, event.data.processId), event.data, m);
    case 'ThemePutOnAgenda':
      return putOnAgenda(processOf(model, event.data.processId), event.data, m);
    case 'VotingOpened':
      return openVoting(processOf(model, event.data.processId), event.data, m);
    case 'VotingClosed':
      return closeVoting(processOf(model, event.data.processId), event.data, m);
    case 'SummitResultDeclared':
      return declareResult(processOf(model, event.data.processId), event.data, m);
    case 'WorkingGroupFormed':
      return formWorkingGroup(model, event.data, m);
    case 'ProposalDrafted':
      return draftProposal(model, event.data, m);
    case 'ProposalRevised':
      return reviseProposal(model, event.data, m);
    case 'ProposalSubmitted':
      return markProposal(model, event.data.proposalId, 'submitted', event.data.version, event.data.submittedOn, null, m);
    case 'ProposalAdopted':
      return markProposal(model, event.data.proposalId, 'adopted', event.data.version, event.data.adoptedOn, null, m);
    case 'ProposalRejected':
      return markProposal(model, event.data.proposalId, 'rejected', event.data.version, event.data.rejectedOn, event.data.reason, m);
    case 'ManifestoDrafted':
      return draftManifesto(model, event.data, m);
    case 'ManifestoClauseAdded':
      return addClause(model, event.data, m);
    case 'ManifestoClauseRevised':
      return reviseClause(model, event.data, m);
    case 'ManifestoClauseWithdrawn':
      return withdrawClause(model, event.data, m);
    case 'ManifestoAdopted':
      return adoptManifesto(model, event.data, m);
    case 'ManifestoPresented':
      return presentManifesto(model, event.data, m);
    default:
      return;
  }
};
