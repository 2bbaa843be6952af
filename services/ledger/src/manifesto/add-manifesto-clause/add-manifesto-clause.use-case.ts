import { ErrorCode, SpoorError } from '@spoor/contracts';
import { defineUseCase } from '../../shared/use-case.js';
import { loadProposals, mustBeDrafting, mustCiteOrBeEditorial } from '../manifesto-rules.js';
import { manifestoAggregate, standingClauses } from '../manifesto.js';

export const addManifestoClause = defineUseCase({
  command: 'AddManifestoClause',
  aggregate: manifestoAggregate,
  idField: 'manifestoId',
  roles: ['organiser'],
  loadContext: (command, reader) => loadProposals(reader, command.proposalIds),
  decide: (command, state, { proposals }) => {
    const manifesto = mustBeDrafting(state, command.manifestoId);
    if (manifesto.clauses[command.clauseId]) {
      throw new SpoorError(ErrorCode.AlreadyExists, `clauseId: clause ${command.clauseId} already exists in manifesto ${command.manifestoId}`, 'clauseId');
    }
    const holder = standingClauses(manifesto).find((c) => c.position === command.position);
    if (holder) throw new SpoorError(ErrorCode.AlreadyExists, `position: clause ${holder.clauseId} already has number ${command.position}`, 'position');
    mustCiteOrBeEditorial(manifesto, command, proposals);
    return [{ type: 'ManifestoClauseAdded', data: { ...command } }];
  },
});
