import { ErrorCode, SpoorError } from '@spoor/contracts';
import { defineUseCase } from '../../shared/use-case.js';
import { bundlers, mustBeActiveTheme } from '../bundling-rules.js';
import { themeMapAggregate } from '../theme-map.js';

export const unlinkIdeaFromTheme = defineUseCase({
  command: 'UnlinkIdeaFromTheme',
  aggregate: themeMapAggregate,
  idField: 'processId',
  roles: bundlers,
  loadContext: async () => undefined,
  decide: (command, map) => {
    const theme = mustBeActiveTheme(map, command.themeId, 'themeId');
    if (!theme.ideaIds.includes(command.ideaId)) {
      throw new SpoorError(ErrorCode.PreconditionFailed, `ideaId: idea ${command.ideaId} is not in theme ${command.themeId}`, 'ideaId');
    }
    return [{ type: 'IdeaUnlinkedFromTheme', data: { ...command } }];
  },
});
