export { buildPortalData } from './portal-data.query.js';
export { publicNumbers, type PublicNumber, type PublicNumbers } from './public-numbers.query.js';
export { wordDiff, type WordDiffPart } from './word-diff.util.js';
export type * from './portal-data.views.js';
export { foldPublicModels } from './public-models.fold.js';
