import { z } from 'zod';
import { defineEvent } from '../define.js';
import { DistrictCodeSchema, IdSchema, IsoDateSchema, MunicipalityCodeSchema, PhaseSchema, PublicTextSchema } from '../primitives.js';

/** One planned phase of a process. */
export const PlannedPhaseSchema = z.object({
  /** Which phase. */
  phase: PhaseSchema,
  /** Planned first day, if known. */
  startsOn: IsoDateSchema.optional(),
  /** Planned last day, if known. */
  endsOn: IsoDateSchema.optional(),
});

/** One figure of the reference population. */
export const PopulationFigureSchema = z.object({
  /** The district, or absent for the whole city. */
  districtCode: DistrictCodeSchema.optional(),
  /** The dimension: `total`, `age`, `gender` or a further dimension the process chooses. */
  dimension: z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/, 'must be a lower-case word such as age or gender'),
  /** The band within the dimension, e.g. `27-39`, `vrouw`, or `all` for a total. */
  band: z.string().trim().min(1).max(40),
  /** Number of inhabitants. */
  inhabitants: z.number().int('must be a whole number').nonnegative('must not be negative'),
  /** Where this figure comes from, if different from the population's overall source. */
  source: PublicTextSchema(500).optional(),
  /** True when the figure was invented (e.g. to fill gaps in demo data); shown as such wherever it appears. */
  invented: z.boolean().default(false),
});
export type PopulationFigure = z.infer<typeof PopulationFigureSchema>;

/** A district of the municipality, with its official name. */
export const DistrictSchema = z.object({
  /** CBS district code, e.g. WK054600. */
  code: DistrictCodeSchema,
  /** The district's name, e.g. "Binnenstad-Zuid". */
  name: PublicTextSchema(100),
});

export const ProcessStartedSchema = z.object({
  /** Id of the process. */
  processId: IdSchema,
  /** Title, e.g. "Agenda voor Leiden". */
  title: PublicTextSchema(200),
  /** The city the process serves, e.g. "Leiden". */
  city: PublicTextSchema(100),
  /** CBS municipality code. */
  municipalityCode: MunicipalityCodeSchema,
  /** What the process is about, for the portal's front page. */
  description: PublicTextSchema(4000),
  /** The phases planned, in order, with their dates. */
  plannedPhases: z.array(PlannedPhaseSchema).min(1, 'plan at least one phase').max(7),
  /** The municipality's districts with their names, so imports and the portal can use names; empty when not given. */
  districts: z
    .array(DistrictSchema)
    .max(200)
    .refine((ds) => new Set(ds.map((d) => d.code)).size === ds.length, 'must not list a district twice')
    .default([]),
  /** True for generated demonstration data. */
  demo: z.boolean(),
});
export const ProcessStarted = defineEvent('ProcessStarted', 1, ProcessStartedSchema);

export const PhaseStartedSchema = z.object({
  /** The process. */
  processId: IdSchema,
  /** The phase that started. */
  phase: PhaseSchema,
  /** The day it started. */
  startedOn: IsoDateSchema,
});
export const PhaseStarted = defineEvent('PhaseStarted', 1, PhaseStartedSchema);

export const ReferencePopulationRecordedSchema = z.object({
  /** The process. */
  processId: IdSchema,
  /** Where the figures as a whole come from, e.g. "CBS Kerncijfers wijken en buurten 2017". */
  source: PublicTextSchema(500),
  /** The date the figures describe. */
  referenceDate: IsoDateSchema,
  /** The figures, per district (or the whole city) and band; a later recording replaces earlier ones. */
  figures: z.array(PopulationFigureSchema).min(1, 'give at least one figure').max(2000),
});
export const ReferencePopulationRecorded = defineEvent('ReferencePopulationRecorded', 1, ReferencePopulationRecordedSchema);

export const processEvents = { ProcessStarted, PhaseStarted, ReferencePopulationRecorded } as const;
