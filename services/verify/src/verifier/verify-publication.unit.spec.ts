import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { signCheckpoint } from '../note/checkpoint.js';
import { ed25519Signer } from '../note/note-keys.js';
import { makePublication, sampleRecords } from '../testing/make-publication.js';
import { verifyPublication, VerifyUsageError } from './verify-publication.js';

const ORIGIN = 'spoor.test/leiden';
const signer = ed25519Signer(ORIGIN, randomBytes(32));
const key = signer.verifier.keyString;

describe('verifyPublication', () => {
  let dir: string;
  let stateDir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'spoor-pub-'));
    stateDir = mkdtempSync(join(tmpdir(), 'spoor-witness-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(stateDir, { recursive: true, force: true });
  });

  const eventsFile = () => join(dir, 'log/events.ndjson');
  const lines = () => readFileSync(eventsFile(), 'utf8').split('\n').slice(0, -1);
  const writeLines = (ls: string[]) => writeFileSync(eventsFile(), ls.map((l) => `${l}\n`).join(''));

  it('verifies a good publication with a pinned key, and says what it checked', async () => {
    makePublication(dir, sampleRecords(20), { signer, checkpointSizes: [5, 12, 20] });
    const report = await verifyPublication(dir, { key, stateDir });
    expect(report.failure).toBeUndefined();
    expect(report.ok).toBe(true);
    expect(report.counts).toMatchObject({ events: 20, checkpoints: 3, receipts: 7, ideas: 7 });
    expect(report.checks.map((c) => `${c.check}:${c.status}`)).toEqual([
      'checkpoint:passed',
      'log:passed',
      'leaves:passed',
      'root:passed',
      'archive:passed',
      'witness:passed',
      'receipts:passed',
      'snapshot:skipped',
    ]);
    expect(report.key).toEqual({ verifierKey: key, pinned: true });
  });

  it('uses the published key when none is pinned, and says it is not pinned', async () => {
    makePublication(dir, sampleRecords(4), { signer });
    const report = await verifyPublication(dir);
    expect(report.ok).toBe(true);
    expect(report.key?.pinned).toBe(false);
  });

  it('fails on a checkpoint signed by another key, naming the pinned key', async () => {
    makePublication(dir, sampleRecords(6), { signer });
    const impostor = ed25519Signer(ORIGIN, randomBytes(32));
    makePublication(dir, sampleRecords(6), { signer: impostor });
    const report = await verifyPublication(dir, { key });
    expect(report.ok).toBe(false);
    expect(report.failure).toMatch(new RegExp(`^checkpoint: signature is not by key ${ORIGIN.replace('.', '\\.')}\\+[0-9a-f]{8}`));
  });

  it('names the event whose line was edited (leaf hash against leaves.bin)', async () => {
    makePublication(dir, sampleRecords(10), { signer });
    const ls = lines();
    ls[4] = ls[4]!.replace('Idee 4', 'Idee 5');
    writeLines(ls);
    expect((await verifyPublication(dir, { key })).failure).toBe('event 4: leaf hash differs');
  });

  it('without leaves.bin, an edited line still fails on the root', async () => {
    makePublication(dir, sampleRecords(10), { signer, leaves: false });
    const ls = lines();
    ls[4] = ls[4]!.replace('Idee 4', 'Idee 5');
    writeLines(ls);
    const report = await verifyPublication(dir, { key });
    expect(report.failure).toMatch(/^root: the 10 events hash to root .*, the checkpoint says /);
    expect(report.checks.find((c) => c.check === 'leaves')?.status).toBe('skipped');
  });

  it('names the spot of a dropped line, of two lines swapped, and of a line added at the end', async () => {
    makePublication(dir, sampleRecords(10), { signer });
    const original = lines();
    writeLines(original.filter((_, i) => i !== 6));
    expect((await verifyPublication(dir, { key })).failure).toMatch(/^event 6: the line holds index 7: a line is missing, added or out of order/);
    writeLines([...original.slice(0, 2), original[3]!, original[2]!, ...original.slice(4)]);
    expect((await verifyPublication(dir, { key })).failure).toMatch(/^event 2: the line holds index 3/);
    writeLines([...original, original[9]!]);
    expect((await verifyPublication(dir, { key })).failure).toMatch(/^event 10: events.ndjson has more lines than the 10 events/);
    writeLines(original.slice(0, 9));
    expect((await verifyPublication(dir, { key })).failure).toBe('log: events.ndjson has 9 lines, the checkpoint covers 10 events');
  });

  it('refuses a line that is not canonical JSON, even when it means the same', async () => {
    makePublication(dir, sampleRecords(5), { signer });
    const ls = lines();
    ls[1] = ls[1]!.replace('{"data":', '{ "data":');
    writeLines(ls);
    expect((await verifyPublication(dir, { key })).failure).toBe('event 1: the line is not the canonical JSON (RFC 8785) of its record');
  });

  it('fails when a history that rewrites an earlier checkpoint is published', async () => {
    const first = makePublication(dir, sampleRecords(8), { signer });
    // Same key, an early event changed, the old checkpoint kept in the archive.
    makePublication(dir, sampleRecords(12, ' (herschreven)'), { signer, keepArchive: [first.latest] });
    expect((await verifyPublication(dir, { key })).failure).toMatch(/^checkpoint 2 is not an extension of checkpoint 1 \(size 8 to 12: /);
  });

  it('as a witness, catches a rewritten history that dropped its old checkpoints, and a rollback', async () => {
    makePublication(dir, sampleRecords(8), { signer });
    expect((await verifyPublication(dir, { key, stateDir })).ok).toBe(true);
    makePublication(dir, sampleRecords(12, ' (herschreven)'), { signer });
    expect((await verifyPublication(dir, { key, stateDir })).failure).toBe(
      'witness: checkpoint (size 12) is not an extension of the checkpoint this verifier saw before (size 8): the history was rewritten',
    );
    makePublication(dir, sampleRecords(12), { signer, checkpointSizes: [8, 12] });
    expect((await verifyPublication(dir, { key, stateDir })).ok).toBe(true);
    makePublication(dir, sampleRecords(9), { signer });
    expect((await verifyPublication(dir, { key, stateDir })).failure).toMatch(/^witness: checkpoint \(size 9\) is older than the checkpoint this verifier saw before \(size 12\)/);
  });

  it('checks every receipt: a broken proof, and a receipt that points at another event', async () => {
    const { receipts } = makePublication(dir, sampleRecords(10), { signer });
    const path = join(dir, 'receipts', `${receipts[1]!.receiptCode}.json`);
    const proof = [...receipts[1]!.inclusionProof];
    proof[0] = Buffer.from(randomBytes(32)).toString('base64');
    writeFileSync(path, JSON.stringify({ ...receipts[1], inclusionProof: proof }));
    expect((await verifyPublication(dir, { key })).failure).toMatch(/^receipt R4-CODE: the inclusion proof does not hold/);
    writeFileSync(path, JSON.stringify({ ...receipts[2], receiptCode: 'R4-CODE' }));
    expect((await verifyPublication(dir, { key })).failure).toBe('receipt R4-CODE: event 7 is not the IdeaRecorded of idea idea-7 with this receipt code');
  });

  it('compares the snapshot with the replay, key by key', async () => {
    makePublication(dir, sampleRecords(10), { signer });
    const countIdeas = (records: readonly { type: string }[]) => ({ ideas: records.filter((r) => r.type === 'IdeaRecorded').length, nested: { events: records.length } });
    const snapshot = (numbers: unknown) => {
      mkdirSync(join(dir, 'data'), { recursive: true });
      writeFileSync(join(dir, 'data', 'snapshot.json'), JSON.stringify({ treeSize: 9, numbers }));
    };
    expect((await verifyPublication(dir, { key, replay: countIdeas })).checks.at(-1)).toMatchObject({ check: 'snapshot', status: 'skipped', detail: 'no data/snapshot.json published' });
    snapshot({ ideas: 3, nested: { events: 9 } });
    expect((await verifyPublication(dir, { key, replay: countIdeas })).counts.snapshotNumbers).toBe(2);
    snapshot({ ideas: 2, nested: { events: 9 } });
    expect((await verifyPublication(dir, { key, replay: countIdeas })).failure).toBe('snapshot: numbers.ideas is 2, replay gives 3');
    snapshot({ ideas: 3 });
    expect((await verifyPublication(dir, { key, replay: countIdeas })).failure).toBe('snapshot: numbers.nested.events is missing, replay gives 9');
  });

  it('reports a missing checkpoint as a mismatch, and a bad key or missing folder as a usage error', async () => {
    makePublication(dir, sampleRecords(3), { signer });
    unlinkSync(join(dir, 'log/checkpoint'));
    expect((await verifyPublication(dir, { key })).failure).toBe('checkpoint: log/checkpoint is missing');
    await expect(verifyPublication(dir, { key: 'not-a-key' })).rejects.toThrow(VerifyUsageError);
    await expect(verifyPublication(join(dir, 'nowhere'), { key })).rejects.toThrow(/no such folder/);
  });

  it('verifies the same publication served over HTTP (receipts found through receipts/index.json)', async () => {
    makePublication(dir, sampleRecords(30), { signer, checkpointSizes: [10, 30] });
    const server: Server = createServer((req, res) => {
      try {
        res.end(readFileSync(join(dir, normalize(decodeURIComponent(req.url!.split('?')[0]!)).replace(/^(\.\.[/\\])+/, ''))));
      } catch {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const report = await verifyPublication(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { key });
      expect(report.failure).toBeUndefined();
      expect(report.counts).toMatchObject({ events: 30, checkpoints: 2, receipts: 10 });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('accepts a checkpoint that also carries a signature line by another key (a witness would add one)', async () => {
    const { latest } = makePublication(dir, sampleRecords(4), { signer });
    const witness = ed25519Signer('witness.example', randomBytes(32));
    const cosigned = `${latest.note}${signCheckpoint({ origin: 'witness.example', size: 4, rootHash: latest.rootHash }, witness).note.split('\n\n')[1]}`;
    writeFileSync(join(dir, 'log/checkpoint'), cosigned);
    writeFileSync(join(dir, 'log/checkpoints/4'), cosigned);
    expect((await verifyPublication(dir, { key })).ok).toBe(true);
  });
});
