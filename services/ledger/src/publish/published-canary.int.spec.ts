import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentProgress } from '../cli/progress.js';
import { CommandExecutor } from '../commands/command-executor.js';
import { loadConfig } from '../config/config.js';
import { generateLeidenDemo } from '../demo/leiden-demo.js';
import { loadDemo } from '../demo-loader/load-demo.js';
import { byteHits, filesUnder, publicApiHits } from '../privacy/testing/leak-scan.js';
import { type Ledger, startLedger } from '../shared/testing/ledger-harness.js';
import { publish } from './publish.command.js';

/** Planted personal data: unique strings that must never reach a public output. */
const canary = (tag: string, birthYear: number) => ({
  name: `CANARY-NAME-${tag}`,
  email: `canary-${tag}@example.org`,
  phone: `+31 6 ${tag} 1234`,
  birthYear,
  address: `Canarylaan ${tag}, 2312 AB Leiden`,
  notes: `CANARY-NOTES-${tag} komt met de rolstoel`,
});
const PEOPLE = { 'p-canary-1': canary('5e1d', 1938), 'p-canary-2': canary('a07c', 2001), 'p-canary-3': canary('33f9', 1977) };
const needles = Object.values(PEOPLE).flatMap((p) => [p.name, p.email, p.phone, p.phone.replace(/\s/g, ''), p.address, p.notes, p.name.toLowerCase()]);
// Birth years are too common to scan for as bare numbers; a labelled form would show a leak of the field.
const labelled = Object.values(PEOPLE).flatMap((p) => [`"birthYear":${p.birthYear}`, `"birthYear":"${p.birthYear}"`]);

/**
 * The full demo process plus three residents with planted personal data (one of them erased),
 * published with everything public: the public API, the read models, the public log, the receipts,
 * the snapshot, the open data and the built portal hold none of it.
 */
describe('nothing personal reaches a public output (canaries through the whole demo and the publication)', () => {
  let ledger: Ledger;
  let out: string;

  beforeAll(async () => {
    ledger = await startLedger();
    await loadDemo(ledger.store, ledger.app.get(CommandExecutor), generateLeidenDemo(), silentProgress);
    const organiser = ledger.token('organiser');
    const run = (name: string, input: Record<string, unknown>) =>
      ledger.gql(`mutation($input: ${name.charAt(0).toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { commandId } }`, { input }, organiser);
    for (const [participantId, personal] of Object.entries(PEOPLE)) {
      const res = await run('registerParticipant', { commandId: `c-${participantId}`, participantId, processId: 'leiden-demo', districtCode: 'WK054603', ageBand: '75+', gender: 'x', personal });
      expect(res.errors).toBeUndefined();
    }
    expect((await run('eraseParticipantData', { commandId: 'c-erase', participantId: 'p-canary-2', reason: 'participant-request', erasedOn: '2018-07-01' })).errors).toBeUndefined();
    out = mkdtempSync(join(tmpdir(), 'spoor-published-canary-'));
    await publish(loadConfig({ SPOOR_DATA_DIR: ledger.dataDir, LOG_LEVEL: 'error' }), { out }, silentProgress);
  }, 600_000);

  afterAll(async () => {
    await ledger.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('publishes the log, the receipts, the snapshot, the open data and the portal', () => {
    const files = filesUnder(out).map((f) => f.file);
    for (const dir of ['log/', 'receipts/', 'data/', 'open-data/', 'site/']) expect([dir, files.some((f) => f.startsWith(dir))]).toEqual([dir, true]);
    // Positive control: the scan sees what is meant to be public, in every part.
    const hits = byteHits(out, ['WK054603', 'leiden-demo']);
    for (const dir of ['log/', 'open-data/', 'site/']) expect([dir, hits.some((h) => h.startsWith(dir))]).toEqual([dir, true]);
  });

  it('finds no planted value in any published file', () => {
    expect(byteHits(out, [...needles, ...labelled])).toEqual([]);
  });

  it('finds no planted value in any public API answer or public read model', async () => {
    const ids = { receiptCode: 'x', processId: 'leiden-demo', id: 'p-canary-1', conversation: 'x', idea: 'x' };
    expect(await publicApiHits(ledger, [...needles, ...labelled], ids)).toEqual([]);
  });
});
