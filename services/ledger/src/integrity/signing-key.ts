import { ed25519Signer, type NoteSigner } from '@spoor/verify';
import { type LoadedSecret, loadOrCreateSecret } from '../privacy/vault/master-key.js';

/** The environment variable that, when set, holds the log's Ed25519 signing key (base64 of the 32-byte seed). */
export const LOG_SIGNING_KEY_ENV = 'SPOOR_LOG_SIGNING_KEY';

/**
 * The log's checkpoint signing key, kept like the vault's master key: `SPOOR_LOG_SIGNING_KEY`, or
 * else `<dataDir>/keys/log-signing.key` (0600), created on first start. Its name is the log's
 * origin (C2SP tlog-checkpoint: the key that signs a checkpoint is named after its origin).
 */
export const loadOrCreateLogSigner = (options: { dataDir: string; origin: string; env?: Readonly<Record<string, string | undefined>> }): { signer: NoteSigner; source: LoadedSecret['source'] } => {
  const { key, source } = loadOrCreateSecret({
    dataDir: options.dataDir,
    env: options.env,
    envVariable: LOG_SIGNING_KEY_ENV,
    fileName: 'log-signing.key',
    bytes: 32,
    label: 'log signing key',
  });
  return { signer: ed25519Signer(options.origin, key), source };
};
