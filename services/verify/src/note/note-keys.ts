/**
 * Ed25519 keys in the C2SP signed-note format: a verifier key is `<name>+<hex key id>+<base64(0x01 ||
 * public key)>`, a signer key `PRIVATE+KEY+<name>+<hex key id>+<base64(0x01 || seed)>`, and the key id
 * is the first 4 bytes of SHA-256(<name> || 0x0A || 0x01 || public key). Only node:crypto is used.
 */
import { createHash, createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import { decodeBase64, encodeBase64 } from './base64.util.js';

const ALG_ED25519 = 0x01;
// DER wrappers that turn raw Ed25519 key bytes into the SPKI / PKCS#8 forms node:crypto reads.
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** A key string that does not parse, or a key that does not fit its name and id. */
export class NoteKeyError extends Error {
  override name = 'NoteKeyError';
}

export interface NoteVerifier {
  readonly name: string;
  /** The 4-byte key id as an unsigned number. */
  readonly keyId: number;
  readonly publicKey: Buffer;
  /** The verifier key string, as published in public-key.txt. */
  readonly keyString: string;
  verify(message: Uint8Array, signature: Uint8Array): boolean;
}

export interface NoteSigner {
  readonly name: string;
  readonly keyId: number;
  readonly verifier: NoteVerifier;
  sign(message: Uint8Array): Buffer;
}

/** A key name is non-empty and holds no whitespace and no '+' (C2SP signed-note). */
export const isValidKeyName = (name: string): boolean => name.length > 0 && !/[\s+]/u.test(name);

export const computeKeyId = (name: string, publicKey: Uint8Array): number =>
  createHash('sha256').update(name).update(Buffer.from([0x0a, ALG_ED25519])).update(publicKey).digest().readUInt32BE(0);

const hexId = (id: number): string => id.toString(16).padStart(8, '0');

/** An Ed25519 verifier from a name and a raw 32-byte public key. */
export const ed25519Verifier = (name: string, publicKey: Uint8Array): NoteVerifier => {
  if (!isValidKeyName(name)) throw new NoteKeyError(`key name "${name}": must be non-empty, without spaces or '+'`);
  if (publicKey.length !== 32) throw new NoteKeyError(`an Ed25519 public key is 32 bytes, got ${publicKey.length}`);
  const pub = Buffer.from(publicKey);
  const keyObject: KeyObject = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, pub]), format: 'der', type: 'spki' });
  const keyId = computeKeyId(name, pub);
  return {
    name,
    keyId,
    publicKey: pub,
    keyString: `${name}+${hexId(keyId)}+${encodeBase64(Buffer.concat([Buffer.from([ALG_ED25519]), pub]))}`,
    verify: (message, signature) => signature.length === 64 && verify(null, message, keyObject, signature),
  };
};

/** An Ed25519 signer from a name and a 32-byte seed (the private key). */
export const ed25519Signer = (name: string, seed: Uint8Array): NoteSigner => {
  if (seed.length !== 32) throw new NoteKeyError(`an Ed25519 seed is 32 bytes, got ${seed.length}`);
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  const verifier = ed25519Verifier(name, spki.subarray(spki.length - 32));
  return { name, keyId: verifier.keyId, verifier, sign: (message) => sign(null, message, privateKey) };
};

/** The signer key string of a seed (keep it secret: it is the private key). */
export const signerKeyString = (name: string, seed: Uint8Array): string => {
  const { keyId } = ed25519Signer(name, seed);
  return `PRIVATE+KEY+${name}+${hexId(keyId)}+${encodeBase64(Buffer.concat([Buffer.from([ALG_ED25519]), seed]))}`;
};

/** Splits `<name>+<hex>+<base64>`; the base64 part may itself hold '+'. */
const parseKeyBody = (body: string, what: string): { name: string; keyId: number; key: Buffer } => {
  const [name = '', hex = '', ...rest] = body.split('+');
  const b64 = rest.join('+');
  if (rest.length === 0 || !isValidKeyName(name)) throw new NoteKeyError(`${what}: expected <name>+<8 hex digits>+<base64 key>`);
  if (!/^[0-9a-f]{8}$/.test(hex)) throw new NoteKeyError(`${what}: the key id must be 8 lowercase hex digits, got "${hex}"`);
  const raw = decodeBase64(b64);
  if (!raw) throw new NoteKeyError(`${what}: the key is not valid base64`);
  if (raw[0] !== ALG_ED25519) throw new NoteKeyError(`${what}: unknown key algorithm ${raw[0] ?? 'none'} (only Ed25519, 1, is supported)`);
  if (raw.length !== 33) throw new NoteKeyError(`${what}: an Ed25519 key is 32 bytes, got ${raw.length - 1}`);
  return { name, keyId: parseInt(hex, 16), key: raw.subarray(1) };
};

/** Parses a verifier key string, checking that its key id matches its name and key. */
export const parseVerifierKey = (keyString: string): NoteVerifier => {
  const { name, keyId, key } = parseKeyBody(keyString.trim(), 'verifier key');
  const verifier = ed25519Verifier(name, key);
  if (verifier.keyId !== keyId) throw new NoteKeyError(`verifier key: the key id ${hexId(keyId)} does not match name and key (expected ${hexId(verifier.keyId)})`);
  return verifier;
};

/** Parses a signer key string (`PRIVATE+KEY+...`), checking its key id. */
export const parseSignerKey = (keyString: string): NoteSigner => {
  const trimmed = keyString.trim();
  if (!trimmed.startsWith('PRIVATE+KEY+')) throw new NoteKeyError('signer key: must start with PRIVATE+KEY+');
  const { name, keyId, key } = parseKeyBody(trimmed.slice('PRIVATE+KEY+'.length), 'signer key');
  const signer = ed25519Signer(name, key);
  if (signer.keyId !== keyId) throw new NoteKeyError(`signer key: the key id ${hexId(keyId)} does not match name and key (expected ${hexId(signer.keyId)})`);
  return signer;
};

export const formatKeyId = hexId;
