import { lookupMessages } from './explanations.messages.js';
import { manifestoSteps, proposalSteps, workingGroupSteps } from './follow-up-steps.js';
import { ideaOutcome } from './idea-outcome.js';
import { bundlingSteps, ideaSteps, summitSteps } from './idea-trail-steps.js';
import { localise } from './localise.js';
import { normaliseReceiptCode } from './receipt-code.js';
import { type IdeaReach, trailGraph } from './trail-graph.js';
import { currentTitle, districtName, inTimeOrder } from './trail-step.js';
import type { TrailIdeaState, TrailReadModel } from './trail.read-model.js';
import type { IdeaTrailFound, IdeaTrailResult } from './trail.views.js';
import { latest, localDay, own } from './lookup.util.js';

/**
 * An idea's trail forward, looked up by the receipt code on the participant's slip: where it was
 * voiced, every step it went through in time order, where it is now, and how far it got and why
 * it stopped there, in Dutch and English.
 */
export const ideaTrail = (model: TrailReadModel, receiptCode: string): IdeaTrailResult => {
  const code = normaliseReceiptCode(receiptCode);
  if (code === null) return { found: false, receiptCode, message: localise(lookupMessages.receiptCodeMalformed, { input: receiptCode.trim() }) };
  const ideaId = own(model.ideaIdByReceiptCode, code);
  const idea = ideaId === undefined ? undefined : own(model.ideas, ideaId);
  if (!idea) return { found: false, receiptCode: code, message: localise(lookupMessages.receiptCodeUnknown, { code }) };
  return trailOfIdea(model, trailGraph(model).reachOf(idea), idea);
};

/** The trail of one idea, from its reach in the graph (also used to check trails against clause roots). */
export const trailOfIdea = (model: TrailReadModel, reach: IdeaReach, idea: TrailIdeaState = reach.idea): IdeaTrailFound => {
  const conversation = own(model.conversations, idea.conversationId) ?? { conversationId: idea.conversationId, districtCode: idea.districtCode, plannedOn: localDay(idea.recorded.at), heldOn: null };
  const steps = inTimeOrder([
    ...ideaSteps(reach),
    ...bundlingSteps(reach),
    ...summitSteps(reach),
    ...workingGroupSteps(model, reach),
    ...proposalSteps(model, reach),
    ...manifestoSteps(model, reach),
  ]);
  return {
    found: true,
    receiptCode: idea.receiptCode,
    idea: {
      ideaId: idea.ideaId,
      receiptCode: idea.receiptCode,
      kind: idea.kind,
      text: idea.text,
      status: idea.status,
      withdrawalReason: idea.withdrawal?.reason ?? null,
      recordedAt: idea.recorded.at,
      processId: idea.processId,
      processTitle: reach.process?.title ?? idea.processId,
    },
    conversation: {
      conversationId: conversation.conversationId,
      districtCode: conversation.districtCode,
      districtName: districtName(reach.process, conversation.districtCode),
      plannedOn: conversation.plannedOn,
      heldOn: conversation.heldOn,
    },
    steps,
    themes: reach.currentThemes.map((t) => ({ themeId: t.themeId, title: currentTitle(t), status: t.status })),
    proposals: reach.proposals.map((p) => ({
      proposalId: p.proposalId,
      title: latest(p.versions).title,
      status: p.status,
      version: latest(p.versions).version,
      namesIdea: p.ideaIds.includes(idea.ideaId),
    })),
    clauses: reach.clauses.map(({ manifesto, clause }) => ({ manifestoId: manifesto.manifestoId, clauseId: clause.clauseId, number: clause.position, status: clause.status })),
    ...ideaOutcome(reach),
  };
};
