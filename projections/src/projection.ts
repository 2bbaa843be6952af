import type { EventType, PublicEvent } from '@spoor/contracts';

/**
 * An event as projections see it: its public view (docs/publication.md). Public read models are
 * built from nothing else, so the verifier can rebuild them from the published log alone.
 */
export type ProjectedEvent = PublicEvent;

/**
 * A read model answering one question. `evolve` is deterministic and does no I/O; it may update
 * the read model it is handed in place (the projector owns it), so a fold over a city's whole
 * log stays linear. Bumping `version` means: rebuild from the start of the log.
 */
export interface Projection<ReadModel> {
  readonly name: string;
  readonly version: number;
  readonly eventTypes: readonly EventType[];
  initialState(): ReadModel;
  evolve(readModel: ReadModel, event: ProjectedEvent): ReadModel;
}

/** Folds a whole log into a projection's read model, skipping types it does not handle. */
export const foldProjection = <R>(projection: Projection<R>, events: Iterable<ProjectedEvent>): R => {
  const handled = new Set<string>(projection.eventTypes);
  let model = projection.initialState();
  for (const event of events) if (handled.has(event.type)) model = projection.evolve(model, event);
  return model;
};
