import { districtReach } from '../trail/district-reach.query.js';
import { ideaTrail } from '../trail/idea-trail.query.js';
import { own } from '../trail/lookup.util.js';
import type { IdeaTrailFound } from '../trail/trail.views.js';
import type { PortalContext } from './portal-context.js';
import type { PortalConversation, PortalDistrict } from './portal-data.views.js';

/**
 * Every idea of the process with its whole trail, in the order recorded: the ideaTrail query's
 * answer for its receipt code, exactly what the API gives a resident who types that code.
 */
export const portalIdeas = (context: PortalContext): IdeaTrailFound[] =>
  Object.values(context.models.trail.ideas)
    .filter((idea) => idea.processId === context.processId)
    .flatMap((idea) => {
      const trail = ideaTrail(context.models.trail, idea.receiptCode);
      return trail.found ? [trail] : [];
    });

const byDayThenId = (a: PortalConversation, b: PortalConversation): number => {
  const dayA = a.heldOn ?? a.plannedOn;
  const dayB = b.heldOn ?? b.plannedOn;
  return dayA < dayB ? -1 : dayA > dayB ? 1 : a.conversationId < b.conversationId ? -1 : 1;
};

/**
 * The districts of the process (also those where no conversation was held), then any district a
 * conversation named that the process did not, each with its conversations by day, its ideas and
 * how far they travelled.
 */
export const portalDistricts = (context: PortalContext): PortalDistrict[] => {
  const { models, processId } = context;
  const process = own(models.conversations.processes, processId);
  const reach = districtReach(models.trail, processId);
  const conversations = Object.values(models.conversations.conversations).filter((c) => c.processId === processId);
  const named = process?.districts ?? [];
  const extra = [...new Set(conversations.map((c) => c.districtCode))].filter((code) => !named.some((d) => d.code === code)).sort();
  const districts = [...named.map((d) => ({ code: d.code, name: d.name as string | null })), ...extra.map((code) => ({ code, name: null }))];
  return districts.map(({ code, name }) => {
    const inDistrict = conversations
      .filter((c) => c.districtCode === code)
      .map(
        (c): PortalConversation => ({
          conversationId: c.conversationId,
          districtCode: c.districtCode,
          plannedOn: c.plannedOn,
          heldOn: c.heldOn,
          status: c.status,
          groupSize: c.groupSize,
          ideaCodes: c.ideaIds.flatMap((id) => own(models.conversations.ideas, id)?.receiptCode ?? []),
        }),
      )
      .sort(byDayThenId);
    const ideas = inDistrict.flatMap((c) => c.ideaCodes).flatMap((receiptCode) => {
      const id = own(models.conversations.ideaIdByReceiptCode, receiptCode);
      return id === undefined ? [] : (own(models.conversations.ideas, id) ?? []);
    });
    return {
      code,
      name,
      conversations: inDistrict,
      ideas: ideas.filter((i) => i.status !== 'withdrawn').length,
      withdrawn: ideas.filter((i) => i.status === 'withdrawn').length,
      reach: reach?.districts.find((d) => d.code === code) ?? null,
    };
  });
};
