import type { EventStore } from '@spoor/event-store';
import type { Progress } from '../cli/progress.js';
import { ProjectionSet } from './projection-set.js';
import { ledgerProjections } from './projection-registry.js';
import { SnapshotStore } from './snapshot-store.js';

/**
 * Pages of 1,000: pages of 5,000 (~3 MB of parsed events each) outgrew V8's young generation and
 * were promoted to the old one before they were folded, which made reading the log ~1.5x slower
 * (bench/, demo x10).
 */
const PAGE = 1_000;

/** A store that can count its events without reading them (the SQLite store can). */
interface CountingStore {
  countEvents(after?: bigint): Promise<number>;
}

const canCount = (store: EventStore): store is EventStore & CountingStore => typeof (store as Partial<CountingStore>).countEvents === 'function';

/** The total for the progress bar; a store that cannot count is counted by reading it (a second pass over the log). */
const countEvents = async (store: EventStore): Promise<number> => {
  if (canCount(store)) return store.countEvents();
  let count = 0;
  let after: bigint | undefined;
  for (;;) {
    const page = await store.readAll({ after, maxCount: PAGE });
    count += page.events.length;
    if (page.isEnd || page.lastPosition === undefined) return count;
    after = page.lastPosition;
  }
};

/**
 * Folds the whole log into fresh read models and replaces the checkpoints. Run it with the
 * service stopped (the service also rebuilds by itself when a projection's version changed).
 */
export const rebuildProjections = async (store: EventStore, dataDir: string, progress: Progress): Promise<{ events: number; failures: number }> => {
  const total = await countEvents(store);
  const set = new ProjectionSet(ledgerProjections);
  progress.start(total, 'Leesmodellen opnieuw opbouwen / rebuilding read models');
  let done = 0;
  let failures = 0;
  let after: bigint | undefined;
  for (;;) {
    const page = await store.readAll({ after, maxCount: PAGE });
    for (const event of page.events) failures += set.apply(event).length;
    done += page.events.length;
    progress.update(done);
    if (page.isEnd || page.lastPosition === undefined) break;
    after = page.lastPosition;
  }
  progress.stop();
  const snapshots = new SnapshotStore(dataDir);
  try {
    snapshots.replaceAll(set.snapshots());
  } finally {
    snapshots.close();
  }
  return { events: done, failures };
};
