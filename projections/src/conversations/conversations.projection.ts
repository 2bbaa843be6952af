import type { Projection, ProjectedEvent } from '../projection.js';
import type { ConversationsReadModel } from './conversations.read-model.js';

/** Processes, conversations and ideas for the public queries: what happened, without who. */
export const conversationsProjection: Projection<ConversationsReadModel> = {
  name: 'conversations',
  version: 2, // 2: folds public views (docs/publication.md)
  eventTypes: [
    'ProcessStarted',
    'PhaseStarted',
    'ConversationPlanned',
    'ConversationHeld',
    'ConversationReportSubmitted',
    'IdeaRecorded',
    'IdeaTextRevised',
    'IdeaWithdrawn',
  ],
  initialState: () => ({ processes: {}, conversations: {}, ideas: {}, ideaIdByReceiptCode: {} }),
  evolve: (model, event) => {
    apply(model, event);
    return model;
  },
};

const apply = (model: ConversationsReadModel, event: ProjectedEvent): void => {
  const demo = event.demo === true;
  switch (event.type) {
    case 'ProcessStarted': {
      const d = event.data;
      model.processes[d.processId] = {
        processId: d.processId,
        title: d.title,
        city: d.city,
        municipalityCode: d.municipalityCode,
        description: d.description,
        demo: d.demo,
        districts: d.districts.map((x) => ({ code: x.code, name: x.name })),
        currentPhase: null,
        phases: d.plannedPhases.map((p) => ({ phase: p.phase, startsOn: p.startsOn ?? null, endsOn: p.endsOn ?? null, startedOn: null })),
      };
      return;
    }
    case 'PhaseStarted': {
      const process = model.processes[event.data.processId];
      if (!process) return;
      process.currentPhase = event.data.phase;
      const phase = process.phases.find((p) => p.phase === event.data.phase);
      if (phase) phase.startedOn = event.data.startedOn;
      return;
    }
    case 'ConversationPlanned': {
      const d = event.data;
      model.conversations[d.conversationId] = {
        conversationId: d.conversationId,
        processId: d.processId,
        districtCode: d.districtCode,
        plannedOn: d.plannedOn,
        heldOn: null,
        status: 'planned',
        groupSize: null,
        reportSubmittedOn: null,
        ideaIds: [],
        demo,
      };
      return;
    }
    case 'ConversationHeld': {
      const conversation = model.conversations[event.data.conversationId];
      if (!conversation) return;
      conversation.status = 'held';
      conversation.heldOn = event.data.heldOn;
      conversation.groupSize = event.data.participantIds.length;
      return;
    }
    case 'ConversationReportSubmitted': {
      const conversation = model.conversations[event.data.conversationId];
      if (!conversation) return;
      conversation.status = 'reported';
      conversation.reportSubmittedOn = event.data.submittedOn;
      return;
    }
    case 'IdeaRecorded': {
      const d = event.data;
      const conversation = model.conversations[d.conversationId];
      if (!conversation) return;
      conversation.ideaIds.push(d.ideaId);
      model.ideas[d.ideaId] = {
        ideaId: d.ideaId,
        conversationId: d.conversationId,
        processId: conversation.processId,
        districtCode: conversation.districtCode,
        kind: d.kind,
        text: d.text,
        status: 'recorded',
        withdrawalReason: null,
        receiptCode: d.receiptCode,
        recordedAt: event.occurredAt,
        revisions: [],
        demo,
      };
      model.ideaIdByReceiptCode[d.receiptCode] = d.ideaId;
      return;
    }
    case 'IdeaTextRevised': {
      const idea = model.ideas[event.data.ideaId];
      if (!idea || idea.text === null) return;
      idea.revisions.push({ text: idea.text, reason: event.data.reason, revisedAt: event.occurredAt });
      idea.text = event.data.text;
      return;
    }
    case 'IdeaWithdrawn': {
      const idea = model.ideas[event.data.ideaId];
      if (!idea) return;
      idea.status = 'withdrawn';
      idea.withdrawalReason = event.data.reason;
      idea.text = null;
      idea.revisions = idea.revisions.map((r) => ({ ...r, text: null }));
      return;
    }
    default:
      return;
  }
};
