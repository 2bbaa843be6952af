import type { ProjectedEvent } from '../projection.js';
import { foldProjection } from '../projection.js';
import { conversationsProjection } from '../conversations/conversations.projection.js';
import { progressProjection } from '../progress/progress.projection.js';
import { representativenessProjection } from '../representativeness/representativeness.projection.js';
import { summitProjection } from '../summit/summit.projection.js';
import { trailProjection } from '../trail/trail.projection.js';
import type { PortalModels } from './portal-data.views.js';

/**
 * The public read models folded from public events, e.g. the published log: the publisher builds
 * the snapshot and the portal this way, and the verifier replays the same fold to check them.
 */
export const foldPublicModels = (events: readonly ProjectedEvent[]): PortalModels => ({
  conversations: foldProjection(conversationsProjection, events),
  trail: foldProjection(trailProjection, events),
  representativeness: foldProjection(representativenessProjection, events),
  summit: foldProjection(summitProjection, events),
  progress: foldProjection(progressProjection, events),
});
