import type { ProjectedEvent } from '../../projection.js';

export interface DirectCount {
  ideaIds: string[];
  conversations: number;
  districts: number;
}

/**
 * Counts a clause's roots straight from the events, without the projection: replay which ideas
 * sit in which theme (links, unlinks, merges, splits), take the proposals the clause's last
 * version cites, and collect the ideas they name or that sit in their themes. A second, naive
 * reading of the same rule, for the specs to hold the projection to.
 */
export const countClauseRoots = (events: readonly ProjectedEvent[], manifestoId: string, clauseId: string): DirectCount => {
  const themeIdeas = new Map<string, Set<string>>();
  const districtOfConversation = new Map<string, string>();
  const conversationOfIdea = new Map<string, string>();
  const proposals = new Map<string, { themeIds: string[]; ideaIds: string[] }>();
  let cited: string[] = [];
  const ideasIn = (themeId: string): Set<string> => {
    const ideas = themeIdeas.get(themeId) ?? new Set<string>();
    themeIdeas.set(themeId, ideas);
    return ideas;
  };
  for (const event of events) {
    switch (event.type) {
      case 'ConversationPlanned':
        districtOfConversation.set(event.data.conversationId, event.data.districtCode);
        break;
      case 'IdeaRecorded':
        conversationOfIdea.set(event.data.ideaId, event.data.conversationId);
        break;
      case 'IdeaLinkedToTheme':
        ideasIn(event.data.themeId).add(event.data.ideaId);
        break;
      case 'IdeaUnlinkedFromTheme':
        ideasIn(event.data.themeId).delete(event.data.ideaId);
        break;
      case 'ThemesMerged':
        for (const id of event.data.movedIdeaIds) ideasIn(event.data.targetThemeId).add(id);
        break;
      case 'ThemeSplit':
        for (const part of event.data.parts) themeIdeas.set(part.themeId, new Set(part.ideaIds));
        break;
      case 'ProposalDrafted':
        proposals.set(event.data.proposalId, { themeIds: event.data.themeIds, ideaIds: event.data.ideaIds });
        break;
      case 'ManifestoClauseAdded':
      case 'ManifestoClauseRevised':
        if (event.data.manifestoId === manifestoId && event.data.clauseId === clauseId) cited = event.data.proposalIds;
        break;
      default:
        break;
    }
  }
  const ideaIds = new Set<string>();
  for (const proposalId of cited) {
    const proposal = proposals.get(proposalId);
    if (!proposal) continue;
    for (const id of proposal.ideaIds) ideaIds.add(id);
    for (const themeId of proposal.themeIds) for (const id of ideasIn(themeId)) ideaIds.add(id);
  }
  const conversations = new Set([...ideaIds].map((id) => conversationOfIdea.get(id)));
  const districts = new Set([...conversations].map((c) => (c === undefined ? undefined : districtOfConversation.get(c))));
  return { ideaIds: [...ideaIds].sort(), conversations: conversations.size, districts: districts.size };
};
