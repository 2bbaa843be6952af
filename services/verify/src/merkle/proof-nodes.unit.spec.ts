import { readFileSync } from 'node:fs';
import { consistencyNodes, inclusionNodes, type ProofNodes } from './proof-nodes.js';

/** Node-id vectors of transparency-dev/merkle proof/proof_test.go (see the fixture's `source`). */
const fixture = JSON.parse(readFileSync(new URL('./fixtures/proof-nodes.json', import.meta.url), 'utf8')) as {
  inclusion: { size: number; index: number; ids: [number, number][]; begin: number; end: number }[];
  inclusionErrors: [number, number][];
  consistency: { size1: number; size2: number; ids: [number, number][]; begin: number; end: number }[];
  consistencyErrors: [number, number][];
};

/** A fold of fewer than two nodes changes nothing, so only real ephemeral ranges are compared. */
const shape = (p: ProofNodes) => ({
  ids: p.ids.map((id) => [id.level, id.index]),
  ephemeral: p.end - p.begin >= 2 ? [p.begin, p.end] : null,
});
const expected = (v: { ids: [number, number][]; begin: number; end: number }) => ({ ids: v.ids, ephemeral: v.end - v.begin >= 2 ? [v.begin, v.end] : null });

describe('which nodes make a proof (transparency-dev vectors)', () => {
  it.each(fixture.inclusion)('inclusion of leaf $index in a tree of $size', (v) => {
    expect(shape(inclusionNodes(v.index, v.size))).toEqual(expected(v));
  });

  it.each(fixture.consistency)('consistency from $size1 to $size2', (v) => {
    expect(shape(consistencyNodes(v.size1, v.size2))).toEqual(expected(v));
  });

  it('refuses impossible requests', () => {
    for (const [size, index] of fixture.inclusionErrors) expect(() => inclusionNodes(index, size)).toThrow(RangeError);
    for (const [size1, size2] of fixture.consistencyErrors) expect(() => consistencyNodes(size1, size2)).toThrow(RangeError);
  });

  it('works beyond 32 bits: a proof for the last leaf of a tree of 2^40 + 3 leaves', () => {
    const size = 2 ** 40 + 3;
    const p = inclusionNodes(size - 1, size);
    expect(p.ids.map((id) => [id.level, id.index])).toEqual([
      [1, 2 ** 39],
      [40, 0],
    ]);
  });
});
