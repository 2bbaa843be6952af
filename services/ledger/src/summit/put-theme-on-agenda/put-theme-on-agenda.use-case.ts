import { ErrorCode, SpoorError } from '@spoor/contracts';
import { type ThemeMap, themeMapAggregate, themeOf } from '../../bundling/theme-map.js';
import { defineUseCase } from '../../shared/use-case.js';
import { summitAggregate } from '../summit.js';
import { loadVoting, mustBeScheduled, mustNotHaveOpenedVoting, organisers } from '../summit-rules.js';

/** The active themes a retired theme lives on in, following merges and splits to the end. */
const activeSuccessors = (map: ThemeMap, themeId: string, seen: ReadonlySet<string> = new Set()): string[] => {
  const theme = themeOf(map, themeId);
  if (!theme || seen.has(themeId)) return [];
  if (theme.status === 'active') return [themeId];
  const next = new Set([...seen, themeId]);
  return [...new Set(theme.retiredInto.flatMap((id) => activeSuccessors(map, id, next)))];
};

const retiredMessage = (map: ThemeMap, themeId: string, retiredInto: readonly string[]): string => {
  const how = retiredInto.length === 1 ? `merged into ${retiredInto.join('')}` : `split into ${retiredInto.join(', ')}`;
  const successors = activeSuccessors(map, themeId);
  const now = successors.join(', ') === retiredInto.join(', ') ? '' : `; those live on in ${successors.join(', ') || 'no active theme'}`;
  const instead = successors.length === 1 ? 'put that theme on the agenda instead' : 'put one of those on the agenda instead';
  return `themeId: theme ${themeId} was retired (${how}${now}); ${successors.length === 0 ? 'it cannot go on the agenda' : instead}`;
};

export const putThemeOnAgenda = defineUseCase({
  command: 'PutThemeOnAgenda',
  aggregate: summitAggregate,
  idField: 'processId',
  roles: organisers,
  loadContext: async (command, reader) => ({
    themes: (await reader.load(themeMapAggregate, command.processId)).state,
    ...(await loadVoting(reader, command.processId)),
  }),
  decide: (command, state, { themes, voting }) => {
    const summit = mustBeScheduled(state, command.processId);
    mustNotHaveOpenedVoting(voting, command.processId, 'the agenda is frozen, since the ballot was made from it');
    const theme = themeOf(themes, command.themeId);
    if (!theme) {
      throw new SpoorError(ErrorCode.NotFound, `themeId: theme ${command.themeId} does not exist in process ${command.processId}`, 'themeId');
    }
    if (theme.status === 'retired') {
      throw new SpoorError(ErrorCode.PreconditionFailed, retiredMessage(themes, command.themeId, theme.retiredInto), 'themeId');
    }
    if (summit.agenda.includes(command.themeId)) {
      throw new SpoorError(ErrorCode.AlreadyExists, `themeId: theme ${command.themeId} is already on the agenda`, 'themeId');
    }
    return [{ type: 'ThemePutOnAgenda', data: { ...command } }];
  },
});
