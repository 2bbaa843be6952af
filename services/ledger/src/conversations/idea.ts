import { type Aggregate, type EventOf, UnknownEventError } from '../shared/decider.js';

export type IdeaEvent = EventOf<'IdeaRecorded' | 'IdeaTextRevised' | 'IdeaWithdrawn'>;

interface Recorded {
  readonly ideaId: string;
  readonly conversationId: string;
  readonly text: string;
  readonly receiptCode: string;
}

export type Idea = { readonly status: 'none' } | ({ readonly status: 'recorded' } & Recorded) | ({ readonly status: 'withdrawn' } & Recorded);

export const ideaAggregate: Aggregate<Idea, IdeaEvent> = {
  streamPrefix: 'idea',
  eventTypes: ['IdeaRecorded', 'IdeaTextRevised', 'IdeaWithdrawn'],
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'IdeaRecorded':
        return { status: 'recorded', ideaId: event.data.ideaId, conversationId: event.data.conversationId, text: event.data.text, receiptCode: event.data.receiptCode };
      case 'IdeaTextRevised':
        return state.status === 'recorded' ? { ...state, text: event.data.text } : state;
      case 'IdeaWithdrawn':
        return state.status === 'recorded' ? { ...state, status: 'withdrawn' } : state;
      default:
        throw new UnknownEventError(event);
    }
  },
};
