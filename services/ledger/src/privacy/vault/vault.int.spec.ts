import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { unwrapKey } from './aead.js';
import { loadOrCreateMasterKey } from './master-key.js';
import { Vault, type SealedPersonalData } from './vault.js';

interface Secrets {
  readonly wrappedKey: Buffer;
  readonly wrappedSalt: Buffer;
  readonly dataKey: Buffer;
  readonly salt: Buffer;
}

/** Reads a person's row behind the vault's back, as an attacker with the disk would. */
const captureSecrets = (dataDir: string, personIds: readonly string[]): Map<string, Secrets> => {
  const masterKey = loadOrCreateMasterKey({ dataDir, env: {} }).key;
  const db = new Database(join(dataDir, 'keys', 'vault.db'), { readonly: true });
  try {
    const select = db.prepare<[string], { wrapped_key: Buffer; wrapped_salt: Buffer }>(
      'SELECT wrapped_key, wrapped_salt FROM person_keys WHERE person_id = ?',
    );
    return new Map(
      personIds.map((id) => {
        const row = select.get(id)!;
        return [
          id,
          {
            wrappedKey: row.wrapped_key,
            wrappedSalt: row.wrapped_salt,
            dataKey: unwrapKey(masterKey, row.wrapped_key, `spoor.vault.v1|data-key|${id}`, 'test'),
            salt: unwrapKey(masterKey, row.wrapped_salt, `spoor.vault.v1|salt|${id}`, 'test'),
          },
        ];
      }),
    );
  } finally {
    db.close();
  }
};

/** Every byte of every file in the keys folder (vault.db, -wal, -shm, master.key). */
const keysFolderBytes = (dataDir: string): { files: string[]; bytes: Buffer } => {
  const dir = join(dataDir, 'keys');
  const files = readdirSync(dir).sort();
  return { files, bytes: Buffer.concat(files.map((f) => readFileSync(join(dir, f)))) };
};

const leaksOf = (bytes: Buffer, secrets: Secrets): string[] =>
  (['wrappedKey', 'wrappedSalt', 'dataKey', 'salt'] as const).filter((name) => bytes.includes(secrets[name]));

describe('Vault erasure on disk', () => {
  let dataDir: string;
  let vault: Vault;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'spoor-vault-int-'));
    vault = Vault.open({ dataDir, env: {} });
  });
  afterEach(() => {
    vault.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('leaves no copy of the erased key, wrapped key or salt in vault.db or its WAL, and others still open', () => {
    const sealed = vault.seal('person-1', { name: 'Marieke de Vries', email: 'marieke@example.nl' });
    const other = vault.seal('person-2', { name: 'Ahmed' });
    const secrets = captureSecrets(dataDir, ['person-1']).get('person-1')!;

    const before = keysFolderBytes(dataDir);
    expect(before.files).toEqual(expect.arrayContaining(['vault.db', 'vault.db-wal']));
    // The scan can see the wrapped key while it exists; the raw key and salt never reach the disk.
    expect(leaksOf(before.bytes, secrets)).toEqual(['wrappedKey', 'wrappedSalt']);

    expect(vault.erase('person-1')).toBe(true);
    const after = keysFolderBytes(dataDir);
    expect(leaksOf(after.bytes, secrets)).toEqual([]);
    expect(vault.open(sealed)).toEqual({ erased: true });
    expect(vault.open(other)).toEqual({ name: 'Ahmed' });

    vault.close();
    expect(leaksOf(keysFolderBytes(dataDir).bytes, secrets)).toEqual([]);
    vault = Vault.open({ dataDir, env: {} });
    expect(vault.open(sealed)).toEqual({ erased: true });
    expect(vault.open(other)).toEqual({ name: 'Ahmed' });
  });

  it('shreds erased persons from real B-tree pages among 2,000 persons, and the rest still open', () => {
    const persons = Array.from({ length: 2000 }, (_, i) => `person-${((i * 7919) % 2000).toString().padStart(4, '0')}`);
    const sealed = new Map<string, SealedPersonalData>(
      persons.map((id) => [id, vault.seal(id, { name: `Naam ${id}`, email: `${id}@example.nl`, notes: 'x'.repeat(40) })]),
    );
    const erased = persons.filter((_, i) => i % 80 === 3); // 25 persons spread over the tree
    const secrets = captureSecrets(dataDir, erased);
    const probe = new Database(join(dataDir, 'keys', 'vault.db'), { readonly: true });
    const pageCount = probe.pragma('page_count', { simple: true }) as number;
    probe.close();
    expect(pageCount).toBeGreaterThan(30);
    for (const s of secrets.values()) expect(leaksOf(keysFolderBytes(dataDir).bytes, s)).toEqual(['wrappedKey', 'wrappedSalt']);

    for (const id of erased) expect(vault.erase(id)).toBe(true);
    // More writes after the erasures must not resurrect anything either.
    for (let i = 0; i < 200; i++) vault.seal(`late-${i}`, { name: `Laat ${i}` });

    const { bytes } = keysFolderBytes(dataDir);
    for (const [id, s] of secrets) expect({ id, leaks: leaksOf(bytes, s) }).toEqual({ id, leaks: [] });
    for (const id of erased) expect(vault.open(sealed.get(id)!)).toEqual({ erased: true });
    for (const id of persons.filter((p) => !erased.includes(p))) {
      expect(vault.open(sealed.get(id)!)).toEqual({ name: `Naam ${id}`, email: `${id}@example.nl`, notes: 'x'.repeat(40) });
    }
  });
});
