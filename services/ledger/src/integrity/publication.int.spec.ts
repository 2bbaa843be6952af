import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ed25519Signer, type PublicLogRecord, signCheckpoint, verifyConsistency, verifyInclusion, verifyPublication } from '@spoor/verify';
import { silentProgress } from '../cli/progress.js';
import { CommandExecutor } from '../commands/command-executor.js';
import { generateLeidenDemo } from '../demo/leiden-demo.js';
import { loadDemo } from '../demo-loader/load-demo.js';
import { type Ledger, startLedger } from '../shared/testing/ledger-harness.js';
import { publishPublicLog } from './publish-log.js';
import { TransparencyLog } from './transparency-log.service.js';

const b64 = (s: string): Buffer => Buffer.from(s, 'base64');

/** The demo loaded, published, verified; then each way of tampering makes the verifier name the spot. */
describe('the published record of the full Leiden demo', () => {
  let ledger: Ledger;
  let dataDir: string;
  const scratch = mkdtempSync(join(tmpdir(), 'spoor-publication-'));
  const stateDir = join(scratch, 'witness');
  const dirs = { first: join(scratch, 'first'), erased: join(scratch, 'erased'), flipped: join(scratch, 'flipped'), rewritten: join(scratch, 'rewritten') };
  let key: string;
  let records: PublicLogRecord[];

  const publish = async (out: string) => {
    const warnings: string[] = [];
    const result = await publishPublicLog(ledger.app, out, { progress: silentProgress, warn: (m) => warnings.push(m) });
    return { result, warnings };
  };
  const lines = (dir: string) => readFileSync(join(dir, 'log/events.ndjson'), 'utf8').split('\n').slice(0, -1);
  const copyWith = (from: string, name: string, edit: (dir: string) => void): string => {
    const dir = join(scratch, name);
    cpSync(from, dir, { recursive: true });
    edit(dir);
    return dir;
  };
  const erase = async (participantId: string, commandId: string) => {
    const res = await ledger.gql(
      'mutation($input: EraseParticipantDataInput!) { eraseParticipantData(input: $input) { commandId } }',
      { input: { commandId, participantId, reason: 'participant-request', erasedOn: '2017-11-02' } },
      ledger.token('organiser'),
    );
    expect(res.errors).toBeUndefined();
  };
  const participants = () => records.filter((r) => r.type === 'ParticipantRegistered').map((r) => String(r.data['participantId']));

  beforeAll(async () => {
    ledger = await startLedger();
    dataDir = ledger.dataDir;
    await loadDemo(ledger.store, ledger.app.get(CommandExecutor), generateLeidenDemo(), silentProgress);
    const { result, warnings } = await publish(dirs.first);
    expect([result.mismatches, warnings]).toEqual([[], []]);
    key = readFileSync(join(dirs.first, 'log/public-key.txt'), 'utf8').trim();
    records = lines(dirs.first).map((l) => JSON.parse(l) as PublicLogRecord);
  }, 300_000);
  afterAll(async () => {
    await ledger.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('verifies: every event is a leaf, the signed root matches, every idea has a receipt that proves it', async () => {
    const report = await verifyPublication(dirs.first, { key, stateDir });
    expect(report.failure).toBeUndefined();
    expect(report.counts.events).toBe(await ledger.eventCount());
    expect(report.counts.receipts).toBe(records.filter((r) => r.type === 'IdeaRecorded').length);
    expect(report.counts.receipts).toBeGreaterThan(100);
    expect(report.checks.filter((c) => c.status === 'failed')).toEqual([]);
  });

  it('answers the checkpoint, a receipt and proofs over GraphQL, and they check out', async () => {
    const code = String(records.find((r) => r.type === 'IdeaRecorded')!.data['receiptCode']);
    const event = records[42]!;
    const res = await ledger.gql(
      `query($code: String!, $id: ID!) {
        checkpoint { origin treeSize rootHash note verifierKey }
        receipt(code: $code) { receiptCode ideaId index leafHash inclusionProof treeSize checkpoint }
        inclusionProof(eventId: $id) { index treeSize leafHash rootHash hashes }
        consistencyProof(from: 100) { from to fromRootHash toRootHash hashes }
      }`,
      { code, id: event.id },
    );
    expect(res.errors).toBeUndefined();
    const { checkpoint, receipt, inclusionProof, consistencyProof } = res.data as Record<string, Record<string, never>>;
    expect(checkpoint!['note']).toBe(readFileSync(join(dirs.first, 'log/checkpoint'), 'utf8'));
    expect(checkpoint!['verifierKey']).toBe(key);
    expect(receipt).toEqual(JSON.parse(readFileSync(join(dirs.first, 'receipts', `${code}.json`), 'utf8')) as unknown);
    const root = b64(checkpoint!['rootHash']);
    const p = inclusionProof!;
    expect(p['index']).toBe(42);
    expect(() => verifyInclusion(42, p['treeSize'], b64(p['leafHash']), (p['hashes'] as string[]).map(b64), root)).not.toThrow();
    const c = consistencyProof!;
    expect(() => verifyConsistency(100, c['to'], (c['hashes'] as string[]).map(b64), b64(c['fromRootHash']), root)).not.toThrow();
    const wrong = await ledger.gql('{ inclusionProof(index: 1, eventId: "x") { index } }');
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('names the line when a line of the published log is edited, dropped or moved', async () => {
    const ideaIndex = records.findIndex((r) => r.type === 'IdeaRecorded' && r.index > 1000);
    const edited = copyWith(dirs.first, 'edited', (dir) => {
      const ls = lines(dir);
      ls[ideaIndex] = ls[ideaIndex]!.replace('"text":"', '"text":"Niet: ');
      writeFileSync(join(dir, 'log/events.ndjson'), ls.map((l) => `${l}\n`).join(''));
    });
    expect((await verifyPublication(edited, { key })).failure).toBe(`event ${ideaIndex}: leaf hash differs`);
    const dropped = copyWith(dirs.first, 'dropped', (dir) => writeFileSync(join(dir, 'log/events.ndjson'), lines(dir).filter((_, i) => i !== 1234).map((l) => `${l}\n`).join('')));
    expect((await verifyPublication(dropped, { key })).failure).toMatch(/^event 1234: the line holds index 1235: a line is missing, added or out of order/);
    const moved = copyWith(dirs.first, 'moved', (dir) => {
      const ls = lines(dir);
      ls.splice(2000, 0, ...ls.splice(500, 1));
      writeFileSync(join(dir, 'log/events.ndjson'), ls.map((l) => `${l}\n`).join(''));
    });
    expect((await verifyPublication(moved, { key })).failure).toMatch(/^event 500: the line holds index 501/);
  });

  it('names the key when the checkpoint is swapped for one signed by another key', async () => {
    const swapped = copyWith(dirs.first, 'swapped', (dir) => {
      const impostor = ed25519Signer(key.split('+')[0]!, Buffer.alloc(32, 9));
      const honest = readFileSync(join(dir, 'log/checkpoint'), 'utf8').split('\n');
      const forged = signCheckpoint({ origin: honest[0]!, size: Number(honest[1]), rootHash: b64(honest[2]!) }, impostor);
      writeFileSync(join(dir, 'log/checkpoint'), forged.note);
      writeFileSync(join(dir, 'log/public-key.txt'), `${impostor.verifier.keyString}\n`);
    });
    const report = await verifyPublication(swapped, { key });
    expect(report.failure).toMatch(new RegExp(`^checkpoint: signature is not by key ${key.split('+').slice(0, 2).join('\\+').replace(/\./g, '\\.')} `));
  });

  it('still verifies after EraseParticipantData, and extends the checkpoint the witness saw', async () => {
    await erase(participants()[3]!, 'c-integrity-erase-1');
    const { result } = await publish(dirs.erased);
    expect(result.treeSize).toBe(records.length + 1);
    const report = await verifyPublication(dirs.erased, { key, stateDir });
    expect(report.failure).toBeUndefined();
    expect(report.counts.checkpoints).toBe(2);
    expect(report.checks.find((c) => c.check === 'witness')?.detail).toMatch(/extends the checkpoint seen before/);
    // The erased person's registration is the same line as before: erasure never rewrites the log.
    expect(lines(dirs.erased).slice(0, records.length)).toEqual(lines(dirs.first));
  });

  it('names the event when one byte of it is flipped in the SQLite store and the log is published again', async () => {
    const target = records.find((r) => r.type === 'IdeaRecorded' && r.index > 500 && /[a-y]{6}/.test(String(r.data['text'])))!;
    await ledger.close(true);
    const file = join(dataDir, 'spoor.db');
    const bytes = readFileSync(file);
    const needle = Buffer.from(JSON.stringify(target.data['text']).slice(1, -1), 'utf8');
    const at = bytes.indexOf(needle);
    expect(at).toBeGreaterThan(0);
    expect(bytes.indexOf(needle, at + 1)).toBe(-1);
    const letter = at + needle.toString('latin1').search(/[a-y]/);
    bytes[letter] = bytes[letter]! + 1;
    writeFileSync(file, bytes);

    ledger = await startLedger({ dataDir });
    const { result, warnings } = await publish(dirs.flipped);
    expect(result.mismatches.map((m) => m.index)).toEqual([target.index]);
    expect(warnings[0]).toMatch(new RegExp(`^event ${target.index} \\(IdeaRecorded .*leaf hash differs`));
    expect((await verifyPublication(dirs.flipped, { key })).failure).toBe(`event ${target.index}: leaf hash differs`);
  });

  it('fails when a history that rewrites an earlier checkpoint is published', async () => {
    // The organisers rebuild the tree over the changed store (keeping the signed archive) and publish again.
    await ledger.close(true);
    const db = new Database(join(dataDir, 'log.db'));
    db.exec("DELETE FROM hashes; DELETE FROM leaves; DELETE FROM ideas; DELETE FROM meta WHERE name IN ('size', 'last_position')");
    db.close();
    ledger = await startLedger({ dataDir });
    expect(ledger.app.get(TransparencyLog).diverged).toBeUndefined();
    await erase(participants()[4]!, 'c-integrity-erase-2');
    const { result } = await publish(dirs.rewritten);
    expect(result.mismatches).toEqual([]);
    expect(result.checkpoints).toBe(3);
    expect((await verifyPublication(dirs.rewritten, { key })).failure).toMatch(/^checkpoint 3 is not an extension of checkpoint 2 \(size /);
  });
});
