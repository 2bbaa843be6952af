import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normaliseField } from './normalise.js';
import { isErased, Vault, type SealedPersonalData } from './vault.js';

const marieke = { name: 'Marieke de Vries', email: 'Marieke@Example.nl', phone: '+31 6 1234 5678', birthYear: '1984', notes: 'Komt per rolstoel' };

/** Flips one bit of a base64 value, keeping it canonical base64 of the same length. */
const flip = (b64: string, byte = 0): string => {
  const bytes = Buffer.from(b64, 'base64');
  bytes[byte] = bytes[byte]! ^ 0x01;
  return bytes.toString('base64');
};

describe('Vault', () => {
  let dataDir: string;
  let vault: Vault;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'spoor-vault-'));
    vault = Vault.open({ dataDir, env: {} });
  });
  afterEach(() => {
    vault.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('seals to JSON-safe ciphertext plus commitments, and opens back to the same fields', () => {
    const sealed = vault.seal('person-1', marieke);
    const viaJson = JSON.parse(JSON.stringify(sealed)) as SealedPersonalData;
    expect(vault.open(viaJson)).toEqual(marieke);
    expect(Object.keys(sealed.commitments).sort()).toEqual(Object.keys(marieke).sort());
    expect(JSON.stringify(sealed)).not.toMatch(/Marieke|Example|1234|1984|rolstoel/i);
    expect(Buffer.from(sealed.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(sealed.tag, 'base64')).toHaveLength(16);
    expect(statSync(join(dataDir, 'keys', 'vault.db')).mode & 0o777).toBe(0o600);
  });

  it('uses a fresh IV for every seal, while the commitments of the same data stay equal', () => {
    const a = vault.seal('person-1', marieke);
    const b = vault.seal('person-1', marieke);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
    expect(a.commitments).toEqual(b.commitments);
  });

  it('gives each person their own salt, so equal values do not link two people', () => {
    const a = vault.seal('person-1', { email: 'x@example.nl' });
    const b = vault.seal('person-2', { email: 'x@example.nl' });
    expect(a.commitments['email']).not.toBe(b.commitments['email']);
  });

  it('detects tampering with the ciphertext, the tag, the IV, the personId or a commitment', () => {
    vault.seal('person-2', { name: 'Ahmed' });
    const sealed = vault.seal('person-1', marieke);
    expect(() => vault.open({ ...sealed, ciphertext: flip(sealed.ciphertext, 3) })).toThrow(/person-1: authentication failed/);
    expect(() => vault.open({ ...sealed, tag: flip(sealed.tag) })).toThrow(/authentication failed/);
    expect(() => vault.open({ ...sealed, iv: flip(sealed.iv) })).toThrow(/authentication failed/);
    expect(() => vault.open({ ...sealed, tag: Buffer.from(sealed.tag, 'base64').subarray(0, 12).toString('base64') })).toThrow(/tag 16 bytes/);
    expect(() => vault.open({ ...sealed, personId: 'person-2' })).toThrow(/person-2: authentication failed/);
    expect(() => vault.open({ ...sealed, personId: 'person-unknown' })).toThrow(/holds no key for person person-unknown/);
    const email = vault.commit('person-1', 'email', 'someone-else@example.nl')!;
    expect(() => vault.open({ ...sealed, commitments: { ...sealed.commitments, email } })).toThrow(/commitments: do not match/);
    expect(() => vault.open({ ...sealed, ciphertext: `${sealed.ciphertext}!` })).toThrow(/sealed.ciphertext: is not canonical base64/);
  });

  it('lets a guess be tested against a commitment, after normalising it', () => {
    const sealed = vault.seal('person-1', marieke);
    expect(vault.commit('person-1', 'email', '  marieke@EXAMPLE.nl ')).toBe(sealed.commitments['email']);
    expect(vault.commit('person-1', 'phone', '+31 (6) 12-34-56-78')).toBe(sealed.commitments['phone']);
    expect(vault.commit('person-1', 'name', 'marieke  de vries')).toBe(sealed.commitments['name']);
    expect(vault.commit('person-1', 'email', 'other@example.nl')).not.toBe(sealed.commitments['email']);
    // The same value in another field gives another commitment.
    expect(vault.commit('person-1', 'notes', 'Marieke@Example.nl')).not.toBe(sealed.commitments['email']);
  });

  it('after erasure opens as erased, answers no guess, refuses new seals, and leaves others readable', () => {
    const sealed = vault.seal('person-1', marieke);
    const other = vault.seal('person-2', { name: 'Ahmed' });
    expect(vault.has('person-1')).toBe(true);
    expect(vault.erase('person-1')).toBe(true);
    expect(vault.has('person-1')).toBe(false);
    expect(vault.open(sealed)).toEqual({ erased: true });
    expect(isErased(vault.open(sealed))).toBe(true);
    expect(vault.commit('person-1', 'email', marieke.email)).toBeNull();
    expect(() => vault.seal('person-1', marieke)).toThrow(/person-1 was erased; erasure is final/);
    expect(vault.erase('person-1')).toBe(false);
    expect(vault.open(other)).toEqual({ name: 'Ahmed' });
  });

  it('keeps working across restarts with the same master key', () => {
    const sealed = vault.seal('person-1', marieke);
    vault.close();
    vault = Vault.open({ dataDir, env: {} });
    expect(vault.open(sealed)).toEqual(marieke);
  });

  it('refuses to start with a master key that does not belong to the vault', () => {
    vault.seal('person-1', marieke);
    vault.close();
    expect(() => new Vault({ dataDir, masterKey: randomBytes(32) })).toThrow(/the master key does not match this vault/);
    vault = Vault.open({ dataDir, env: {} });
  });

  it('refuses a master key of the wrong length', () => {
    expect(() => new Vault({ dataDir, masterKey: randomBytes(16) })).toThrow(/masterKey: must be 32 bytes, got 16/);
  });
});

describe('normaliseField', () => {
  it('normalises per field, always with NFC and trimmed ends', () => {
    expect(normaliseField('email', ' Ab@Example.NL ')).toBe('ab@example.nl');
    expect(normaliseField('phone', '+31 (0)6-12.34/56 78')).toBe('+310612345678');
    expect(normaliseField('name', '  Jan   de\tVries ')).toBe('jan de vries');
    expect(normaliseField('address', 'Dorpsstraat  1\n1234 AB  Ergens')).toBe('dorpsstraat 1 1234 ab ergens');
    expect(normaliseField('birthYear', ' 1984 ')).toBe('1984');
    expect(normaliseField('notes', ' Zegt  Iets ')).toBe('Zegt  Iets');
    expect(normaliseField('name', 'Rene\u0301')).toBe(normaliseField('name', 'Ren\u00e9'));
    expect(normaliseField('constructor', ' x ')).toBe('x');
  });
});
