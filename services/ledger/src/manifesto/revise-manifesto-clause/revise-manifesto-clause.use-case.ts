import { ErrorCode, SpoorError } from '@spoor/contracts';
import { defineUseCase } from '../../shared/use-case.js';
import { loadProposals, mustBeDrafting, mustCiteOrBeEditorial, mustExistClause } from '../manifesto-rules.js';
import { manifestoAggregate } from '../manifesto.js';

const sameIds = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id) => b.includes(id));

export const reviseManifestoClause = defineUseCase({
  command: 'ReviseManifestoClause',
  aggregate: manifestoAggregate,
  idField: 'manifestoId',
  roles: ['organiser'],
  loadContext: (command, reader) => loadProposals(reader, command.proposalIds),
  decide: (command, state, { proposals }) => {
    const manifesto = mustBeDrafting(state, command.manifestoId);
    const clause = mustExistClause(manifesto, command.clauseId);
    mustCiteOrBeEditorial(manifesto, command, proposals);
    if (clause.text === command.text && sameIds(clause.proposalIds, command.proposalIds) && clause.editorial === command.editorial && clause.editorialNote === command.editorialNote) {
      throw new SpoorError(ErrorCode.BadUserInput, `text: the revision leaves clause ${command.clauseId} as it is`, 'text');
    }
    return [{ type: 'ManifestoClauseRevised', data: { ...command } }];
  },
});
