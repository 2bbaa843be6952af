import type { DomainEvent } from '@spoor/contracts';
import type { EventStore, RecordedEvent } from '@spoor/event-store';
import type { Aggregate } from '../shared/decider.js';

/** An event as a command's result needs it. */
export type StoredEvent = Pick<RecordedEvent, 'type' | 'revision' | 'position' | 'data'>;

export interface LoadedStream<State> {
  readonly state: State;
  /** Revision of the last event, or undefined when the stream does not exist. */
  readonly revision: number | undefined;
  /** The events an earlier run of this commandId left in the stream. */
  eventsOf(commandId: string): readonly StoredEvent[];
}

interface Entry {
  readonly revision: number;
  readonly state: unknown;
  readonly byCommand: Map<string, StoredEvent[]>;
}

/**
 * Folds streams into aggregate state, remembering the result: streams only grow, so a later load
 * reads and folds just the events appended since. Without it, a stream such as a process's theme
 * map (one event per idea linked) would be refolded from the start for every command: quadratic.
 * Least recently used streams are forgotten past `capacity`.
 */
export class AggregateLoader {
  private readonly cache = new Map<string, Entry>();

  constructor(
    private readonly store: EventStore,
    private readonly capacity = 50_000,
  ) {}

  async load<State, Event extends DomainEvent>(aggregate: Aggregate<State, Event>, streamId: string): Promise<LoadedStream<State>> {
    const before = this.cache.get(streamId);
    const fresh = await this.store.readStream(streamId, { fromRevision: before ? before.revision + 1 : 0 });
    const owned = new Set<string>(aggregate.eventTypes);
    // Read the entry again: another load of the same stream may have advanced it during the read.
    let entry: Entry = this.cache.get(streamId) ?? { revision: -1, state: aggregate.initialState(), byCommand: new Map() };
    for (const event of fresh) {
      if (event.revision <= entry.revision) continue;
      const state = owned.has(event.type) ? aggregate.evolve(entry.state as State, { type: event.type, data: event.data } as Event) : entry.state;
      const commandId = (event.metadata as { commandId?: unknown } | null)?.commandId;
      if (typeof commandId === 'string') {
        const stored = { type: event.type, revision: event.revision, position: event.position, data: event.data };
        entry.byCommand.set(commandId, [...(entry.byCommand.get(commandId) ?? []), stored]);
      }
      entry = { revision: event.revision, state, byCommand: entry.byCommand };
    }
    this.remember(streamId, entry);
    const { byCommand } = entry;
    return { state: entry.state as State, revision: entry.revision < 0 ? undefined : entry.revision, eventsOf: (id) => byCommand.get(id) ?? [] };
  }

  private remember(streamId: string, entry: Entry): void {
    this.cache.delete(streamId);
    this.cache.set(streamId, entry);
    if (this.cache.size > this.capacity) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
  }
}
