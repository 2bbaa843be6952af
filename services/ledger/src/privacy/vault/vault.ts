import { createHmac, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import { type AeadBox, AuthenticationFailedError, decrypt, encrypt, KEY_BYTES, unwrapKey, wrapKey } from './aead.js';
import { keysDirOf, loadOrCreateMasterKey, type MasterKeyOptions } from './master-key.js';
import { normaliseField } from './normalise.js';

/** What an event carries instead of personal fields: ciphertext plus salted commitments. JSON-safe. */
export interface SealedPersonalData {
  readonly v: 1;
  readonly personId: string;
  /** base64, 12 bytes, fresh for every seal. */
  readonly iv: string;
  /** base64 AES-256-GCM ciphertext of the JSON of the fields, AAD = personId. */
  readonly ciphertext: string;
  /** base64, 16 bytes. */
  readonly tag: string;
  /** Per field: hex HMAC-SHA256 keyed with the person's salt over `field NUL normalised value`. */
  readonly commitments: Readonly<Record<string, string>>;
}

export type OpenedPersonalData = Readonly<Record<string, string>> | { readonly erased: true };

export const isErased = (opened: OpenedPersonalData): opened is { readonly erased: true } => opened['erased'] === true;

export class VaultError extends Error {
  override readonly name = 'VaultError';
}

interface KeyRow {
  wrapped_key: Buffer;
  wrapped_salt: Buffer;
}

// Purpose labels keep the two wrapped secrets of one person from being swapped for each other.
const dataKeyAad = (personId: string): string => `spoor.vault.v1|data-key|${personId}`;
const saltAad = (personId: string): string => `spoor.vault.v1|salt|${personId}`;
const CHECK_AAD = 'spoor.vault.v1|master-key-check';

const strictBase64 = (value: unknown, what: string): Buffer => {
  if (typeof value !== 'string') throw new VaultError(`${what}: must be a base64 string`);
  const bytes = Buffer.from(value, 'base64');
  if (bytes.toString('base64') !== value) throw new VaultError(`${what}: is not canonical base64`);
  return bytes;
};

const commitment = (salt: Buffer, field: string, value: string): string =>
  createHmac('sha256', salt).update(`${field}\u0000${normaliseField(field, value)}`, 'utf8').digest('hex');

/**
 * Per-person data keys and commitment salts, wrapped by the master key, in `<dataDir>/keys/vault.db`.
 * Erasing a person destroys both, which makes their ciphertext and commitments in the (immutable)
 * event log meaningless for good. Never logs key material or plaintext.
 */
export class Vault {
  private readonly db: Database.Database;
  private readonly masterKey: Buffer;
  private readonly dbPath: string;

  constructor({ dataDir, masterKey }: { readonly dataDir: string; readonly masterKey: Buffer }) {
    if (masterKey.length !== KEY_BYTES) throw new VaultError(`masterKey: must be ${KEY_BYTES} bytes, got ${masterKey.length}`);
    this.masterKey = Buffer.from(masterKey);
    const dir = keysDirOf(dataDir);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.dbPath = path.join(dir, 'vault.db');
    this.db = new Database(this.dbPath);
    fs.chmodSync(this.dbPath, 0o600); // SQLite gives the -wal and -shm files the same mode.
    // secure_delete zeroes deleted cells and freed pages, so a destroyed key leaves no bytes behind.
    this.db.pragma('secure_delete = ON');
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS person_keys (
        person_id TEXT PRIMARY KEY NOT NULL,
        wrapped_key BLOB NOT NULL,
        wrapped_salt BLOB NOT NULL
      );
      CREATE TABLE IF NOT EXISTS erasures (person_id TEXT PRIMARY KEY NOT NULL, erased_at TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY NOT NULL, value BLOB NOT NULL);
    `);
    this.checkMasterKey();
  }

  /** Opens the vault with the master key from SPOOR_MASTER_KEY or `<dataDir>/keys/master.key`. */
  static open(options: MasterKeyOptions): Vault {
    const { key } = loadOrCreateMasterKey(options);
    try {
      return new Vault({ dataDir: options.dataDir, masterKey: key });
    } finally {
      key.fill(0);
    }
  }

  /** Fails at start-up rather than at the first open() when the vault and master key do not belong together. */
  private checkMasterKey(): void {
    const row = this.db.prepare<[], { value: Buffer }>(`SELECT value FROM meta WHERE name = 'master-key-check'`).get();
    if (!row) {
      this.db.prepare(`INSERT INTO meta (name, value) VALUES ('master-key-check', ?)`).run(wrapKey(this.masterKey, randomBytes(KEY_BYTES), CHECK_AAD));
      return;
    }
    try {
      unwrapKey(this.masterKey, row.value, CHECK_AAD, 'master key check').fill(0);
    } catch (error) {
      this.db.close();
      if (error instanceof AuthenticationFailedError) {
        throw new VaultError(`${this.dbPath}: the master key does not match this vault (wrong SPOOR_MASTER_KEY or keys/master.key?)`);
      }
      throw error;
    }
  }

  has(personId: string): boolean {
    return this.db.prepare(`SELECT 1 FROM person_keys WHERE person_id = ?`).get(personId) !== undefined;
  }

  /** Encrypts the fields with the person's data key (created on first use) and commits to each. */
  seal(personId: string, fields: Readonly<Record<string, string>>): SealedPersonalData {
    if (typeof personId !== 'string' || personId === '') throw new VaultError('personId: must be a non-empty string');
    for (const [field, value] of Object.entries(fields)) {
      if (typeof value !== 'string') throw new VaultError(`fields.${field}: must be a string`);
    }
    const { dataKey, salt } = this.keysFor(personId) ?? this.createKeys(personId);
    try {
      const box = encrypt(dataKey, Buffer.from(JSON.stringify(fields), 'utf8'), personId);
      const commitments = Object.fromEntries(Object.entries(fields).map(([field, value]) => [field, commitment(salt, field, value)]));
      return {
        v: 1,
        personId,
        iv: box.iv.toString('base64'),
        ciphertext: box.ciphertext.toString('base64'),
        tag: box.tag.toString('base64'),
        commitments,
      };
    } finally {
      dataKey.fill(0);
      salt.fill(0);
    }
  }

  /** The fields, or `{ erased: true }` once the person's key is destroyed; throws on any tampering. */
  open(sealed: SealedPersonalData): OpenedPersonalData {
    if (sealed?.v !== 1) throw new VaultError('sealed.v: unsupported version, expected 1');
    if (typeof sealed.personId !== 'string' || sealed.personId === '') throw new VaultError('sealed.personId: must be a non-empty string');
    const box = {
      iv: strictBase64(sealed.iv, 'sealed.iv'),
      ciphertext: strictBase64(sealed.ciphertext, 'sealed.ciphertext'),
      tag: strictBase64(sealed.tag, 'sealed.tag'),
    };
    const keys = this.keysFor(sealed.personId);
    if (!keys) {
      if (this.wasErased(sealed.personId)) return { erased: true };
      throw new VaultError(`sealed.personId: this vault holds no key for person ${sealed.personId} (wrong data folder, or sealed elsewhere?)`);
    }
    const { dataKey, salt } = keys;
    try {
      let plaintext: Buffer;
      try {
        plaintext = decrypt(dataKey, box, sealed.personId, `sealed personal data of person ${sealed.personId}`);
      } catch (error) {
        if (error instanceof AuthenticationFailedError) throw new VaultError(error.message);
        throw error;
      }
      const fields = JSON.parse(plaintext.toString('utf8')) as Record<string, string>;
      plaintext.fill(0);
      // The commitments travel outside the ciphertext; check them so a swapped one cannot pass.
      const expected = Object.keys(fields).sort();
      const given = Object.keys(sealed.commitments ?? {}).sort();
      const mismatch =
        expected.join('\u0000') !== given.join('\u0000') ||
        expected.some((field) => commitment(salt, field, fields[field] ?? '') !== sealed.commitments[field]);
      if (mismatch) throw new VaultError(`sealed.commitments: do not match the sealed data of person ${sealed.personId}`);
      return fields;
    } finally {
      dataKey.fill(0);
      salt.fill(0);
    }
  }

  /**
   * Encrypts an opaque value under the key of `keyId` (created on first use), with no commitments:
   * the ballot box, where equal commitments would tell equal ballots apart.
   */
  sealOpaque(keyId: string, plaintext: Buffer, aad: string): AeadBox {
    const { dataKey, salt } = this.keysFor(keyId) ?? this.createKeys(keyId);
    salt.fill(0);
    try {
      return encrypt(dataKey, plaintext, aad);
    } finally {
      dataKey.fill(0);
    }
  }

  /** The plaintext of `sealOpaque`, or `{ erased: true }` once the key is destroyed. */
  openOpaque(keyId: string, box: AeadBox, aad: string): Buffer | { readonly erased: true } {
    const keys = this.keysFor(keyId);
    if (!keys) {
      if (this.wasErased(keyId)) return { erased: true };
      throw new VaultError(`keyId: this vault holds no key ${keyId} (wrong data folder?)`);
    }
    keys.salt.fill(0);
    try {
      return decrypt(keys.dataKey, box, aad, `sealed value under key ${keyId}`);
    } catch (error) {
      if (error instanceof AuthenticationFailedError) throw new VaultError(error.message);
      throw error;
    } finally {
      keys.dataKey.fill(0);
    }
  }

  /** The commitment a guess would have (e.g. "is this e-mail already registered"); null without a key. */
  commit(personId: string, field: string, value: string): string | null {
    const keys = this.keysFor(personId);
    if (!keys) return null;
    try {
      return commitment(keys.salt, field, value);
    } finally {
      keys.dataKey.fill(0);
      keys.salt.fill(0);
    }
  }

  /**
   * Destroys the person's data key and salt for good. secure_delete zeroes the row in its page; the
   * TRUNCATE checkpoint writes that page into vault.db and empties the WAL, which still held the
   * frames with the key. Returns false when there was no key to destroy.
   */
  erase(personId: string): boolean {
    const deleted = this.db.transaction(() => {
      const { changes } = this.db.prepare(`DELETE FROM person_keys WHERE person_id = ?`).run(personId);
      if (changes > 0) this.db.prepare(`INSERT OR IGNORE INTO erasures (person_id, erased_at) VALUES (?, ?)`).run(personId, new Date().toISOString());
      return changes > 0;
    }).immediate();
    if (deleted) this.checkpoint();
    return deleted;
  }

  close(): void {
    if (this.db.open) this.db.close();
    this.masterKey.fill(0);
  }

  private checkpoint(): void {
    const [result] = this.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
    if (!result || result.busy !== 0) {
      // The key is gone from the table, but an older frame may still sit in the WAL until a checkpoint completes.
      throw new VaultError(`${this.dbPath}: erased, but another connection blocked the WAL checkpoint; run the erasure again once it is closed`);
    }
  }

  private wasErased(personId: string): boolean {
    return this.db.prepare(`SELECT 1 FROM erasures WHERE person_id = ?`).get(personId) !== undefined;
  }

  private keysFor(personId: string): { dataKey: Buffer; salt: Buffer } | undefined {
    const row = this.db.prepare<[string], KeyRow>(`SELECT wrapped_key, wrapped_salt FROM person_keys WHERE person_id = ?`).get(personId);
    if (!row) return undefined;
    try {
      return {
        dataKey: unwrapKey(this.masterKey, row.wrapped_key, dataKeyAad(personId), `data key of person ${personId}`),
        salt: unwrapKey(this.masterKey, row.wrapped_salt, saltAad(personId), `commitment salt of person ${personId}`),
      };
    } catch (error) {
      if (error instanceof AuthenticationFailedError) throw new VaultError(`${this.dbPath}: ${error.message}`);
      throw error;
    }
  }

  private createKeys(personId: string): { dataKey: Buffer; salt: Buffer } {
    if (this.wasErased(personId)) throw new VaultError(`personId: person ${personId} was erased; erasure is final, so no new key is made for this id`);
    const dataKey = randomBytes(KEY_BYTES);
    const salt = randomBytes(KEY_BYTES);
    const { changes } = this.db
      .prepare(`INSERT INTO person_keys (person_id, wrapped_key, wrapped_salt) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`)
      .run(personId, wrapKey(this.masterKey, dataKey, dataKeyAad(personId)), wrapKey(this.masterKey, salt, saltAad(personId)));
    if (changes > 0) return { dataKey, salt };
    // Another process created this person's keys between our read and our insert: use theirs.
    dataKey.fill(0);
    salt.fill(0);
    const keys = this.keysFor(personId);
    if (!keys) throw new VaultError(`personId: could not create a key for person ${personId}`);
    return keys;
  }
}
