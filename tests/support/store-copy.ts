import { createSqliteEventStore, type EventStore, readAllPages, type RecordedEvent } from '@spoor/event-store';

/** Every event of a SQLite store, in log order. */
export const readLog = async (file: string): Promise<RecordedEvent[]> => {
  const store = createSqliteEventStore({ file });
  try {
    const events: RecordedEvent[] = [];
    for await (const page of readAllPages(store)) events.push(...page);
    return events;
  } finally {
    await store.close();
  }
};

/** Appends a log, event by event in its order, to an empty store, as a city would when moving stores. */
export const replayInto = async (events: readonly RecordedEvent[], target: EventStore): Promise<void> => {
  for (const e of events) {
    await target.append(e.streamId, [{ id: e.id, type: e.type, data: e.data, metadata: e.metadata }], e.revision === 0 ? 'no_stream' : e.revision - 1);
  }
};
