import { ErrorCode, SpoorError } from '@spoor/contracts';
import { defineUseCase } from '../../shared/use-case.js';
import { bundlers, mustBeActiveTheme } from '../bundling-rules.js';
import { themeMapAggregate } from '../theme-map.js';

export const reviseTheme = defineUseCase({
  command: 'ReviseTheme',
  aggregate: themeMapAggregate,
  idField: 'processId',
  roles: bundlers,
  loadContext: async () => undefined,
  decide: (command, map) => {
    const theme = mustBeActiveTheme(map, command.themeId, 'themeId');
    if (theme.title === command.title && theme.description === command.description) {
      throw new SpoorError(ErrorCode.BadUserInput, 'title: the title and description are the same as now', 'title');
    }
    return [{ type: 'ThemeRevised', data: { ...command } }];
  },
});
