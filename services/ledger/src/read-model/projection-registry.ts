import { conversationsProjection, progressProjection, representativenessProjection, summitProjection, trailProjection } from '@spoor/projections';
import { commandIndexProjection } from './command-index.projection.js';
import type { LedgerProjection } from './projection-set.js';

/** Every read model the ledger keeps: the public ones from @spoor/projections, and its own command index. */
export const ledgerProjections: readonly LedgerProjection[] = [
  conversationsProjection,
  trailProjection,
  representativenessProjection,
  summitProjection,
  progressProjection,
  commandIndexProjection,
] as readonly LedgerProjection[];
