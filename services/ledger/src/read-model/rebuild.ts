import { type EventStore, readAllPages } from '@spoor/event-store';
import type { Progress } from '../cli/progress.js';
import { ProjectionSet } from './projection-set.js';
import { ledgerProjections } from './projection-registry.js';
import { SnapshotStore } from './snapshot-store.js';

/** A store that can count its events without reading them (the SQLite store can). */
interface CountingStore {
  countEvents(after?: bigint): Promise<number>;
}

const canCount = (store: EventStore): store is EventStore & CountingStore => typeof (store as Partial<CountingStore>).countEvents === 'function';

/** The total for the progress bar; a store that cannot count is counted by reading it (a second pass over the log). */
const countEvents = async (store: EventStore): Promise<number> => {
  if (canCount(store)) return store.countEvents();
  let count = 0;
  for await (const page of readAllPages(store)) count += page.length;
  return count;
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
  for await (const page of readAllPages(store)) {
    for (const event of page) failures += set.apply(event).length;
    done += page.length;
    progress.update(done);
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
