// Run with `npm test -w @spoor/portal` (node --test): the browser check of a receipt against a
// reference Merkle tree built here with Node's crypto, and a signed note made with a fresh key.
import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { test } from 'node:test';
import { checkReceipt, rootFromInclusionProof } from '../src/scripts/receipt-check.js';

const sha = (...parts) => createHash('sha256').update(Buffer.concat(parts)).digest();
const leaf = (i) => sha(Buffer.of(0), Buffer.from(`{"index":${i}}`));
const node = (l, r) => sha(Buffer.of(1), l, r);
const split = (n) => 2 ** Math.floor(Math.log2(n - 1));

/** RFC 9162 2.1.1: the Merkle tree hash of leaves[lo, hi). */
const mth = (leaves) => (leaves.length === 1 ? leaves[0] : node(mth(leaves.slice(0, split(leaves.length))), mth(leaves.slice(split(leaves.length)))));
/** RFC 9162 2.1.3.1: the inclusion path of leaf m. */
const path = (m, leaves) => {
  if (leaves.length === 1) return [];
  const k = split(leaves.length);
  return m < k ? [...path(m, leaves.slice(0, k)), mth(leaves.slice(k))] : [...path(m - k, leaves.slice(k)), mth(leaves.slice(0, k))];
};

test('every leaf of trees of 1 to 33 leaves proves the tree root', async () => {
  for (let size = 1; size <= 33; size += 1) {
    const leaves = Array.from({ length: size }, (_, i) => leaf(i));
    const root = mth(leaves);
    for (let i = 0; i < size; i += 1) {
      const got = await rootFromInclusionProof(i, size, new Uint8Array(leaves[i]), path(i, leaves).map((p) => new Uint8Array(p)));
      assert.deepEqual(Buffer.from(got), root, `size ${size}, leaf ${i}`);
    }
  }
});

test('a proof of the wrong length is refused', async () => {
  const leaves = Array.from({ length: 6 }, (_, i) => leaf(i));
  const proof = path(2, leaves).map((p) => new Uint8Array(p));
  await assert.rejects(rootFromInclusionProof(2, 6, new Uint8Array(leaves[2]), proof.slice(1)));
  await assert.rejects(rootFromInclusionProof(2, 6, new Uint8Array(leaves[2]), [...proof, proof[0]]));
  await assert.rejects(rootFromInclusionProof(6, 6, new Uint8Array(leaves[2]), proof));
});

/** A receipt for leaf `index` of a tree of `size`, with a checkpoint signed as C2SP signed notes are. */
const receiptFor = (index, size) => {
  const leaves = Array.from({ length: size }, (_, i) => leaf(i));
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const name = 'spoor.test/leiden';
  const keyId = sha(Buffer.from(`${name}\n`), Buffer.of(1), raw).subarray(0, 4);
  const text = `${name}\n${size}\n${mth(leaves).toString('base64')}\n`;
  const signature = sign(null, Buffer.from(text), privateKey);
  const checkpoint = `${text}\n\u2014 ${name} ${Buffer.concat([keyId, signature]).toString('base64')}\n`;
  const vkey = `${name}+${keyId.toString('hex')}+${Buffer.concat([Buffer.of(1), raw]).toString('base64')}`;
  const receipt = { receiptCode: 'K7M4-QX2P', ideaId: 'idea-1', index, leafHash: leaves[index].toString('base64'), inclusionProof: path(index, leaves).map((p) => p.toString('base64')), treeSize: size, checkpoint };
  return { receipt, vkey };
};

test('a real receipt is valid, with its signature checked', async () => {
  // Fresh keys each round: a key's base64 often holds a '+', the separator of the key string.
  for (let round = 0; round < 20; round += 1) {
    const { receipt, vkey } = receiptFor(5, 13);
    const result = await checkReceipt(receipt, vkey);
    assert.equal(result.valid, true, vkey);
    assert.deepEqual(result.checks.map((c) => [c.check, c.ok]), [['shape', true], ['size', true], ['root', true], ['signature', true]]);
  }
});

test('a tampered receipt is invalid: leaf hash, proof, index, root in the checkpoint, signature', async () => {
  const { receipt, vkey } = receiptFor(5, 13);
  const flip = (b64) => {
    const bytes = Buffer.from(b64, 'base64');
    bytes[0] ^= 1;
    return bytes.toString('base64');
  };
  const cases = {
    leafHash: { ...receipt, leafHash: flip(receipt.leafHash) },
    proof: { ...receipt, inclusionProof: [flip(receipt.inclusionProof[0]), ...receipt.inclusionProof.slice(1)] },
    index: { ...receipt, index: 4 },
    root: { ...receipt, checkpoint: receipt.checkpoint.replace(/\n([A-Za-z0-9+/=]{44})\n/, (_, root) => `\n${flip(root)}\n`) },
    signature: { ...receipt, checkpoint: receipt.checkpoint.replace('spoor.test/leiden\n', 'spoor.test/leideN\n') },
    size: { ...receipt, treeSize: 14 },
    shape: { receiptCode: 'K7M4-QX2P' },
  };
  const failing = { leafHash: 'root', proof: 'root', index: 'root', root: 'root', signature: 'signature', size: 'size', shape: 'shape' };
  for (const [name, tampered] of Object.entries(cases)) {
    const result = await checkReceipt(tampered, vkey);
    assert.equal(result.valid, false, name);
    assert.ok(result.checks.some((c) => c.check === failing[name] && c.ok === false), `${name}: ${JSON.stringify(result.checks)}`);
  }
});

test('without a key the root is still checked and the signature is left open', async () => {
  const { receipt } = receiptFor(0, 1);
  const result = await checkReceipt(receipt, null);
  assert.equal(result.valid, true);
  assert.equal(result.checks.at(-1)?.ok, null);
});
