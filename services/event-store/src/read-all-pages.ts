import type { EventStore, RecordedEvent } from './event-store.port.js';

/**
 * The whole log (or the part after `after`), one page at a time, in position order. Pages of
 * 1,000 by default: bigger pages outgrow V8's young generation and make reading slower.
 */
export async function* readAllPages(store: EventStore, options: { after?: bigint; pageSize?: number } = {}): AsyncGenerator<RecordedEvent[]> {
  let after = options.after;
  for (;;) {
    const page = await store.readAll({ after, maxCount: options.pageSize ?? 1_000 });
    if (page.events.length > 0) yield page.events;
    if (page.isEnd || page.lastPosition === undefined) return;
    after = page.lastPosition;
  }
}
