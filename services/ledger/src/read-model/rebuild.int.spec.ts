import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteEventStore, type EventStore, type SqliteEventStore } from '@spoor/event-store';
import type { Progress } from '../cli/progress.js';
import { ledgerProjections } from './projection-registry.js';
import { rebuildProjections } from './rebuild.js';
import { SnapshotStore } from './snapshot-store.js';

const meta = (commandId: string) => ({ commandId, correlationId: commandId, causationId: commandId, actor: { id: 'test', role: 'system' }, occurredAt: '2017-06-12T10:00:00+02:00' });

const recording = () => {
  const calls: { total?: number; done: number[] } = { done: [] };
  const progress: Progress = { start: (total) => void (calls.total = total), update: (done) => void calls.done.push(done), stop: () => undefined };
  return { calls, progress };
};

/** The same store without countEvents, as the EventStoreDB adapter is. */
const withoutCount = (store: SqliteEventStore): EventStore => ({
  append: (...args) => store.append(...args),
  readStream: (...args) => store.readStream(...args),
  readAll: (...args) => store.readAll(...args),
  subscribeToAll: (...args) => store.subscribeToAll(...args),
  close: () => store.close(),
});

describe('rebuildProjections', () => {
  let dir: string;
  let store: SqliteEventStore;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'spoor-rebuild-'));
    store = createSqliteEventStore({ file: join(dir, 'spoor.db'), synchronous: 'NORMAL' });
    // More than one page (1,000) of events, so paging and the progress total are exercised.
    for (let i = 0; i < 1_205; i++) await store.append(`participant-p${i}`, [{ type: 'ConsentRecorded', data: { participantId: `p${i}`, purpose: 'participation', consentVersion: 'v1' }, metadata: meta(`c${i}`) }], 'no_stream');
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['counts with the store (SQLite)', () => store],
    ['counts by reading when the store cannot count', () => withoutCount(store)],
  ])('folds every event and replaces the checkpoints; %s', async (_, use) => {
    const stale = new SnapshotStore(dir);
    stale.save([{ name: 'retired-projection', version: 1, position: '3', state: {} }]);
    stale.close();
    const { calls, progress } = recording();

    expect(await rebuildProjections(use(), dir, progress)).toEqual({ events: 1_205, failures: 0 });

    expect(calls.total).toBe(1_205);
    expect(calls.done).toEqual([1_000, 1_205]);
    const saved = new SnapshotStore(dir);
    try {
      const snapshots = saved.load();
      expect(snapshots.map((s) => s.name).sort()).toEqual(ledgerProjections.map((p) => p.name).sort());
      expect(new Set(snapshots.map((s) => s.position))).toEqual(new Set(['1205']));
      expect(Object.keys(snapshots.find((s) => s.name === 'command-index')?.state as object)).toHaveLength(1_205);
    } finally {
      saved.close();
    }
  });
});
