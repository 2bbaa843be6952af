import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { EMPTY_ROOT, hashChildren, hashLeaf, leafDigest, leafDigestOfSlotted, nodeDigestOfPair } from './hash.js';
import { MemoryHashStore } from './hash-store.js';
import { MerkleTree } from './merkle-tree.js';
import { ProofError, rootFromInclusionProof, verifyConsistency, verifyInclusion } from './verify-proof.js';

/** RFC 9162 test vectors of transparency-dev/merkle (see the fixture's `source`). */
const vectors = JSON.parse(readFileSync(new URL('./fixtures/rfc9162-vectors.json', import.meta.url), 'utf8')) as {
  leafInputs: string[];
  nodeHashes: string[][];
  rootHashes: string[];
  inclusionProofs: { leafIndex: number; treeSize: number; proof: string[] }[];
  consistencyProofs: { size1: number; size2: number; proof: string[] }[];
  testdataJson: {
    inclusion: { leafIdx: number; treeSize: number; root: string; leafHash: string; proof: string[] };
    consistency: { size1: number; size2: number; root1: string; root2: string; proof: string[] };
  };
};

const hex = (s: string): Buffer => Buffer.from(s, 'hex');
const b64 = (s: string): Buffer => Buffer.from(s, 'base64');
const flipBit = (h: Uint8Array, bit = 3): Buffer => {
  const copy = Buffer.from(h);
  copy[0]! ^= 1 << bit;
  return copy;
};

/** The corruptions a verifier wrongly accepted (it must refuse each with a ProofError). */
const accepted = (attempts: [string, () => void][]): string[] =>
  attempts.flatMap(([what, attempt]) => {
    try {
      attempt();
      return [what];
    } catch (error) {
      return error instanceof ProofError ? [] : [`${what}: ${String(error)}`];
    }
  });

const treeOf = (count: number): MerkleTree => {
  const tree = new MerkleTree(new MemoryHashStore());
  for (let i = 0; i < count; i++) tree.appendData(hex(vectors.leafInputs[i]!));
  return tree;
};

