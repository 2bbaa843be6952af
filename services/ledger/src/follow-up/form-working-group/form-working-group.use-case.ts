import { ErrorCode, SpoorError } from '@spoor/contracts';
import { type ThemeMap, themeMapAggregate, themeOf } from '../../bundling/theme-map.js';
import { loadProcess, mustBeInProcess } from '../../process/process-context.js';
import { forbidden, mustBeNew } from '../../shared/rules.js';
import { defineUseCase } from '../../shared/use-case.js';
import { chosenThemes, votingAggregate } from '../../summit/voting.js';
import { workingGroupAggregate } from '../working-group.js';

const mayOverride = new Set(['organiser', 'system']);

/** Every theme exists in the process's theme map and is still active. */
const mustBeActiveThemes = (map: ThemeMap, themeIds: readonly string[], processId: string): void =>
  themeIds.forEach((themeId, i) => {
    const field = `themeIds.${i}`;
    const theme = themeOf(map, themeId);
    if (!theme) throw new SpoorError(ErrorCode.PreconditionFailed, `${field}: theme ${themeId} does not exist in process ${processId}`, field);
    if (theme.status === 'retired') {
      throw new SpoorError(ErrorCode.PreconditionFailed, `${field}: theme ${themeId} was retired into ${theme.retiredInto.join(', ')}; use that theme instead`, field);
    }
  });

const overrideHint = "a working group needs themes chosen at the summit, or an organiser's override with a rationale";

export const formWorkingGroup = defineUseCase({
  command: 'FormWorkingGroup',
  aggregate: workingGroupAggregate,
  idField: 'workingGroupId',
  roles: ['organiser', 'moderator'],
  loadContext: async (command, reader) => ({
    ...(await loadProcess(reader, command.processId)),
    themes: (await reader.load(themeMapAggregate, command.processId)).state,
    chosen: chosenThemes((await reader.load(votingAggregate, command.processId)).state),
  }),
  authorize: (principal, command) => {
    if (command.override && !mayOverride.has(principal.actor.role)) {
      throw forbidden('override: only an organiser may form a working group on themes the summit did not choose');
    }
  },
  decide: (command, state, { process, themes, chosen }) => {
    mustBeInProcess(process, command.processId);
    mustBeNew(state, 'Working group', command.workingGroupId);
    mustBeActiveThemes(themes, command.themeIds, command.processId);
    const notChosen = command.themeIds.findIndex((id) => !chosen?.includes(id));
    if (command.override) {
      // An override that overrides nothing would mark the group as an exception in the trail for no reason.
      if (notChosen === -1) throw new SpoorError(ErrorCode.BadUserInput, 'override: every theme was chosen at the summit, so no override is needed', 'override');
    } else if (!chosen) {
      throw new SpoorError(ErrorCode.PreconditionFailed, `themeIds.0: the summit result of process ${command.processId} has not been declared; ${overrideHint}`, 'themeIds.0');
    } else if (notChosen !== -1) {
      const field = `themeIds.${notChosen}`;
      throw new SpoorError(ErrorCode.PreconditionFailed, `${field}: theme ${command.themeIds[notChosen]} was not chosen at the summit; ${overrideHint}`, field);
    }
    return [{ type: 'WorkingGroupFormed', data: { ...command } }];
  },
});
