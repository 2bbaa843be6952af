import { createSqliteEventStore, type EventStore, type RecordedEvent } from '@spoor/event-store';

/** Every event of a SQLite store, in log order. */
export const readLog = async (file: string): Promise<RecordedEvent[]> => {
  const store = createSqliteEventStore({ file });
  try {
    const events: RecordedEvent[] = [];
    let after: bigint | undefined;
    for (;;) {
      const page = await store.readAll({ after, maxCount: 5000 });
      events.push(...page.events);
      if (page.isEnd || page.lastPosition === undefined) return events;
      after = page.lastPosition;
    }
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