describe('RFC 9162 hashing against the transparency-dev vectors', () => {
  it('hashes each leaf input to its published leaf hash and each level to its node hashes', () => {
    vectors.leafInputs.forEach((input, i) => expect(hashLeaf(hex(input)).toString('hex')).toBe(vectors.nodeHashes[0]![i]));
    for (let level = 1; level < vectors.nodeHashes.length; level++) {
      vectors.nodeHashes[level]!.forEach((h, i) => {
        const below = vectors.nodeHashes[level - 1]!;
        expect(hashChildren(hex(below[2 * i]!), hex(below[2 * i + 1]!)).toString('hex')).toBe(h);
      });
    }
  });

  it('gives the published root for every size from 0 to 8, both growing and asked afterwards', () => {
    expect(Buffer.from(EMPTY_ROOT).toString('hex')).toBe(vectors.rootHashes[0]);
    const growing = new MerkleTree(new MemoryHashStore());
    for (let size = 1; size <= 8; size++) {
      growing.appendData(hex(vectors.leafInputs[size - 1]!));
      expect(Buffer.from(growing.root()).toString('hex')).toBe(vectors.rootHashes[size]);
    }
    const full = treeOf(8);
    for (let size = 0; size <= 8; size++) expect(Buffer.from(full.root(size)).toString('hex')).toBe(vectors.rootHashes[size]);
  });

  it('produces and accepts the published inclusion proofs, and refuses each corrupted one', () => {
    const tree = treeOf(8);
    for (const v of vectors.inclusionProofs) {
      const proof = v.proof.map(hex);
      const root = hex(vectors.rootHashes[v.treeSize]!);
      const leaf = hashLeaf(hex(vectors.leafInputs[v.leafIndex]!));
      expect(tree.inclusionProof(v.leafIndex, v.treeSize).map((h) => Buffer.from(h).toString('hex'))).toEqual(v.proof);
      expect(() => verifyInclusion(v.leafIndex, v.treeSize, leaf, proof, root)).not.toThrow();

      const wrong: [string, () => void][] = [
        ['index + 1', () => verifyInclusion(v.leafIndex + 1, v.treeSize, leaf, proof, root)],
        ['size * 2', () => verifyInclusion(v.leafIndex, v.treeSize * 2, leaf, proof, root)],
        ['wrong leaf', () => verifyInclusion(v.leafIndex, v.treeSize, flipBit(leaf), proof, root)],
        ['empty-tree root', () => verifyInclusion(v.leafIndex, v.treeSize, leaf, proof, EMPTY_ROOT)],
        ['trailing root', () => verifyInclusion(v.leafIndex, v.treeSize, leaf, [...proof, root], root)],
        ['preceding root', () => verifyInclusion(v.leafIndex, v.treeSize, leaf, [root, ...proof], root)],
        ...proof.map((_, i): [string, () => void] => [`bit flipped in proof[${i}]`, () => verifyInclusion(v.leafIndex, v.treeSize, leaf, proof.map((h, j) => (j === i ? flipBit(h) : h)), root)]),
        ...(proof.length > 0 ? [['removed component', () => verifyInclusion(v.leafIndex, v.treeSize, leaf, proof.slice(0, -1), root)] as [string, () => void]] : []),
      ];
      expect(accepted(wrong)).toEqual([]);
    }
  });

  it('produces and accepts the published consistency proofs, and refuses each corrupted one', () => {
    const tree = treeOf(8);
    for (const v of vectors.consistencyProofs) {
      const proof = v.proof.map(hex);
      const root1 = hex(vectors.rootHashes[v.size1]!);
      const root2 = hex(vectors.rootHashes[v.size2]!);
      expect(tree.consistencyProof(v.size1, v.size2).map((h) => Buffer.from(h).toString('hex'))).toEqual(v.proof);
      expect(() => verifyConsistency(v.size1, v.size2, proof, root1, root2)).not.toThrow();
      if (proof.length === 0) continue;
      const wrong: [string, () => void][] = [
        ['size1 + 1', () => verifyConsistency(v.size1 + 1, v.size2, proof, root1, root2)],
        ['size2 * 2', () => verifyConsistency(v.size1, v.size2 * 2, proof, root1, root2)],
        ['swapped roots', () => verifyConsistency(v.size1, v.size2, proof, root2, root1)],
        ['bit flipped in root1', () => verifyConsistency(v.size1, v.size2, proof, flipBit(root1), root2)],
        ['empty proof', () => verifyConsistency(v.size1, v.size2, [], root1, root2)],
        ['trailing root2', () => verifyConsistency(v.size1, v.size2, [...proof, root2], root1, root2)],
        ['preceding proof[0]', () => verifyConsistency(v.size1, v.size2, [proof[0]!, ...proof], root1, root2)],
        ['truncated proof', () => verifyConsistency(v.size1, v.size2, proof.slice(0, -1), root1, root2)],
        ...proof.map((_, i): [string, () => void] => [`bit flipped in proof[${i}]`, () => verifyConsistency(v.size1, v.size2, proof.map((h, j) => (j === i ? flipBit(h, 4) : h)), root1, root2)]),
      ];
      expect(accepted(wrong)).toEqual([]);
    }
  });

  it('accepts the JSON test data files of transparency-dev (base64)', () => {
    const { inclusion, consistency } = vectors.testdataJson;
    expect(() => verifyInclusion(inclusion.leafIdx, inclusion.treeSize, b64(inclusion.leafHash), inclusion.proof.map(b64), b64(inclusion.root))).not.toThrow();
    expect(() => verifyConsistency(consistency.size1, consistency.size2, consistency.proof.map(b64), b64(consistency.root1), b64(consistency.root2))).not.toThrow();
  });

  it('treats the empty tree as a prefix of every tree but refuses a proof from it, and refuses an index beyond the size', () => {
    expect(() => verifyConsistency(0, 3, [], EMPTY_ROOT, hex(vectors.rootHashes[3]!))).not.toThrow();
    expect(() => verifyConsistency(0, 3, [EMPTY_ROOT], EMPTY_ROOT, hex(vectors.rootHashes[3]!))).toThrow(ProofError);
    expect(() => verifyConsistency(2, 2, [], hex(vectors.rootHashes[2]!), hex(vectors.rootHashes[3]!))).toThrow(ProofError);
    expect(() => rootFromInclusionProof(3, 3, hashLeaf(Buffer.from('x')), [])).toThrow(/beyond the tree size/);
    expect(() => treeOf(3).inclusionProof(0, 4)).toThrow(/holds 3 leaves/);
  });
});

