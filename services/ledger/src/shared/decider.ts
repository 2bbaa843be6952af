import type { DomainEvent, EventType } from '@spoor/contracts';

/** The events of the given types. */
export type EventOf<T extends EventType> = Extract<DomainEvent, { type: T }>;

/** State and evolution of one aggregate kind; its streams are named `${streamPrefix}-${id}`. */
export interface Aggregate<State, Event extends DomainEvent> {
  readonly streamPrefix: string;
  readonly eventTypes: readonly Event['type'][];
  initialState(): State;
  evolve(state: State, event: Event): State;
}

export const streamIdOf = (aggregate: Aggregate<unknown, DomainEvent>, id: string): string => `${aggregate.streamPrefix}-${id}`;

/** Folds events into state, ignoring types the aggregate does not own. */
export const foldEvents = <State, Event extends DomainEvent>(
  aggregate: Aggregate<State, Event>,
  events: readonly DomainEvent[],
): State =>
  events.reduce(
    (state, event) => ((aggregate.eventTypes as readonly string[]).includes(event.type) ? aggregate.evolve(state, event as Event) : state),
    aggregate.initialState(),
  );

export class UnknownEventError extends Error {
  constructor(event: never) {
    super(`Unhandled event ${JSON.stringify(event)}`);
  }
}
