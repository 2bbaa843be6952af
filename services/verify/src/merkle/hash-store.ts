import { copyHash, HASH_SIZE } from './hash.js';

/**
 * Where a tree keeps the hashes of its complete subtrees, level by level (level 0: the leaves), the
 * stored-hash layout of C2SP tlog-tiles without the tiling. Each level only ever grows at its end:
 * node (level, index) is put once all 2^level leaves under it are in.
 */
export interface HashStore {
  /** Number of leaves stored (the size of level 0). */
  readonly size: number;
  /** The hash of the complete subtree (level, index), or undefined when it is not (yet) stored. */
  get(level: number, index: number): Uint8Array | undefined;
  /** Stores (a copy of: the tree reuses the buffer) the hash of node (level, index); `index` is always the next one at that level. */
  put(level: number, index: number, hash: Uint8Array): void;
}

/** A HashStore in memory: one growing byte array per level, so a million leaves cost ~64 MB, not a million objects. */
export class MemoryHashStore implements HashStore {
  private readonly levels: { bytes: Uint8Array; count: number }[] = [];

  get size(): number {
    return this.levels[0]?.count ?? 0;
  }

  get(level: number, index: number): Uint8Array | undefined {
    const l = this.levels[level];
    if (!l || index < 0 || index >= l.count) return undefined;
    return l.bytes.subarray(index * HASH_SIZE, (index + 1) * HASH_SIZE);
  }

  put(level: number, index: number, hash: Uint8Array): void {
    if (hash.length !== HASH_SIZE) throw new RangeError(`hash store: a hash is ${HASH_SIZE} bytes, got ${hash.length}`);
    copyHash(hash, 0, this.reserve(level, index), index * HASH_SIZE);
  }

  /**
   * Makes room for node (level, index), the next one at its level, and returns the level's bytes for
   * the caller to write the hash at index * 32. The tree's fast path: no copy through a buffer.
   */
  reserve(level: number, index: number): Uint8Array {
    const l = this.levels[level] ?? this.addLevel(level);
    if (index !== l.count) throw new RangeError(`hash store: level ${level} holds ${l.count} nodes, cannot put node ${index}`);
    if ((index + 1) * HASH_SIZE > l.bytes.length) {
      const grown = new Uint8Array(l.bytes.length * 2);
      grown.set(l.bytes);
      l.bytes = grown;
    }
    l.count = index + 1;
    return l.bytes;
  }

  private addLevel(level: number): { bytes: Uint8Array; count: number } {
    while (this.levels.length <= level) this.levels.push({ bytes: new Uint8Array(HASH_SIZE * 1024), count: 0 });
    return this.levels[level] as { bytes: Uint8Array; count: number };
  }
}
