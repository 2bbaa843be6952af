import { conversationsProjection, progressProjection, type Projection, representativenessProjection, summitProjection, trailProjection } from '@spoor/projections';
import { commandIndexProjection } from './command-index.projection.js';

/** Every read model the ledger keeps: the public ones from @spoor/projections, and its own command index. */
export const ledgerProjections: readonly Projection<unknown>[] = [
  conversationsProjection,
  trailProjection,
  representativenessProjection,
  summitProjection,
  progressProjection,
  commandIndexProjection,
] as readonly Projection<unknown>[];
