import { type Aggregate, type EventOf, UnknownEventError } from '../shared/decider.js';

export type ManifestoEvent = EventOf<
  'ManifestoDrafted' | 'ManifestoClauseAdded' | 'ManifestoClauseRevised' | 'ManifestoClauseWithdrawn' | 'ManifestoAdopted' | 'ManifestoPresented' | 'ManifestoEndorsed'
>;

export interface Clause {
  readonly clauseId: string;
  readonly position: number;
  readonly text: string;
  readonly proposalIds: readonly string[];
  readonly editorial: boolean;
  readonly editorialNote?: string | undefined;
  /** A withdrawn clause stays in the history; its number is free again. */
  readonly withdrawn: boolean;
}

interface Drafted {
  readonly manifestoId: string;
  readonly processId: string;
  readonly clauses: Readonly<Record<string, Clause>>;
}

/**
 * The manifesto of a process (stream `manifesto-<id>`) with its clauses. While drafting, clauses
 * are added, revised and withdrawn; adoption freezes the text, after which it can be presented
 * and endorsed.
 */
export type Manifesto =
  | { readonly status: 'none' }
  | ({ readonly status: 'drafting' } & Drafted)
  | ({ readonly status: 'adopted'; readonly adoptedOn: string; readonly endorsementIds: readonly string[] } & Drafted);

const withClause = (state: Exclude<Manifesto, { status: 'none' }>, clauseId: string, change: (c: Clause) => Clause): Manifesto => {
  const clause = state.clauses[clauseId];
  return clause ? { ...state, clauses: { ...state.clauses, [clauseId]: change(clause) } } : state;
};

export const manifestoAggregate: Aggregate<Manifesto, ManifestoEvent> = {
  streamPrefix: 'manifesto',
  eventTypes: ['ManifestoDrafted', 'ManifestoClauseAdded', 'ManifestoClauseRevised', 'ManifestoClauseWithdrawn', 'ManifestoAdopted', 'ManifestoPresented', 'ManifestoEndorsed'],
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) => {
    if (event.type === 'ManifestoDrafted') return { status: 'drafting', manifestoId: event.data.manifestoId, processId: event.data.processId, clauses: {} };
    if (state.status === 'none') return state;
    switch (event.type) {
      case 'ManifestoClauseAdded': {
        const { clauseId, position, text, proposalIds, editorial, editorialNote } = event.data;
        return { ...state, clauses: { ...state.clauses, [clauseId]: { clauseId, position, text, proposalIds, editorial, editorialNote, withdrawn: false } } };
      }
      case 'ManifestoClauseRevised': {
        const { text, proposalIds, editorial, editorialNote } = event.data;
        return withClause(state, event.data.clauseId, (c) => ({ ...c, text, proposalIds, editorial, editorialNote }));
      }
      case 'ManifestoClauseWithdrawn':
        return withClause(state, event.data.clauseId, (c) => ({ ...c, withdrawn: true }));
      case 'ManifestoAdopted':
        return { ...state, status: 'adopted', adoptedOn: event.data.adoptedOn, endorsementIds: [] };
      case 'ManifestoPresented':
        return state;
      case 'ManifestoEndorsed':
        return state.status === 'adopted' ? { ...state, endorsementIds: [...state.endorsementIds, event.data.endorsementId] } : state;
      default:
        throw new UnknownEventError(event);
    }
  },
};

/** The clauses that stand (not withdrawn), by number. */
export const standingClauses = (state: Exclude<Manifesto, { status: 'none' }>): Clause[] =>
  Object.values(state.clauses)
    .filter((c) => !c.withdrawn)
    .sort((a, b) => a.position - b.position);
