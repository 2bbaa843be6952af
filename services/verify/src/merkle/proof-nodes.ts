/**
 * Which stored nodes make up an inclusion or consistency proof.
 *
 * Ported to TypeScript from transparency-dev/merkle (Apache-2.0, Copyright 2019-2022 Google LLC):
 * proof/proof.go (Inclusion, Consistency, nodes, Rehash, skipFirst) and compact/nodes.go,
 * compact/range.go (NodeID, RangeNodes, Decompose). Changes: safe-integer bit helpers instead of
 * uint64, and plain objects instead of Go structs.
 */
import { assertIndex, bitLength, onesCount, shiftLeft, shiftRight, trailingZeros, xor } from './bits.util.js';

/** A node: `level` 0 is the leaves; `index` its position from the left within its level. */
export interface NodeId {
  readonly level: number;
  readonly index: number;
}

/**
 * The nodes of a proof, lowest first. Nodes `ids[begin..end)` are hashed together (right to
 * left) into one ephemeral node: a subtree that is not complete at this tree size, so not stored.
 */
export interface ProofNodes {
  readonly ids: readonly NodeId[];
  readonly begin: number;
  readonly end: number;
}

const node = (level: number, index: number): NodeId => ({ level, index });
const parentOf = (id: NodeId): NodeId => node(id.level + 1, shiftRight(id.index, 1));
const siblingOf = (id: NodeId): NodeId => node(id.level, id.index % 2 === 0 ? id.index + 1 : id.index - 1);

/** Splits [begin, end) into perfect subtrees: bit masks of the left part (low to high) and right part (high to low). */
const decompose = (begin: number, end: number): { left: number; right: number } => {
  if (begin === 0) return { left: 0, right: end };
  const xbegin = begin - 1;
  const d = bitLength(xor(xbegin, end)) - 1;
  const size = 2 ** d;
  // ^xbegin & mask and end & mask, with mask = 2^d - 1.
  return { left: size - 1 - (xbegin % size), right: end % size };
};

const rangeSize = (begin: number, end: number): number => {
  const { left, right } = decompose(begin, end);
  return onesCount(left) + onesCount(right);
};

/** The perfect subtrees that cover [begin, end), in order from left to right. */
export const rangeNodes = (begin: number, end: number, into: NodeId[] = []): NodeId[] => {
  let { left, right } = decompose(begin, end);
  let pos = begin;
  while (left !== 0) {
    const level = trailingZeros(left);
    into.push(node(level, shiftRight(pos, level)));
    pos += 2 ** level;
    left -= 2 ** level;
  }
  while (right !== 0) {
    const level = bitLength(right) - 1;
    into.push(node(level, shiftRight(pos, level)));
    pos += 2 ** level;
    right -= 2 ** level;
  }
  return into;
};

const reverseTail = (ids: NodeId[], count: number): void => {
  const tail = ids.splice(ids.length - count, count).reverse();
  ids.push(...tail);
};

/** The nodes proving that node (level, index) is in the tree of `size` leaves, the node itself first. */
const nodesFor = (index: number, level: number, size: number): ProofNodes => {
  // The fork is where the path to (level, index) leaves the path to the tree's right edge; its
  // sibling is the ephemeral node, rebuilt from the complete subtrees covering the same leaves.
  const inner = bitLength(xor(index, shiftRight(size, level))) - 1;
  const fork = node(level + inner, shiftRight(index, inner));
  const begin = shiftLeft(fork.index, fork.level);
  const end = shiftLeft(fork.index + 1, fork.level);
  const left = rangeSize(0, begin);
  const right = rangeSize(end, size);

  let current = node(level, index);
  const ids: NodeId[] = [current];
  while (current.level < fork.level) {
    ids.push(siblingOf(current));
    current = parentOf(current);
  }
  let len1 = ids.length;
  rangeNodes(end, size, ids);
  reverseTail(ids, right);
  let len2 = ids.length;
  rangeNodes(0, begin, ids);
  reverseTail(ids, left);
  if (len1 >= len2) len1 = len2 = 0;
  return { ids, begin: len1, end: len2 };
};

const skipFirst = (p: ProofNodes): ProofNodes => ({
  ids: p.ids.slice(1),
  begin: p.begin < p.end ? p.begin - 1 : p.begin,
  end: p.begin < p.end ? p.end - 1 : p.end,
});

/** The nodes of an inclusion proof for leaf `index` in the tree of `size` leaves (0 <= index < size). */
export const inclusionNodes = (index: number, size: number): ProofNodes => {
  assertIndex(index, 'index');
  assertIndex(size, 'treeSize');
  if (index >= size) throw new RangeError(`index ${index} is not in a tree of ${size} leaves`);
  return skipFirst(nodesFor(index, 0, size));
};

/** The nodes of a consistency proof from `size1` to `size2` leaves (0 < size1 <= size2). */
export const consistencyNodes = (size1: number, size2: number): ProofNodes => {
  assertIndex(size1, 'from');
  assertIndex(size2, 'to');
  if (size1 > size2) throw new RangeError(`tree size ${size1} > ${size2}`);
  if (size1 === 0) throw new RangeError('a consistency proof from the empty tree is meaningless');
  if (size1 === size2) return { ids: [], begin: 0, end: 0 };
  // The biggest perfect subtree ending at size1, and its inclusion path in the tree of size2.
  const level = trailingZeros(size1);
  const index = shiftRight(size1 - 1, level);
  const p = nodesFor(index, level, size2);
  // When size1 is a power of two, that subtree is the old root, which the client already has.
  return size1 === 2 ** level ? skipFirst(p) : p;
};

/** Turns the hashes of `p.ids` into the proof, folding the ephemeral node's parts into one hash. */
export const rehash = (p: ProofNodes, hashes: readonly Uint8Array[], hashChildren: (l: Uint8Array, r: Uint8Array) => Uint8Array): Uint8Array[] => {
  if (hashes.length !== p.ids.length) throw new RangeError(`got ${hashes.length} hashes but expected ${p.ids.length}`);
  const out: Uint8Array[] = [];
  for (let i = 0; i < hashes.length; i++) {
    let hash = hashes[i];
    if (i >= p.begin && i < p.end) {
      for (i++; i < p.end; i++) hash = hashChildren(hashes[i], hash);
      i--;
    }
    out.push(hash);
  }
  return out;
};
