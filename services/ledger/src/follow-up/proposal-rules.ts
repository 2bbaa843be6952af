import { ErrorCode, SpoorError } from '@spoor/contracts';
import { type ThemeMap, themeOf } from '../bundling/theme-map.js';
import { type Idea, ideaAggregate } from '../conversations/idea.js';
import type { ContextReader, Principal } from '../shared/use-case.js';
import { type Proposal } from './proposal.js';
import { type FormedWorkingGroup, mustServeWorkingGroup } from './working-group-access.js';

export type ExistingProposal = Exclude<Proposal, { status: 'none' }>;

export const loadIdeas = async (reader: ContextReader, ideaIds: readonly string[]): Promise<Readonly<Record<string, Idea>>> =>
  Object.fromEntries(await Promise.all(ideaIds.map(async (id) => [id, (await reader.load(ideaAggregate, id)).state] as const)));

/** A secretary drafts and revises only their own working group's proposals; organisers all of them. */
export const mustServeProposal = (principal: Principal, proposal: Proposal): void =>
  mustServeWorkingGroup(principal, proposal.status === 'none' ? undefined : proposal.workingGroupId);

export const mustExistProposal = (proposal: Proposal, proposalId: string): ExistingProposal => {
  if (proposal.status === 'none') throw new SpoorError(ErrorCode.NotFound, `proposalId: proposal ${proposalId} does not exist`, 'proposalId');
  return proposal;
};

/** A proposal works on its working group's themes only. */
export const mustBeGroupThemes = (group: FormedWorkingGroup, themeIds: readonly string[]): void =>
  themeIds.forEach((themeId, i) => {
    if (!group.themeIds.includes(themeId)) {
      const field = `themeIds.${i}`;
      throw new SpoorError(
        ErrorCode.PreconditionFailed,
        `${field}: theme ${themeId} is not one of the themes of working group ${group.workingGroupId} (${group.themeIds.join(', ')})`,
        field,
      );
    }
  });

/**
 * A proposal builds on ideas that are still in the record and sit in one of its working group's
 * themes. That already covers merges and splits: merged ideas follow the target, a split places
 * every idea in a new theme, and a retired theme keeps its ideas. Following the lineage further
 * back would let in ideas the moderators unlinked after a merge or put in a sibling of a split.
 */
export const mustBeGroupIdeas = (group: FormedWorkingGroup, map: ThemeMap, ideas: Readonly<Record<string, Idea>>, ideaIds: readonly string[]): void => {
  const groupThemes = group.themeIds.map((id) => themeOf(map, id)).filter((t) => t !== undefined);
  ideaIds.forEach((ideaId, i) => {
    const field = `ideaIds.${i}`;
    const idea = ideas[ideaId] ?? { status: 'none' };
    if (idea.status === 'none') throw new SpoorError(ErrorCode.PreconditionFailed, `${field}: idea ${ideaId} does not exist`, field);
    if (idea.status === 'withdrawn') {
      throw new SpoorError(ErrorCode.PreconditionFailed, `${field}: idea ${ideaId} was withdrawn and cannot be built on`, field);
    }
    if (!groupThemes.some((t) => t.ideaIds.includes(ideaId))) {
      throw new SpoorError(
        ErrorCode.PreconditionFailed,
        `${field}: idea ${ideaId} is not in any theme of working group ${group.workingGroupId} (${group.themeIds.join(', ')}); link it to one of them first`,
        field,
      );
    }
  });
};
