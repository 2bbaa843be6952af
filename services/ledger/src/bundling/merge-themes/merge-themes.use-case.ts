import { ErrorCode, SpoorError } from '@spoor/contracts';
import { defineUseCase } from '../../shared/use-case.js';
import { bundlers, mustBeActiveTheme } from '../bundling-rules.js';
import { themeMapAggregate } from '../theme-map.js';

export const mergeThemes = defineUseCase({
  command: 'MergeThemes',
  aggregate: themeMapAggregate,
  idField: 'processId',
  roles: bundlers,
  loadContext: async () => undefined,
  decide: (command, map) => {
    const target = mustBeActiveTheme(map, command.targetThemeId, 'targetThemeId');
    const seen = new Set<string>();
    const sources = command.sourceThemeIds.map((id, i) => {
      const field = `sourceThemeIds.${i}`;
      if (id === command.targetThemeId) throw new SpoorError(ErrorCode.BadUserInput, `${field}: a theme cannot be merged into itself`, field);
      if (seen.has(id)) throw new SpoorError(ErrorCode.BadUserInput, `${field}: theme ${id} is named twice`, field);
      seen.add(id);
      return mustBeActiveTheme(map, id, field);
    });
    const movedIdeaIds = [...new Set(sources.flatMap((s) => s.ideaIds))].filter((id) => !target.ideaIds.includes(id));
    return [{ type: 'ThemesMerged', data: { ...command, movedIdeaIds } }];
  },
});
