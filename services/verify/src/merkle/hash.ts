/**
 * RFC 9162 section 2.1.1 hashing with SHA-256: a leaf is SHA-256(0x00 || data), an interior node
 * SHA-256(0x01 || left || right), the empty tree SHA-256 of nothing.
 *
 * Speed (bench/merkle.mjs): one-shot `crypto.hash` (Node >= 20.12) with a 'binary' (latin1) string digest
 * (`Digest`) copied into memory we own is 2-3x faster than a 'buffer' digest or createHash, which
 * allocate backing memory per hash. The hot paths therefore pass digests as strings and write them
 * straight where they are stored.
 */
import * as crypto from 'node:crypto';

export const HASH_SIZE = 32;
const LEAF_PREFIX = 0x00;
const NODE_PREFIX = 0x01;

const { hash: oneShot } = crypto;

/** A digest as a 32-character 'binary' (latin1) string: the cheapest form node:crypto returns. */
export type Digest = string;

type Latin1Write = (this: Uint8Array, text: string, offset: number, length: number) => number;
// Buffer's native latin1 writer works on any Uint8Array and is twice as fast as a charCodeAt loop.
const nativeLatin1Write = (Buffer.prototype as unknown as { latin1Write?: Latin1Write }).latin1Write;

/** Writes a digest's 32 bytes into out[offset..offset+32). */
export const writeDigest: (digest: Digest, out: Uint8Array, offset: number) => void =
  typeof nativeLatin1Write === 'function'
    ? (digest, out, offset) => {
        nativeLatin1Write.call(out, digest, offset, HASH_SIZE);
      }
    : (digest, out, offset) => {
        for (let i = 0; i < HASH_SIZE; i++) out[offset + i] = digest.charCodeAt(i);
      };

const sha256Digest: (data: Uint8Array) => Digest =
  typeof oneShot === 'function' ? (data) => oneShot('sha256', data, 'binary') : (data) => crypto.createHash('sha256').update(data).digest('binary');

// Hashing is synchronous, so one scratch buffer per kind is safe: the prefix is written in place
// instead of allocating a new buffer (or a second update call) per hash.
let leafScratch = new Uint8Array(4096);
const nodeScratch = new Uint8Array(1 + 2 * HASH_SIZE);
nodeScratch[0] = NODE_PREFIX;

/** True when the digest equals bytes[offset..offset+32). */
export const digestEquals = (digest: Digest, bytes: Uint8Array, offset: number): boolean => {
  for (let i = 0; i < HASH_SIZE; i++) if (bytes[offset + i] !== digest.charCodeAt(i)) return false;
  return true;
};

/** Copies 32 bytes; a loop beats TypedArray.set / Buffer.copy, which build a view first, at this size. */
export const copyHash = (src: Uint8Array, srcOffset: number, dst: Uint8Array, dstOffset: number): void => {
  for (let i = 0; i < HASH_SIZE; i++) dst[dstOffset + i] = src[srcOffset + i] as number;
};

/** The leaf digest of `data` (copied after the 0x00 prefix into a scratch buffer). */
export const leafDigest = (data: Uint8Array): Digest => {
  if (data.length + 1 > leafScratch.length) leafScratch = new Uint8Array(Math.max(data.length + 1, leafScratch.length * 2));
  leafScratch[0] = LEAF_PREFIX;
  leafScratch.set(data, 1);
  return sha256Digest(leafScratch.subarray(0, data.length + 1));
};

/**
 * The leaf digest of slotted[1..]: slotted[0] is a spare byte that is overwritten with the 0x00
 * prefix, so the data is hashed where it lies, without a copy (the verifier reads each line with
 * the newline before it as that slot).
 */
export const leafDigestOfSlotted = (slotted: Uint8Array): Digest => {
  slotted[0] = LEAF_PREFIX;
  return sha256Digest(slotted);
};

/**
 * The digest of the node whose two children lie next to each other: pair[offset..offset+64). When
 * offset > 0 the byte before the pair is borrowed for the 0x01 prefix and put back, so the pair is
 * hashed where it lies (only for memory nobody else reads meanwhile: hashing is synchronous).
 */
export const nodeDigestOfPair = (pair: Uint8Array, offset: number): Digest => {
  if (offset === 0) {
    for (let i = 0; i < 2 * HASH_SIZE; i++) nodeScratch[1 + i] = pair[i] as number;
    return sha256Digest(nodeScratch);
  }
  const borrowed = pair[offset - 1] as number;
  pair[offset - 1] = NODE_PREFIX;
  const digest = sha256Digest(pair.subarray(offset - 1, offset + 2 * HASH_SIZE));
  pair[offset - 1] = borrowed;
  return digest;
};

/** The leaf hash of `data`, written into out[offset..offset+32). */
export const hashLeafInto = (data: Uint8Array, out: Uint8Array, offset = 0): void => writeDigest(leafDigest(data), out, offset);

/** The hash of the node whose children are left[lo..lo+32) and right[ro..ro+32), written into out[offset..). */
export const hashChildrenInto = (left: Uint8Array, lo: number, right: Uint8Array, ro: number, out: Uint8Array, offset = 0): void => {
  copyHash(left, lo, nodeScratch, 1);
  copyHash(right, ro, nodeScratch, 1 + HASH_SIZE);
  writeDigest(sha256Digest(nodeScratch), out, offset);
};

/** SHA-256 of the empty string: the root of a tree with no leaves. */
export const EMPTY_ROOT: Buffer = crypto.createHash('sha256').digest();

/** The leaf hash of `data` (for the public log: the UTF-8 bytes of one canonical JSON line). */
export const hashLeaf = (data: Uint8Array): Buffer => {
  const out = Buffer.allocUnsafe(HASH_SIZE);
  hashLeafInto(data, out);
  return out;
};

/** The hash of an interior node from its two children. */
export const hashChildren = (left: Uint8Array, right: Uint8Array): Buffer => {
  if (left.length !== HASH_SIZE || right.length !== HASH_SIZE) throw new RangeError(`a node hash is ${HASH_SIZE} bytes, got ${left.length} and ${right.length}`);
  const out = Buffer.allocUnsafe(HASH_SIZE);
  hashChildrenInto(left, 0, right, 0, out);
  return out;
};

/** Plain SHA-256. */
export const sha256Of = (data: Uint8Array): Buffer => Buffer.from(sha256Digest(data), 'latin1');

export const equalHashes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && Buffer.compare(a, b) === 0;
