import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runVerifyCli } from './cli.js';
import { ed25519Signer } from './note/note-keys.js';
import { makePublication, sampleRecords } from './testing/make-publication.js';

describe('spoor-verify', () => {
  let dir: string;
  const signer = ed25519Signer('spoor.test/cli', randomBytes(32));
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'spoor-cli-'));
    makePublication(dir, sampleRecords(25), { signer, checkpointSizes: [7, 25] });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runVerifyCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: {} });
    return { code, out: out.join(''), err: err.join('') };
  };

  it('exits 0 and prints a line per check when the publication verifies', async () => {
    const { code, out, err } = await run(dir, '--key', signer.verifier.keyString, '--state', join(dir, '.state'));
    expect(code).toBe(0);
    expect(out).toMatch(/^Klopt \/ Verified: .*: 25 events, root .*, 2 checkpoint\(s\), 8 receipt\(s\)\n$/);
    expect(err.split('\n').filter((l) => l.startsWith('['))).toHaveLength(8);
  });

  it('exits 1 and names the first mismatch', async () => {
    writeFileSync(join(dir, 'log/leaves.bin'), randomBytes(25 * 32));
    const { code, out } = await run(dir, '--key', signer.verifier.keyString, '--no-state');
    expect(code).toBe(1);
    expect(out).toBe('Klopt niet / Mismatch: event 0: leaf hash differs\n');
  });

  it('reads the key from a file and prints the report as JSON', async () => {
    writeFileSync(join(dir, 'key.txt'), `${signer.verifier.keyString}\n`);
    const { code, out } = await run(dir, '--key-file', join(dir, 'key.txt'), '--no-state', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ ok: true, treeSize: 25, origin: 'spoor.test/cli' });
  });

  it('exits 2 on usage errors: no source, two sources, a malformed key, a missing folder', async () => {
    expect((await run()).code).toBe(2);
    expect((await run(dir, dir)).code).toBe(2);
    expect((await run(dir, '--key', 'nonsense', '--no-state')).code).toBe(2);
    expect((await run(join(dir, 'missing'), '--no-state')).err).toMatch(/no such folder/);
    expect((await run('--bogus')).code).toBe(2);
  });
});
