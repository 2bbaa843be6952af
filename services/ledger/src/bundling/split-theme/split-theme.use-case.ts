import { ErrorCode, SpoorError } from '@spoor/contracts';
import { defineUseCase } from '../../shared/use-case.js';
import { bundlers, mustBeActiveTheme, mustBeNewTheme } from '../bundling-rules.js';
import { themeMapAggregate } from '../theme-map.js';

export const splitTheme = defineUseCase({
  command: 'SplitTheme',
  aggregate: themeMapAggregate,
  idField: 'processId',
  roles: bundlers,
  loadContext: async () => undefined,
  decide: (command, map) => {
    const source = mustBeActiveTheme(map, command.sourceThemeId, 'sourceThemeId');
    const partIds = new Set<string>();
    command.parts.forEach((part, i) => {
      mustBeNewTheme(map, part.themeId, `parts.${i}.themeId`);
      if (partIds.has(part.themeId)) throw new SpoorError(ErrorCode.BadUserInput, `parts.${i}.themeId: ${part.themeId} is used for two parts`, `parts.${i}.themeId`);
      partIds.add(part.themeId);
      if (part.ideaIds.length === 0) throw new SpoorError(ErrorCode.BadUserInput, `parts.${i}.ideaIds: each new theme takes at least one idea`, `parts.${i}.ideaIds`);
      part.ideaIds.forEach((ideaId, j) => {
        if (!source.ideaIds.includes(ideaId)) {
          const field = `parts.${i}.ideaIds.${j}`;
          throw new SpoorError(ErrorCode.PreconditionFailed, `${field}: idea ${ideaId} is not in theme ${source.themeId}`, field);
        }
      });
    });
    const placed = new Set(command.parts.flatMap((p) => p.ideaIds));
    const left = source.ideaIds.filter((id) => !placed.has(id));
    if (left.length > 0) {
      throw new SpoorError(ErrorCode.PreconditionFailed, `parts: every idea of the theme must go to a new theme; not placed: ${left.join(', ')}`, 'parts');
    }
    return [{ type: 'ThemeSplit', data: { ...command } }];
  },
});
