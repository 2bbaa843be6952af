import { type Aggregate, type EventOf, UnknownEventError } from '../shared/decider.js';

export type ConversationEvent = EventOf<'ConversationPlanned' | 'ConversationHeld' | 'ConversationReportSubmitted'>;

interface Planned {
  readonly conversationId: string;
  readonly processId: string;
  readonly ambassadorId: string;
  readonly districtCode: string;
  readonly plannedOn: string;
}

export type Conversation =
  | { readonly status: 'none' }
  | ({ readonly status: 'planned' } & Planned)
  | ({ readonly status: 'held'; readonly heldOn: string; readonly participantIds: readonly string[] } & Planned)
  | ({ readonly status: 'reported'; readonly heldOn: string; readonly participantIds: readonly string[] } & Planned);

export const conversationAggregate: Aggregate<Conversation, ConversationEvent> = {
  streamPrefix: 'conversation',
  eventTypes: ['ConversationPlanned', 'ConversationHeld', 'ConversationReportSubmitted'],
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'ConversationPlanned':
        return { status: 'planned', ...event.data };
      case 'ConversationHeld':
        return state.status === 'none' ? state : { ...state, status: 'held', heldOn: event.data.heldOn, participantIds: event.data.participantIds };
      case 'ConversationReportSubmitted':
        return state.status === 'held' ? { ...state, status: 'reported' } : state;
      default:
        throw new UnknownEventError(event);
    }
  },
};
