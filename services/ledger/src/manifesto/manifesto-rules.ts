import { ErrorCode, SpoorError } from '@spoor/contracts';
import { type Proposal, proposalAggregate } from '../follow-up/proposal.js';
import type { ContextReader } from '../shared/use-case.js';
import type { Clause, Manifesto } from './manifesto.js';

export type ExistingManifesto = Exclude<Manifesto, { status: 'none' }>;
export type DraftingManifesto = Extract<Manifesto, { status: 'drafting' }>;
export type AdoptedManifesto = Extract<Manifesto, { status: 'adopted' }>;

/** What a clause says and rests on, as both clause commands send it. */
export interface ClauseContent {
  readonly text: string;
  readonly proposalIds: readonly string[];
  readonly editorial: boolean;
  readonly editorialNote?: string | undefined;
}

export const mustExistManifesto = (state: Manifesto, manifestoId: string): ExistingManifesto => {
  if (state.status === 'none') throw new SpoorError(ErrorCode.NotFound, `manifestoId: manifesto ${manifestoId} does not exist`, 'manifestoId');
  return state;
};

/** Clauses change only while drafting: adoption freezes the text. */
export const mustBeDrafting = (state: Manifesto, manifestoId: string): DraftingManifesto => {
  const manifesto = mustExistManifesto(state, manifestoId);
  if (manifesto.status === 'adopted') {
    throw new SpoorError(ErrorCode.InvalidState, `manifestoId: manifesto ${manifestoId} was adopted on ${manifesto.adoptedOn}; its text is frozen`, 'manifestoId');
  }
  return manifesto;
};

/** Presentation and endorsements come after adoption, on or after its day. */
export const mustBeAdopted = (state: Manifesto, manifestoId: string, on: string, dateField: string): AdoptedManifesto => {
  const manifesto = mustExistManifesto(state, manifestoId);
  if (manifesto.status !== 'adopted') {
    throw new SpoorError(ErrorCode.InvalidState, `manifestoId: manifesto ${manifestoId} has not been adopted yet`, 'manifestoId');
  }
  if (on < manifesto.adoptedOn) {
    throw new SpoorError(ErrorCode.BadUserInput, `${dateField}: ${on} is before the manifesto was adopted (${manifesto.adoptedOn})`, dateField);
  }
  return manifesto;
};

export const mustExistClause = (manifesto: ExistingManifesto, clauseId: string): Clause => {
  const clause = manifesto.clauses[clauseId];
  if (!clause) throw new SpoorError(ErrorCode.NotFound, `clauseId: clause ${clauseId} does not exist in manifesto ${manifesto.manifestoId}`, 'clauseId');
  if (clause.withdrawn) throw new SpoorError(ErrorCode.InvalidState, `clauseId: clause ${clauseId} was withdrawn`, 'clauseId');
  return clause;
};

export const loadProposals = async (reader: ContextReader, proposalIds: readonly string[]): Promise<{ proposals: Readonly<Record<string, Proposal>> }> => ({
  proposals: Object.fromEntries(await Promise.all(proposalIds.map(async (id) => [id, (await reader.load(proposalAggregate, id)).state] as const))),
});

/** A clause cites adopted proposals of the manifesto's process, or is editorial and says why it cites none. */
export const mustCiteOrBeEditorial = (manifesto: ExistingManifesto, clause: ClauseContent, proposals: Readonly<Record<string, Proposal>>): void => {
  if (clause.editorial) {
    if (clause.proposalIds.length > 0) {
      throw new SpoorError(ErrorCode.BadUserInput, 'proposalIds: an editorial clause cites no proposals; leave them out or make the clause not editorial', 'proposalIds');
    }
    if (!clause.editorialNote) throw new SpoorError(ErrorCode.BadUserInput, 'editorialNote: an editorial clause says why it cites no proposal', 'editorialNote');
    return;
  }
  if (clause.editorialNote) throw new SpoorError(ErrorCode.BadUserInput, 'editorialNote: only an editorial clause carries an editorial note', 'editorialNote');
  if (clause.proposalIds.length === 0) {
    throw new SpoorError(ErrorCode.BadUserInput, 'proposalIds: a clause cites at least one adopted proposal, or is editorial with a note saying why it cites none', 'proposalIds');
  }
  clause.proposalIds.forEach((proposalId, i) => {
    const field = `proposalIds.${i}`;
    const proposal = proposals[proposalId] ?? { status: 'none' };
    if (proposal.status === 'none') throw new SpoorError(ErrorCode.PreconditionFailed, `${field}: proposal ${proposalId} does not exist`, field);
    if (proposal.processId !== manifesto.processId) {
      throw new SpoorError(ErrorCode.PreconditionFailed, `${field}: proposal ${proposalId} belongs to process ${proposal.processId}, not ${manifesto.processId}`, field);
    }
    if (proposal.status !== 'adopted') {
      throw new SpoorError(ErrorCode.PreconditionFailed, `${field}: proposal ${proposalId} is ${proposal.status}, not adopted; a clause cites adopted proposals`, field);
    }
  });
};
