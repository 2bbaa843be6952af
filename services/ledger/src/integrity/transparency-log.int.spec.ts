import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createSqliteEventStore, type EventStore } from '@spoor/event-store';
import { openCheckpoint, verifyConsistency } from '@spoor/verify';
import { loadConfig } from '../config/config.js';
import { ambassadorRegistered, conversationHeld, conversationPlanned, ideaRecorded, processStarted } from '../shared/testing/fixtures.js';
import { TransparencyLog } from './transparency-log.service.js';

const metadata = (n: number) => ({
  commandId: `c-${n}`,
  correlationId: `c-${n}`,
  causationId: `c-${n}`,
  actor: { id: 'actor-org', role: 'organiser' },
  occurredAt: '2017-10-12T19:00:00.000Z',
  recordedAt: '2017-10-12T21:00:00.000Z',
  schemaVersion: 1,
});

/** The transparency log over a small SQLite store, restarted as the ledger would be. */
describe('TransparencyLog', () => {
  let dataDir: string;
  let store: EventStore;
  const clock = { now: () => new Date('2017-11-01T12:00:00.000Z') };
  let appended = 0;
  const append = async (stream: string, event: { type: string; data: unknown }) => {
    await store.append(stream, [{ ...event, metadata: metadata(appended++) }], 'any');
  };
  const start = async () => {
    const log = new TransparencyLog(store, loadConfig({ SPOOR_DATA_DIR: dataDir, SPOOR_LOG_ORIGIN: 'spoor.test/log' }), clock);
    await log.onModuleInit();
    return log;
  };

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'spoor-tlog-'));
    store = createSqliteEventStore({ file: join(dataDir, 'spoor.db') });
    appended = 0;
    await append('process-leiden', processStarted);
    await append('ambassador-amb-1', ambassadorRegistered());
    await append('conversation-hk-1', conversationPlanned());
  });
  afterEach(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('follows the store live, signs checkpoints that extend each other, and resumes after a restart', async () => {
    let log = await start();
    expect(log.tree.size).toBe(3);
    const first = log.checkpointNow();
    expect(openCheckpoint(first.note, log.signer.verifier).size).toBe(3);
    await append('conversation-hk-1', conversationHeld());
    await log.catchUp();
    expect(log.tree.size).toBe(4);
    await log.onModuleDestroy();

    await append('idea-idea-1', ideaRecorded());
    log = await start();
    expect(log.tree.size).toBe(5);
    expect(log.leaves.idea('K7M4-QX2P')).toMatchObject({ ideaId: 'idea-1', index: 4 });
    const second = log.checkpointNow();
    expect(log.checkpointNow()).toEqual(second);
    verifyConsistency(3, 5, second.consistency, first.rootHash, second.rootHash);
    expect(log.archive().map((c) => c.size)).toEqual([3, 5]);
    await log.onModuleDestroy();
  });

  it('stops following a store whose last event changed after a publication, and says so', async () => {
    let log = await start();
    log.checkpointNow();
    await log.onModuleDestroy();
    await store.close();
    const db = new Database(join(dataDir, 'spoor.db'));
    db.prepare("UPDATE events SET data = replace(data, '2017-10-12', '2017-10-13') WHERE position = 3").run();
    db.close();
    store = createSqliteEventStore({ file: join(dataDir, 'spoor.db') });
    log = await start();
    expect(log.diverged).toMatch(/^event 2 \(.*\) in the event store differs from what the log committed to/);
    await append('conversation-hk-1', conversationHeld());
    await log.catchUp();
    expect(log.tree.size).toBe(3);
    await log.onModuleDestroy();
  });

  it('rebuilds quietly from a changed store when nothing was published yet', async () => {
    let log = await start();
    const before = Buffer.from(log.tree.root());
    await log.onModuleDestroy();
    await store.close();
    const db = new Database(join(dataDir, 'spoor.db'));
    db.prepare("UPDATE events SET data = replace(data, '2017-10-12', '2017-10-13') WHERE position = 3").run();
    db.close();
    store = createSqliteEventStore({ file: join(dataDir, 'spoor.db') });
    log = await start();
    expect(log.diverged).toBeUndefined();
    expect([log.tree.size, Buffer.from(log.tree.root()).equals(before)]).toEqual([3, false]);
    await log.onModuleDestroy();
  });
});
