export { representativenessProjection } from './representativeness.projection.js';
export type { RepresentativenessReadModel } from './representativeness.read-model.js';
export {
  representativeness,
  representativenessStages,
  type RepresentativenessDimension,
  type RepresentativenessOptions,
  type RepresentativenessResult,
  type RepresentativenessRow,
  type RepresentativenessStage,
  type RepresentativenessTotal,
} from './representativeness.query.js';
export type { RepresentativenessDimensionName } from './reference-population.js';
export { suppressCells, type CountCell, type PublishedCell, type SuppressionOptions, type SuppressionReason } from './cell-suppression.js';
export {
  crossTabDimensions,
  CrossTabRequestError,
  MAX_CROSS_TAB_CELLS,
  MAX_CROSS_TAB_DIMENSIONS,
  representativenessCrossTab,
  type CrossTabCell,
  type CrossTabOptions,
  type CrossTabTable,
  type RepresentativenessCrossTab,
} from './cross-tab.query.js';
export type { CrossTabDimensionName } from './participant-bands.util.js';
