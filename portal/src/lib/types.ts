/* The portal's data types, from @spoor/projections (the builder of the data file). */
export type * from '@spoor/projections';
export type { TrailLocalised as Localised } from '@spoor/projections';
