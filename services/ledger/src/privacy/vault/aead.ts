import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** AES-256-GCM with a fresh random 96-bit IV and the full 128-bit tag, straight from node:crypto. */
export const KEY_BYTES = 32;
export const IV_BYTES = 12;
export const TAG_BYTES = 16;

export interface AeadBox {
  readonly iv: Buffer;
  readonly ciphertext: Buffer;
  readonly tag: Buffer;
}

export class AuthenticationFailedError extends Error {
  override readonly name = 'AuthenticationFailedError';
}

export const encrypt = (key: Buffer, plaintext: Buffer, aad: string): AeadBox => {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, ciphertext, tag: cipher.getAuthTag() };
};

/** Throws AuthenticationFailedError (with `what` in the message) when anything was altered. */
export const decrypt = (key: Buffer, box: AeadBox, aad: string, what: string): Buffer => {
  // Node would accept a truncated tag unless told the length; a 4-byte tag is forgeable.
  if (box.iv.length !== IV_BYTES || box.tag.length !== TAG_BYTES) {
    throw new AuthenticationFailedError(`${what}: IV must be ${IV_BYTES} bytes and tag ${TAG_BYTES} bytes`);
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, box.iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(box.tag);
    return Buffer.concat([decipher.update(box.ciphertext), decipher.final()]);
  } catch {
    throw new AuthenticationFailedError(`${what}: authentication failed (altered ciphertext, tag, IV or associated data, or a different key)`);
  }
};

/** A wrapped key as stored in vault.db: IV ‖ tag ‖ ciphertext, one BLOB. */
export const wrapKey = (masterKey: Buffer, key: Buffer, aad: string): Buffer => {
  const box = encrypt(masterKey, key, aad);
  return Buffer.concat([box.iv, box.tag, box.ciphertext]);
};

export const unwrapKey = (masterKey: Buffer, wrapped: Buffer, aad: string, what: string): Buffer =>
  decrypt(
    masterKey,
    {
      iv: wrapped.subarray(0, IV_BYTES),
      tag: wrapped.subarray(IV_BYTES, IV_BYTES + TAG_BYTES),
      ciphertext: wrapped.subarray(IV_BYTES + TAG_BYTES),
    },
    aad,
    what,
  );
