/**
 * Checks inclusion and consistency proofs (RFC 9162 section 2.1.3 and 2.1.4).
 *
 * Ported to TypeScript from transparency-dev/merkle (Apache-2.0, Copyright 2017 Google LLC):
 * proof/verify.go (RootFromInclusionProof, VerifyInclusion, RootFromConsistencyProof,
 * VerifyConsistency, decompInclProof, chainInner, chainInnerRight, chainBorderRight).
 * Changes: safe-integer bit helpers instead of uint64; every proof hash must be 32 bytes.
 */
import { assertIndex, bitAt, bitLength, onesCount, shiftRight, trailingZeros, xor } from './bits.util.js';
import { equalHashes, HASH_SIZE, hashChildren } from './hash.js';

/** A proof that does not hold, or is malformed; the message says which. */
export class ProofError extends Error {
  override name = 'ProofError';
}

const toHex = (h: Uint8Array): string => Buffer.from(h).toString('hex');

const checkHashes = (hashes: readonly Uint8Array[], what: string): void => {
  hashes.forEach((h, i) => {
    if (h.length !== HASH_SIZE) throw new ProofError(`${what}[${i}] is ${h.length} bytes, expected ${HASH_SIZE}`);
  });
};

/** Lengths of the lower (inner) and upper (border) parts of the inclusion proof for `index` in a tree of `size`. */
const decompose = (index: number, size: number): { inner: number; border: number } => {
  const inner = bitLength(xor(index, size - 1));
  return { inner, border: onesCount(shiftRight(index, inner)) };
};

const chainInner = (seed: Uint8Array, proof: readonly Uint8Array[], index: number): Uint8Array => {
  let hash = seed;
  proof.forEach((h, i) => {
    hash = bitAt(index, i) === 0 ? hashChildren(hash, h) : hashChildren(h, hash);
  });
  return hash;
};

/** Like chainInner, but only the hashes to the left count: the same subtree at its earlier size. */
const chainInnerRight = (seed: Uint8Array, proof: readonly Uint8Array[], index: number): Uint8Array => {
  let hash = seed;
  proof.forEach((h, i) => {
    if (bitAt(index, i) === 1) hash = hashChildren(h, hash);
  });
  return hash;
};

const chainBorderRight = (seed: Uint8Array, proof: readonly Uint8Array[]): Uint8Array => proof.reduce<Uint8Array>((hash, h) => hashChildren(h, hash), seed);

/** The root that an inclusion proof for `leafHash` at `index` leads to, in a tree of `size` leaves. */
export const rootFromInclusionProof = (index: number, size: number, leafHash: Uint8Array, proof: readonly Uint8Array[]): Uint8Array => {
  assertIndex(index, 'index');
  assertIndex(size, 'treeSize');
  if (index >= size) throw new ProofError(`index ${index} is beyond the tree size ${size}`);
  if (leafHash.length !== HASH_SIZE) throw new ProofError(`the leaf hash is ${leafHash.length} bytes, expected ${HASH_SIZE}`);
  checkHashes(proof, 'proof');
  const { inner, border } = decompose(index, size);
  if (proof.length !== inner + border) throw new ProofError(`the proof has ${proof.length} hashes, expected ${inner + border}`);
  return chainBorderRight(chainInner(leafHash, proof.slice(0, inner), index), proof.slice(inner));
};

/** Throws a ProofError unless the proof shows `leafHash` at `index` in the tree of `size` leaves with this root. */
export const verifyInclusion = (index: number, size: number, leafHash: Uint8Array, proof: readonly Uint8Array[], root: Uint8Array): void => {
  const computed = rootFromInclusionProof(index, size, leafHash, proof);
  if (!equalHashes(computed, root)) throw new ProofError(`the proof leads to root ${toHex(computed)}, not ${toHex(root)}`);
};

/** The root of the tree of `size2` leaves that a consistency proof from (size1, root1) leads to. */
export const rootFromConsistencyProof = (size1: number, size2: number, proof: readonly Uint8Array[], root1: Uint8Array): Uint8Array => {
  assertIndex(size1, 'size1');
  assertIndex(size2, 'size2');
  checkHashes(proof, 'proof');
  if (size2 < size1) throw new ProofError(`size2 (${size2}) < size1 (${size1})`);
  if (size1 === size2) {
    if (proof.length > 0) throw new ProofError('size1 = size2, but the proof is not empty');
    return root1;
  }
  if (size1 === 0) throw new ProofError('a consistency proof from the empty tree is meaningless');
  if (proof.length === 0) throw new ProofError('empty proof');

  const decomposed = decompose(size1 - 1, size2);
  const shift = trailingZeros(size1);
  const inner = decomposed.inner - shift;
  // The proof starts with the root of the subtree of size 2^shift, unless size1 is that subtree.
  const isPowerOfTwo = size1 === 2 ** shift;
  const seed = isPowerOfTwo ? root1 : proof[0];
  const start = isPowerOfTwo ? 0 : 1;
  if (proof.length !== start + inner + decomposed.border) throw new ProofError(`the proof has ${proof.length} hashes, expected ${start + inner + decomposed.border}`);
  const rest = proof.slice(start);
  const mask = shiftRight(size1 - 1, shift);

  const hash1 = chainBorderRight(chainInnerRight(seed, rest.slice(0, inner), mask), rest.slice(inner));
  if (!equalHashes(hash1, root1)) throw new ProofError(`the proof leads to old root ${toHex(hash1)}, not ${toHex(root1)}`);
  return chainBorderRight(chainInner(seed, rest.slice(0, inner), mask), rest.slice(inner));
};

/** Throws a ProofError unless the tree (size2, root2) is an append-only extension of (size1, root1). */
export const verifyConsistency = (size1: number, size2: number, proof: readonly Uint8Array[], root1: Uint8Array, root2: Uint8Array): void => {
  if (size1 === 0 && size2 > 0) {
    // The empty tree is a prefix of every tree: nothing to prove.
    if (proof.length > 0) throw new ProofError(`expected an empty proof from the empty tree, got ${proof.length} hashes`);
    return;
  }
  const computed = rootFromConsistencyProof(size1, size2, proof, root1);
  if (!equalHashes(computed, root2)) throw new ProofError(`the proof leads to new root ${toHex(computed)}, not ${toHex(root2)}`);
};
