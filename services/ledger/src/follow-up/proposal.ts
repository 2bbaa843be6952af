import { type Aggregate, type EventOf, UnknownEventError } from '../shared/decider.js';

export type ProposalEvent = EventOf<'ProposalDrafted' | 'ProposalRevised' | 'ProposalSubmitted' | 'ProposalAdopted' | 'ProposalRejected'>;

interface Drafted {
  readonly proposalId: string;
  readonly workingGroupId: string;
  readonly processId: string;
  readonly title: string;
  readonly text: string;
  readonly themeIds: readonly string[];
  readonly ideaIds: readonly string[];
  /** The latest version; every earlier one stays in the history. */
  readonly version: number;
}

/**
 * A working group's proposal (stream `proposal-<id>`). It goes drafted -> submitted -> adopted or
 * rejected; a revision brings a rejected proposal back to drafted, and an adopted one is frozen, so
 * the manifesto cites a text that cannot change under it.
 */
export type Proposal =
  | { readonly status: 'none' }
  | ({ readonly status: 'drafted' } & Drafted)
  | ({ readonly status: 'submitted'; readonly submittedOn: string } & Drafted)
  | ({ readonly status: 'adopted'; readonly submittedOn: string; readonly adoptedOn: string } & Drafted)
  | ({ readonly status: 'rejected'; readonly submittedOn: string; readonly rejectedOn: string } & Drafted);

/** The fields every proposal keeps, whatever its status. */
const draftedPart = (p: Exclude<Proposal, { status: 'none' }>): Drafted => {
  const { proposalId, workingGroupId, processId, title, text, themeIds, ideaIds, version } = p;
  return { proposalId, workingGroupId, processId, title, text, themeIds, ideaIds, version };
};

export const proposalAggregate: Aggregate<Proposal, ProposalEvent> = {
  streamPrefix: 'proposal',
  eventTypes: ['ProposalDrafted', 'ProposalRevised', 'ProposalSubmitted', 'ProposalAdopted', 'ProposalRejected'],
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) => {
    if (event.type === 'ProposalDrafted') {
      const { proposalId, workingGroupId, processId, title, text, themeIds, ideaIds, version } = event.data;
      return { status: 'drafted', proposalId, workingGroupId, processId, title, text, themeIds, ideaIds, version };
    }
    if (state.status === 'none') return state;
    switch (event.type) {
      case 'ProposalRevised':
        return { ...draftedPart(state), status: 'drafted', title: event.data.title, text: event.data.text, version: event.data.version };
      case 'ProposalSubmitted':
        return { ...draftedPart(state), status: 'submitted', submittedOn: event.data.submittedOn };
      case 'ProposalAdopted':
        return state.status === 'submitted' ? { ...state, status: 'adopted', adoptedOn: event.data.adoptedOn } : state;
      case 'ProposalRejected':
        return state.status === 'submitted' ? { ...state, status: 'rejected', rejectedOn: event.data.rejectedOn } : state;
      default:
        throw new UnknownEventError(event);
    }
  },
};
