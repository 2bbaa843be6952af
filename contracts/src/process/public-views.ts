import { definePublicView } from '../public-view.js';
import { ProcessStarted, PhaseStarted, ReferencePopulationRecorded } from './events.js';

/** What each process event shows in public (see public-view.ts); every field is named. */
export const processPublicViews = {
  ProcessStarted: definePublicView(ProcessStarted, { processId: 'public', title: 'public', city: 'public', municipalityCode: 'public', description: 'public', plannedPhases: 'public', districts: 'public', demo: 'public' }),
  PhaseStarted: definePublicView(PhaseStarted, { processId: 'public', phase: 'public', startedOn: 'public' }),
  ReferencePopulationRecorded: definePublicView(ReferencePopulationRecorded, { processId: 'public', source: 'public', referenceDate: 'public', figures: 'public' }),
} as const;
