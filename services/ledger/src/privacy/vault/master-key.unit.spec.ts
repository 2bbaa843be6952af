import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateMasterKey, masterKeyPathOf } from './master-key.js';

describe('loadOrCreateMasterKey', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'spoor-master-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('creates a 32-byte key on first use, file 0600 in a 0700 keys folder, and reads the same key afterwards', () => {
    const first = loadOrCreateMasterKey({ dataDir, env: {} });
    const file = masterKeyPathOf(dataDir);
    expect(first.key).toHaveLength(32);
    expect(first.source).toEqual({ kind: 'file', path: file, created: true });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, 'keys')).mode & 0o777).toBe(0o700);
    const again = loadOrCreateMasterKey({ dataDir, env: {} });
    expect(again.key.equals(first.key)).toBe(true);
    expect(again.source).toEqual({ kind: 'file', path: file, created: false });
  });

  it('refuses a key file that group or others can read, telling how to fix it', () => {
    loadOrCreateMasterKey({ dataDir, env: {} });
    const file = masterKeyPathOf(dataDir);
    chmodSync(file, 0o644);
    expect(() => loadOrCreateMasterKey({ dataDir, env: {} })).toThrow(`chmod 600 ${file}`);
    chmodSync(file, 0o640);
    expect(() => loadOrCreateMasterKey({ dataDir, env: {} })).toThrow(/readable by group or others/);
  });

  it('refuses a key file of the wrong length', () => {
    mkdirSync(join(dataDir, 'keys'), { mode: 0o700 });
    writeFileSync(masterKeyPathOf(dataDir), randomBytes(16).toString('base64'), { mode: 0o600 });
    expect(() => loadOrCreateMasterKey({ dataDir, env: {} })).toThrow(/decodes to 16 bytes; expected exactly 32/);
  });

  it('prefers SPOOR_MASTER_KEY and then writes no file', () => {
    const key = randomBytes(32);
    const loaded = loadOrCreateMasterKey({ dataDir, env: { SPOOR_MASTER_KEY: key.toString('base64') } });
    expect(loaded.key.equals(key)).toBe(true);
    expect(loaded.source).toEqual({ kind: 'env', variable: 'SPOOR_MASTER_KEY' });
    expect(() => readFileSync(masterKeyPathOf(dataDir))).toThrow(/ENOENT/);
  });

  it('refuses an environment key of the wrong length or not base64, naming SPOOR_MASTER_KEY', () => {
    expect(() => loadOrCreateMasterKey({ dataDir, env: { SPOOR_MASTER_KEY: randomBytes(31).toString('base64') } })).toThrow(
      /^SPOOR_MASTER_KEY: decodes to 31 bytes; expected exactly 32/,
    );
    expect(() => loadOrCreateMasterKey({ dataDir, env: { SPOOR_MASTER_KEY: 'not a key!' } })).toThrow(/^SPOOR_MASTER_KEY: is not base64/);
  });
});
