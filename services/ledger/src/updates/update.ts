import { type Aggregate, type EventOf, UnknownEventError } from '../shared/decider.js';

export type UpdateEvent = EventOf<'UpdatePublished' | 'UpdateCorrected'>;

/**
 * A progress update (stream `update-<id>`). A correction replaces the current title and body;
 * the original and every earlier correction stay in the stream, so nothing is silently deleted.
 */
export type Update =
  | { readonly status: 'none' }
  | {
      readonly status: 'published';
      readonly updateId: string;
      readonly processId: string;
      readonly title: string;
      readonly body: string;
      readonly publishedOn: string;
      /** The day of the latest correction, if any. */
      readonly correctedOn?: string;
    };

export const updateAggregate: Aggregate<Update, UpdateEvent> = {
  streamPrefix: 'update',
  eventTypes: ['UpdatePublished', 'UpdateCorrected'],
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'UpdatePublished':
        return { status: 'published', ...event.data };
      case 'UpdateCorrected':
        return state.status === 'published' ? { ...state, title: event.data.title, body: event.data.body, correctedOn: event.data.correctedOn } : state;
      default:
        throw new UnknownEventError(event);
    }
  },
};
