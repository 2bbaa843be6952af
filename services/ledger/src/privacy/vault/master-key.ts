import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The environment variable that, when set, holds the master key (base64 of 32 bytes). */
export const MASTER_KEY_ENV = 'SPOOR_MASTER_KEY';
export const MASTER_KEY_BYTES = 32;

export interface MasterKeyOptions {
  /** The ledger's data folder; the key file lives in `<dataDir>/keys/master.key`. */
  readonly dataDir: string;
  /** Usually `process.env`; passed in so tests never touch the real environment. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface MasterKey {
  readonly key: Buffer;
  /** Where the key came from, for a start-up log line; never the key itself. */
  readonly source: { readonly kind: 'env'; readonly variable: string } | { readonly kind: 'file'; readonly path: string; readonly created: boolean };
}

export const keysDirOf = (dataDir: string): string => path.join(dataDir, 'keys');
export const masterKeyPathOf = (dataDir: string): string => path.join(keysDirOf(dataDir), 'master.key');

/** Strict base64: Buffer.from silently skips junk, which would turn a typo into a different key. */
const decodeBase64Key = (text: string, origin: string): Buffer => {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed)) {
    throw new Error(`${origin}: is not base64; expected the base64 encoding of ${MASTER_KEY_BYTES} random bytes`);
  }
  const key = Buffer.from(trimmed, 'base64');
  if (key.length !== MASTER_KEY_BYTES) {
    throw new Error(`${origin}: decodes to ${key.length} bytes; expected exactly ${MASTER_KEY_BYTES} (base64 of 32 random bytes, e.g. \`openssl rand -base64 32\`)`);
  }
  return key;
};

/**
 * Loads the vault's master key from `SPOOR_MASTER_KEY`, or else from `<dataDir>/keys/master.key`,
 * creating that file (0600, folder 0700) on first use. A key file others can read is refused:
 * whoever reads it can unwrap every person's data key.
 */
export const loadOrCreateMasterKey = ({ dataDir, env = process.env }: MasterKeyOptions): MasterKey => {
  const fromEnv = env[MASTER_KEY_ENV];
  if (fromEnv !== undefined && fromEnv.trim() !== '') {
    return { key: decodeBase64Key(fromEnv, MASTER_KEY_ENV), source: { kind: 'env', variable: MASTER_KEY_ENV } };
  }
  const keysDir = keysDirOf(dataDir);
  const file = masterKeyPathOf(dataDir);
  fs.mkdirSync(keysDir, { recursive: true, mode: 0o700 });
  let created = false;
  try {
    // 'wx' fails if the file exists, so two processes starting at once cannot overwrite each other's key.
    const fd = fs.openSync(file, 'wx', 0o600);
    try {
      fs.writeSync(fd, `${randomBytes(MASTER_KEY_BYTES).toString('base64')}\n`);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    created = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const mode = fs.statSync(file).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    throw new Error(
      `${file}: master key file is readable by group or others (mode ${mode.toString(8).padStart(3, '0')}); run \`chmod 600 ${file}\``,
    );
  }
  return { key: decodeBase64Key(fs.readFileSync(file, 'utf8'), file), source: { kind: 'file', path: file, created } };
};
