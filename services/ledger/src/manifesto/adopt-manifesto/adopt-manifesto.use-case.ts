import { ErrorCode, SpoorError } from '@spoor/contracts';
import { defineUseCase } from '../../shared/use-case.js';
import { mustBeDrafting } from '../manifesto-rules.js';
import { manifestoAggregate, standingClauses } from '../manifesto.js';

export const adoptManifesto = defineUseCase({
  command: 'AdoptManifesto',
  aggregate: manifestoAggregate,
  idField: 'manifestoId',
  roles: ['organiser'],
  loadContext: async () => undefined,
  decide: (command, state) => {
    const manifesto = mustBeDrafting(state, command.manifestoId);
    if (standingClauses(manifesto).length === 0) {
      throw new SpoorError(ErrorCode.PreconditionFailed, `manifestoId: manifesto ${command.manifestoId} has no clauses; adopt it once it has at least one`, 'manifestoId');
    }
    return [{ type: 'ManifestoAdopted', data: { ...command } }];
  },
});
