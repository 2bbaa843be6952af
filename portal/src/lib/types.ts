/*
 * The portal's data types, from @spoor/projections (the builder of the data file). Imported by
 * path until the package's index re-exports its portal folder; only this file names the path.
 */
export type * from '@spoor/projections/dist/portal/index.js';
export type { IdeaTrailFound, TrailStep, TrailOutcome, TrailLocalised as Localised, RepresentativenessResult, RepresentativenessRow, DistrictReachLine } from '@spoor/projections';
