import { loadProcess, mustBeInProcess } from '../../process/process-context.js';
import { defineUseCase } from '../../shared/use-case.js';
import { bundlers, mustBeNewTheme } from '../bundling-rules.js';
import { themeMapAggregate } from '../theme-map.js';

export const createTheme = defineUseCase({
  command: 'CreateTheme',
  aggregate: themeMapAggregate,
  idField: 'processId',
  roles: bundlers,
  loadContext: (command, reader) => loadProcess(reader, command.processId),
  decide: (command, map, { process }) => {
    mustBeInProcess(process, command.processId);
    mustBeNewTheme(map, command.themeId, 'themeId');
    return [{ type: 'ThemeCreated', data: { ...command } }];
  },
});
