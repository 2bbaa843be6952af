import type { Phase } from '@spoor/contracts';
import { type Aggregate, type EventOf, UnknownEventError } from '../shared/decider.js';

export type ProcessEvent = EventOf<'ProcessStarted' | 'PhaseStarted' | 'ReferencePopulationRecorded'>;

export type Process =
  | { readonly status: 'none' }
  | {
      readonly status: 'started';
      readonly processId: string;
      readonly municipalityCode: string;
      readonly plannedPhases: readonly Phase[];
      readonly districts: readonly { readonly code: string; readonly name: string }[];
      readonly startedPhases: readonly Phase[];
      readonly demo: boolean;
    };

export const processAggregate: Aggregate<Process, ProcessEvent> = {
  streamPrefix: 'process',
  eventTypes: ['ProcessStarted', 'PhaseStarted', 'ReferencePopulationRecorded'],
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'ProcessStarted':
        return {
          status: 'started',
          processId: event.data.processId,
          municipalityCode: event.data.municipalityCode,
          plannedPhases: event.data.plannedPhases.map((p) => p.phase),
          districts: event.data.districts,
          startedPhases: [],
          demo: event.data.demo,
        };
      case 'PhaseStarted':
        return state.status === 'started' ? { ...state, startedPhases: [...state.startedPhases, event.data.phase] } : state;
      case 'ReferencePopulationRecorded':
        return state;
      default:
        throw new UnknownEventError(event);
    }
  },
};
