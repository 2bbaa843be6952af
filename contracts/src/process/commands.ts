import { z } from 'zod';
import { defineCommand } from '../define.js';
import { IdSchema, IsoDateSchema, MunicipalityCodeSchema, PhaseSchema, PublicTextSchema } from '../primitives.js';
import { PlannedPhaseSchema, PopulationFigureSchema } from './events.js';

export const StartProcessSchema = z.object({
  /** Id of the new process; derived from the commandId when left out. */
  processId: IdSchema.optional(),
  /** Title, e.g. "Agenda voor Leiden". */
  title: PublicTextSchema(200),
  /** The city the process serves, e.g. "Leiden". */
  city: PublicTextSchema(100),
  /** CBS code of the municipality, e.g. GM0546. */
  municipalityCode: MunicipalityCodeSchema,
  /** What the process is about, for the portal's front page. */
  description: PublicTextSchema(4000),
  /** The phases planned, in order, with their dates. */
  plannedPhases: z.array(PlannedPhaseSchema).min(1, 'plan at least one phase').max(7),
  /** True for generated demonstration data. */
  demo: z.boolean().default(false),
});
export const StartProcess = defineCommand('StartProcess', StartProcessSchema);

export const StartPhaseSchema = z.object({
  /** The process. */
  processId: IdSchema,
  /** The phase that starts. */
  phase: PhaseSchema,
  /** The day it starts. */
  startedOn: IsoDateSchema,
});
export const StartPhase = defineCommand('StartPhase', StartPhaseSchema);

export const RecordReferencePopulationSchema = z.object({
  /** The process the figures serve. */
  processId: IdSchema,
  /** Where the figures as a whole come from, e.g. "CBS Kerncijfers wijken en buurten 2017". */
  source: PublicTextSchema(500),
  /** The date the figures describe. */
  referenceDate: IsoDateSchema,
  /** The figures, per district (or the whole city) and band. */
  figures: z.array(PopulationFigureSchema).min(1, 'give at least one figure').max(2000),
});
export const RecordReferencePopulation = defineCommand('RecordReferencePopulation', RecordReferencePopulationSchema);

export const processCommands = { StartProcess, StartPhase, RecordReferencePopulation } as const;
