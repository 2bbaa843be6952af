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

/** A secret kept like the master key: from an environment variable, else a 0600 file in `<dataDir>/keys/`, created on first use. */
export interface SecretFileOptions {
  readonly dataDir: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The environment variable that, when set, holds the secret (base64). */
  readonly envVariable: string;
  /** The file name in `<dataDir>/keys/`. */
  readonly fileName: string;
  readonly bytes: number;
  /** What it is, for error messages: 'master key', 'log signing key'. */
  readonly label: string;
}

export interface LoadedSecret {
  readonly key: Buffer;
  /** Where the secret came from, for a start-up log line; never the secret itself. */
  readonly source: MasterKey['source'];
}

/** Strict base64: Buffer.from silently skips junk, which would turn a typo into a different key. */
const decodeBase64Key = (text: string, origin: string, bytes: number): Buffer => {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed)) {
    throw new Error(`${origin}: is not base64; expected the base64 encoding of ${bytes} random bytes`);
  }
  const key = Buffer.from(trimmed, 'base64');
  if (key.length !== bytes) {
    throw new Error(`${origin}: decodes to ${key.length} bytes; expected exactly ${bytes} (base64 of ${bytes} random bytes, e.g. \`openssl rand -base64 ${bytes}\`)`);
  }
  return key;
};

/**
 * Loads a secret from its environment variable, or else from `<dataDir>/keys/<fileName>`, creating
 * that file (0600, folder 0700) with random bytes on first use. A file others can read is refused.
 */
export const loadOrCreateSecret = ({ dataDir, env = process.env, envVariable, fileName, bytes, label }: SecretFileOptions): LoadedSecret => {
  const fromEnv = env[envVariable];
  if (fromEnv !== undefined && fromEnv.trim() !== '') {
    return { key: decodeBase64Key(fromEnv, envVariable, bytes), source: { kind: 'env', variable: envVariable } };
  }
  const keysDir = keysDirOf(dataDir);
  const file = path.join(keysDir, fileName);
  fs.mkdirSync(keysDir, { recursive: true, mode: 0o700 });
  let created = false;
  try {
    // 'wx' fails if the file exists, so two processes starting at once cannot overwrite each other's key.
    const fd = fs.openSync(file, 'wx', 0o600);
    try {
      fs.writeSync(fd, `${randomBytes(bytes).toString('base64')}\n`);
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
    throw new Error(`${file}: ${label} file is readable by group or others (mode ${mode.toString(8).padStart(3, '0')}); run \`chmod 600 ${file}\``);
  }
  return { key: decodeBase64Key(fs.readFileSync(file, 'utf8'), file, bytes), source: { kind: 'file', path: file, created } };
};

/**
 * Loads the vault's master key from `SPOOR_MASTER_KEY`, or else from `<dataDir>/keys/master.key`,
 * creating that file (0600, folder 0700) on first use. A key file others can read is refused:
 * whoever reads it can unwrap every person's data key.
 */
export const loadOrCreateMasterKey = ({ dataDir, env = process.env }: MasterKeyOptions): MasterKey =>
  loadOrCreateSecret({ dataDir, env, envVariable: MASTER_KEY_ENV, fileName: 'master.key', bytes: MASTER_KEY_BYTES, label: 'master key' });
