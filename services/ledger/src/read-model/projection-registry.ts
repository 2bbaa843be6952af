import { conversationsProjection, progressProjection, representativenessProjection, summitProjection, trailProjection } from '@spoor/projections';
import { livingRoomsProjection } from '../summit/allocation/living-rooms.projection.js';
import { commandIndexProjection } from './command-index.projection.js';
import type { LedgerProjection } from './projection-set.js';

/** Every read model the ledger keeps: the public ones from @spoor/projections, and its own command index and living rooms. */
export const ledgerProjections: readonly LedgerProjection[] = [
  conversationsProjection,
  trailProjection,
  representativenessProjection,
  summitProjection,
  progressProjection,
  commandIndexProjection,
  livingRoomsProjection,
] as readonly LedgerProjection[];
