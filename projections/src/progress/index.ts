export { progressProjection } from './progress.projection.js';
export type { PhaseProgress, ProgressReadModel } from './progress.read-model.js';
export { progress, type ProgressCounts, type ProgressUpdateView, type ProgressView } from './progress.query.js';
