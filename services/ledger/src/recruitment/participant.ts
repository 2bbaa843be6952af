import type { z } from 'zod';
import type { ConsentPurposeSchema } from '@spoor/contracts';
import { type Aggregate, type EventOf, UnknownEventError } from '../shared/decider.js';

export type ParticipantEvent = EventOf<'ParticipantRegistered' | 'ParticipantDataErased' | 'ConsentRecorded' | 'ConsentWithdrawn'>;
type Purpose = z.infer<typeof ConsentPurposeSchema>;

export type Participant =
  | { readonly status: 'none' }
  | {
      readonly status: 'registered';
      readonly participantId: string;
      readonly processId: string;
      readonly districtCode: string;
      readonly ageBand: string;
      readonly gender: string;
      readonly consents: readonly Purpose[];
      /** True once the vault key of the participant's personal data was destroyed; the bands stay. */
      readonly dataErased: boolean;
    };

export const participantAggregate: Aggregate<Participant, ParticipantEvent> = {
  streamPrefix: 'participant',
  eventTypes: ['ParticipantRegistered', 'ParticipantDataErased', 'ConsentRecorded', 'ConsentWithdrawn'],
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'ParticipantRegistered':
        return {
          status: 'registered',
          participantId: event.data.participantId,
          processId: event.data.processId,
          districtCode: event.data.districtCode,
          ageBand: event.data.ageBand,
          gender: event.data.gender,
          consents: [],
          dataErased: false,
        };
      case 'ParticipantDataErased':
        return state.status === 'registered' ? { ...state, dataErased: true } : state;
      case 'ConsentRecorded':
        return state.status === 'registered' ? { ...state, consents: [...state.consents, event.data.purpose] } : state;
      case 'ConsentWithdrawn':
        return state.status === 'registered' ? { ...state, consents: state.consents.filter((p) => p !== event.data.purpose) } : state;
      default:
        throw new UnknownEventError(event);
    }
  },
};
