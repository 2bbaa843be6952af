import { loadProcess, mustBeInProcess } from '../../process/process-context.js';
import { mustBeNew } from '../../shared/rules.js';
import { defineUseCase } from '../../shared/use-case.js';
import { wildcardAggregate } from '../wildcard.js';

export const registerWildcard = defineUseCase({
  command: 'RegisterWildcard',
  aggregate: wildcardAggregate,
  idField: 'wildcardId',
  roles: ['organiser'],
  loadContext: (command, reader) => loadProcess(reader, command.processId),
  decide: (command, state, { process }) => {
    mustBeInProcess(process, command.processId);
    mustBeNew(state, 'Wildcard', command.wildcardId);
    return [{ type: 'WildcardRegistered', data: { ...command } }];
  },
});
