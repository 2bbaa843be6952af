import { foldProjection, type ProjectedEvent, type Projection } from '../../projection.js';

/**
 * Folds the first `splitAt` events, writes the model out as JSON and reads it back (as a
 * checkpoint would), then folds the rest into that copy. A model that is not plain JSON (a Map,
 * a Date, an undefined-valued key) or that depends on object identity gives a different result.
 */
export const foldResumedFromJson = <R>(projection: Projection<R>, events: readonly ProjectedEvent[], splitAt: number): R => {
  const checkpoint = JSON.parse(JSON.stringify(foldProjection(projection, events.slice(0, splitAt)))) as R;
  const handled = new Set<string>(projection.eventTypes);
  let model = checkpoint;
  for (const event of events.slice(splitAt)) if (handled.has(event.type)) model = projection.evolve(model, event);
  return model;
};
