import { type Aggregate, type EventOf } from '../shared/decider.js';

export type WildcardEvent = EventOf<'WildcardRegistered'>;

export type Wildcard = { readonly status: 'none' } | { readonly status: 'registered'; readonly wildcardId: string; readonly processId: string; readonly category: string };

export const wildcardAggregate: Aggregate<Wildcard, WildcardEvent> = {
  streamPrefix: 'wildcard',
  eventTypes: ['WildcardRegistered'],
  initialState: () => ({ status: 'none' }),
  evolve: (_state, event) => {
    switch (event.type) {
      case 'WildcardRegistered':
        return { status: 'registered', ...event.data };
      default: {
        const _exhaustive: never = event.type;
        throw new Error(`Unhandled event ${String(_exhaustive)}`);
      }
    }
  },
};
