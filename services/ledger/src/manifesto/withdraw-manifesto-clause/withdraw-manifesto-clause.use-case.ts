import { defineUseCase } from '../../shared/use-case.js';
import { mustBeDrafting, mustExistClause } from '../manifesto-rules.js';
import { manifestoAggregate } from '../manifesto.js';

export const withdrawManifestoClause = defineUseCase({
  command: 'WithdrawManifestoClause',
  aggregate: manifestoAggregate,
  idField: 'manifestoId',
  roles: ['organiser'],
  loadContext: async () => undefined,
  decide: (command, state) => {
    mustExistClause(mustBeDrafting(state, command.manifestoId), command.clauseId);
    return [{ type: 'ManifestoClauseWithdrawn', data: { ...command } }];
  },
});
