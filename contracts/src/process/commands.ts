import { z } from 'zod';
import { defineCommand } from '../define.js';
import { IdSchema } from '../primitives.js';
import { PhaseStarted, ProcessStarted, ReferencePopulationRecorded } from './events.js';

// A command carries the fields of the event it produces, unless it says otherwise below.

export const StartProcessSchema = ProcessStarted.schema.extend({
  /** Id of the new process; derived from the commandId when left out. */
  processId: IdSchema.optional(),
  /** True for generated demonstration data. */
  demo: z.boolean().default(false),
});
export const StartProcess = defineCommand('StartProcess', StartProcessSchema);

export const StartPhase = defineCommand('StartPhase', PhaseStarted.schema);

export const RecordReferencePopulation = defineCommand('RecordReferencePopulation', ReferencePopulationRecorded.schema);

export const processCommands = { StartProcess, StartPhase, RecordReferencePopulation } as const;
