import { ErrorCode, SpoorError } from '@spoor/contracts';
import { mustExist } from '../../shared/rules.js';
import { defineUseCase } from '../../shared/use-case.js';
import { ideaAggregate } from '../idea.js';

export const withdrawIdea = defineUseCase({
  command: 'WithdrawIdea',
  aggregate: ideaAggregate,
  idField: 'ideaId',
  roles: ['organiser'],
  loadContext: async () => undefined,
  decide: (command, state) => {
    const idea = mustExist(state, 'Idea', command.ideaId);
    if (idea.status === 'withdrawn') {
      throw new SpoorError(ErrorCode.InvalidState, `ideaId: idea ${command.ideaId} is already withdrawn`, 'ideaId');
    }
    return [{ type: 'IdeaWithdrawn', data: { ...command } }];
  },
});
