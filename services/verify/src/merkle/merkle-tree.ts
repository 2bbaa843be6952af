import { assertIndex } from './bits.util.js';
import { copyHash, type Digest, EMPTY_ROOT, HASH_SIZE, hashChildren, hashChildrenInto, leafDigest, leafDigestOfSlotted, nodeDigestOfPair, writeDigest } from './hash.js';
import { type HashStore, MemoryHashStore } from './hash-store.js';
import { consistencyNodes, inclusionNodes, type ProofNodes, rangeNodes, rehash } from './proof-nodes.js';

/**
 * An append-only RFC 9162 Merkle tree over a HashStore. Appending a leaf stores it and every
 * subtree it completes (O(log n), amortised O(1)); roots and proofs of any size up to the current
 * one are read from the stored subtrees, never by rehashing the leaves.
 */
export class MerkleTree {
  /** The hash being appended, then each node it completes; reused, so appending allocates nothing. */
  private readonly current = new Uint8Array(HASH_SIZE);
  private count: number;

  constructor(private readonly store: HashStore) {
    this.count = store.size;
  }

  get size(): number {
    return this.count;
  }

  /** Appends a leaf hash; returns its index. */
  append(leafHash: Uint8Array): number {
    if (leafHash.length !== HASH_SIZE) throw new RangeError(`a leaf hash is ${HASH_SIZE} bytes, got ${leafHash.length}`);
    copyHash(leafHash, 0, this.current, 0);
    return this.appendCurrent();
  }

  /** Appends the leaf hash of `data`; returns its index. */
  appendData(data: Uint8Array): number {
    return this.appendLeafDigest(leafDigest(data));
  }

  /** Appends the leaf hash of slotted[1..], using slotted[0] as the prefix's place (see leafDigestOfSlotted). */
  appendSlotted(slotted: Uint8Array): number {
    return this.appendLeafDigest(leafDigestOfSlotted(slotted));
  }

  /** Appends a leaf given as a digest string (see hash.ts); returns its index. */
  appendLeafDigest(digest: Digest): number {
    if (!(this.store instanceof MemoryHashStore)) {
      writeDigest(digest, this.current, 0);
      return this.appendCurrent();
    }
    // In memory a node's left sibling lies just before it, so the pair is hashed where it is stored.
    const leafIndex = this.count;
    let index = leafIndex;
    let level = 0;
    for (let d = digest; ; level += 1) {
      const bytes = this.store.reserve(level, index);
      writeDigest(d, bytes, index * HASH_SIZE);
      if (index % 2 === 0) break;
      d = nodeDigestOfPair(bytes, (index - 1) * HASH_SIZE);
      index = (index - 1) / 2;
    }
    this.count += 1;
    return leafIndex;
  }

  private appendCurrent(): number {
    const leafIndex = this.count;
    let index = leafIndex;
    let level = 0;
    for (;;) {
      this.store.put(level, index, this.current);
      if (index % 2 === 0) break;
      const left = this.store.get(level, index - 1);
      if (!left) throw new Error(`hash store: node (level ${level}, index ${index - 1}) is missing`);
      hashChildrenInto(left, 0, this.current, 0, this.current, 0);
      index = (index - 1) / 2;
      level += 1;
    }
    this.count += 1;
    return leafIndex;
  }

  /** The leaf hash at `index`. */
  leafHash(index: number): Uint8Array {
    this.checkSize(index + 1, 'index');
    return this.stored(0, index);
  }

  /** The root hash of the first `size` leaves (default: all). */
  root(size: number = this.count): Uint8Array {
    this.checkSize(size, 'treeSize');
    if (size === 0) return EMPTY_ROOT;
    const nodes = rangeNodes(0, size);
    let hash = this.stored(nodes[nodes.length - 1].level, nodes[nodes.length - 1].index);
    for (let i = nodes.length - 2; i >= 0; i--) hash = hashChildren(this.stored(nodes[i].level, nodes[i].index), hash);
    return hash;
  }

  /** The inclusion proof of leaf `index` in the tree of the first `size` leaves (default: all). */
  inclusionProof(index: number, size: number = this.count): Uint8Array[] {
    this.checkSize(size, 'treeSize');
    return this.proofFrom(inclusionNodes(index, size));
  }

  /** The consistency proof from the first `size1` leaves to the first `size2` (default: all). */
  consistencyProof(size1: number, size2: number = this.count): Uint8Array[] {
    this.checkSize(size2, 'to');
    return this.proofFrom(consistencyNodes(size1, size2));
  }

  private proofFrom(nodes: ProofNodes): Uint8Array[] {
    return rehash(
      nodes,
      nodes.ids.map((id) => this.stored(id.level, id.index)),
      hashChildren,
    );
  }

  private checkSize(size: number, what: string): void {
    assertIndex(size, what);
    if (size > this.count) throw new RangeError(`${what}: the tree holds ${this.count} leaves, asked for ${size}`);
  }

  private stored(level: number, index: number): Uint8Array {
    const hash = this.store.get(level, index);
    if (!hash) throw new Error(`hash store: node (level ${level}, index ${index}) is missing from a tree of ${this.count} leaves`);
    return hash;
  }
}