describe('the incremental tree', () => {
  const randomTree = (size: number): MerkleTree => {
    const tree = new MerkleTree(new MemoryHashStore());
    for (let i = 0; i < size; i++) tree.appendData(Buffer.from(`leaf ${i}`));
    return tree;
  };

  it('every inclusion and consistency proof it generates verifies, for random sizes (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.nat(), fc.nat(), (size, a, b) => {
        const tree = randomTree(size);
        const size2 = 1 + (a % size);
        const size1 = 1 + (b % size2);
        const index = b % size2;
        verifyInclusion(index, size2, tree.leafHash(index), tree.inclusionProof(index, size2), tree.root(size2));
        verifyConsistency(size1, size2, tree.consistencyProof(size1, size2), tree.root(size1), tree.root(size2));
      }),
      { numRuns: 200 },
    );
  });

  it('resumes from its stored hashes: a tree reopened on the same store continues where it was', () => {
    const store = new MemoryHashStore();
    const first = new MerkleTree(store);
    for (let i = 0; i < 13; i++) first.appendData(Buffer.from(`leaf ${i}`));
    const reopened = new MerkleTree(store);
    for (let i = 13; i < 37; i++) reopened.appendData(Buffer.from(`leaf ${i}`));
    expect(Buffer.from(reopened.root()).equals(Buffer.from(randomTree(37).root()))).toBe(true);
  });

  it('agrees with the plain recursive definition of RFC 9162 for every size up to 70', () => {
    const leaves = Array.from({ length: 70 }, (_, i) => hashLeaf(Buffer.from(`leaf ${i}`)));
    const mth = (hs: Uint8Array[]): Uint8Array => {
      if (hs.length === 1) return hs[0]!;
      let k = 1;
      while (k * 2 < hs.length) k *= 2;
      return hashChildren(mth(hs.slice(0, k)), mth(hs.slice(k)));
    };
    const tree = randomTree(70);
    for (let n = 1; n <= 70; n++) expect(Buffer.from(tree.root(n)).equals(Buffer.from(mth(leaves.slice(0, n))))).toBe(true);
  });

  it('gives the same tree whichever way a leaf comes in (bytes, slotted bytes, hash, digest), touching only the slot', () => {
    const lines = Array.from({ length: 9 }, (_, i) => Buffer.from(`{"index":${i}}`));
    const trees = Array.from({ length: 4 }, () => new MerkleTree(new MemoryHashStore()));
    for (const line of lines) {
      const slotted = Buffer.concat([Buffer.from('\n'), line]);
      trees[0]!.appendData(line);
      trees[1]!.appendSlotted(slotted);
      expect(slotted.subarray(1).equals(line)).toBe(true);
      trees[2]!.append(hashLeaf(line));
      trees[3]!.appendLeafDigest(leafDigest(line));
    }
    const roots = trees.map((t) => Buffer.from(t.root()).toString('hex'));
    expect(new Set(roots).size).toBe(1);
    expect(leafDigestOfSlotted(Buffer.concat([Buffer.from('x'), lines[0]!]))).toBe(hashLeaf(lines[0]!).toString('latin1'));
  });

  it('hashes a stored pair in place and puts the borrowed byte back', () => {
    const memory = Buffer.concat([Buffer.from([0xee]), hashLeaf(Buffer.from('a')), hashLeaf(Buffer.from('b'))]);
    const before = Buffer.from(memory);
    expect(nodeDigestOfPair(memory, 1)).toBe(hashChildren(memory.subarray(1, 33), memory.subarray(33)).toString('latin1'));
    expect(memory.equals(before)).toBe(true);
    expect(nodeDigestOfPair(memory.subarray(1), 0)).toBe(nodeDigestOfPair(memory, 1));
  });
});
