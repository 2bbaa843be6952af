import { themeMapAggregate } from '../../bundling/theme-map.js';
import { mustBeNew } from '../../shared/rules.js';
import { defineUseCase } from '../../shared/use-case.js';
import { proposalAggregate } from '../proposal.js';
import { loadIdeas, mustBeGroupIdeas, mustBeGroupThemes } from '../proposal-rules.js';
import { followUpRecorders, loadWorkingGroup, mustBeFormed, mustServeWorkingGroup } from '../working-group-access.js';

export const draftProposal = defineUseCase({
  command: 'DraftProposal',
  aggregate: proposalAggregate,
  idField: 'proposalId',
  roles: followUpRecorders,
  loadContext: async (command, reader) => {
    const group = await loadWorkingGroup(reader, command.workingGroupId);
    return {
      group,
      themes: group.status === 'none' ? themeMapAggregate.initialState() : (await reader.load(themeMapAggregate, group.processId)).state,
      ideas: await loadIdeas(reader, command.ideaIds),
    };
  },
  authorize: (principal, command) => mustServeWorkingGroup(principal, command.workingGroupId),
  decide: (command, state, { group, themes, ideas }) => {
    const formed = mustBeFormed(group, command.workingGroupId);
    mustBeNew(state, 'Proposal', command.proposalId);
    mustBeGroupThemes(formed, command.themeIds);
    mustBeGroupIdeas(formed, themes, ideas, command.ideaIds);
    return [{ type: 'ProposalDrafted', data: { ...command, processId: formed.processId, version: 1 } }];
  },
});
