import { type Aggregate, type EventOf, UnknownEventError } from '../shared/decider.js';

export type AmbassadorEvent = EventOf<'AmbassadorRegistered' | 'AmbassadorTrained'>;

export type Ambassador =
  | { readonly status: 'none' }
  | { readonly status: 'registered'; readonly ambassadorId: string; readonly processId: string; readonly districtCode: string; readonly trainings: readonly string[] };

export const ambassadorAggregate: Aggregate<Ambassador, AmbassadorEvent> = {
  streamPrefix: 'ambassador',
  eventTypes: ['AmbassadorRegistered', 'AmbassadorTrained'],
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'AmbassadorRegistered':
        return { status: 'registered', ...event.data, trainings: [] };
      case 'AmbassadorTrained':
        return state.status === 'registered' ? { ...state, trainings: [...state.trainings, `${event.data.trainedOn} ${event.data.training}`] } : state;
      default:
        throw new UnknownEventError(event);
    }
  },
};
