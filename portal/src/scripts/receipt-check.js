// @ts-check
/*
 * Checks a receipt (docs/publication.md) in the browser with WebCrypto: recompute the Merkle
 * root from the idea's leaf hash and its inclusion proof (RFC 9162 section 2.1.3.2), compare it
 * with the root in the receipt's checkpoint, and check the checkpoint's Ed25519 signature
 * (C2SP signed note) against the log's public key where the browser supports Ed25519.
 * Plain JavaScript so that the same file runs in the browser and under `node --test`.
 */

const encoder = new TextEncoder();

/** @param {string} text */
export const fromBase64 = (text) => Uint8Array.from(atob(text.trim()), (c) => c.charCodeAt(0));

/** @param {Uint8Array} bytes */
export const toHex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** @param {Uint8Array} a @param {Uint8Array} b */
export const sameBytes = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);

/** @param {Uint8Array[]} parts */
const sha256 = async (...parts) => {
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return new Uint8Array(await crypto.subtle.digest('SHA-256', all));
};

/** RFC 9162 leaf hash: SHA-256(0x00 || data). @param {Uint8Array} data */
export const hashLeaf = (data) => sha256(Uint8Array.of(0), data);

/** RFC 9162 interior node: SHA-256(0x01 || left || right). @param {Uint8Array} left @param {Uint8Array} right */
export const hashChildren = (left, right) => sha256(Uint8Array.of(1), left, right);

const half = (/** @type {number} */ n) => Math.floor(n / 2);

/**
 * The root a leaf and its inclusion proof lead to, by RFC 9162 section 2.1.3.2; throws when the
 * proof cannot belong to a tree of this size at all. Sizes are whole numbers up to 2^53, so the
 * shifts are divisions.
 * @param {number} index @param {number} size @param {Uint8Array} leafHash @param {Uint8Array[]} proof
 */
export const rootFromInclusionProof = async (index, size, leafHash, proof) => {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) throw new RangeError(`index ${index} is not in a tree of ${size}`);
  let fn = index;
  let sn = size - 1;
  let r = leafHash;
  for (const p of proof) {
    if (sn === 0) throw new RangeError('the proof is longer than the tree is deep');
    if (fn % 2 === 1 || fn === sn) {
      r = await hashChildren(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      r = await hashChildren(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  if (sn !== 0) throw new RangeError('the proof is shorter than the tree is deep');
  return r;
};

/**
 * A checkpoint in the C2SP signed-note format: the signed text (origin, size, root, any extension
 * lines) and its signature lines "— <name> <base64(key id || signature)>".
 * @param {string} note
 */
export const parseCheckpoint = (note) => {
  const split = note.indexOf('\n\n');
  if (split < 0) throw new SyntaxError('the checkpoint has no signature block');
  const text = note.slice(0, split + 1);
  const [origin, size, root] = text.split('\n');
  if (!origin || !/^\d+$/.test(size ?? '') || !root) throw new SyntaxError('the checkpoint does not start with origin, tree size and root');
  const signatures = note
    .slice(split + 2)
    .split('\n')
    .filter((line) => line.startsWith('\u2014 '))
    .map((line) => {
      const [, name, sig] = line.split(' ');
      return { name: name ?? '', bytes: fromBase64(sig ?? '') };
    });
  return { text, origin, size: Number(size), root: fromBase64(root), signatures };
};

/**
 * A signed-note verifier key: "<name>+<hex key id>+<base64(0x01 || Ed25519 public key)>".
 * @param {string} vkey
 */
export const parseVerifierKey = (vkey) => {
  // Split at the first two plus signs only: base64 has them too.
  const parts = /^([^+\s]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/]+=*)$/.exec(vkey.trim());
  const bytes = parts ? fromBase64(parts[3]) : new Uint8Array();
  if (!parts || bytes[0] !== 1 || bytes.length !== 33) throw new SyntaxError('not an Ed25519 verifier key');
  return { name: parts[1], keyId: parts[2], publicKey: bytes.slice(1) };
};

/**
 * Whether the checkpoint carries a valid signature by this key: true, false, or null when the
 * browser cannot check Ed25519 signatures.
 * @param {ReturnType<typeof parseCheckpoint>} checkpoint @param {ReturnType<typeof parseVerifierKey>} key
 */
export const checkSignature = async (checkpoint, key) => {
  const sig = checkpoint.signatures.find((s) => s.name === key.name && toHex(s.bytes.slice(0, 4)) === key.keyId);
  if (!sig) return false;
  let cryptoKey;
  try {
    cryptoKey = await crypto.subtle.importKey('raw', key.publicKey, { name: 'Ed25519' }, false, ['verify']);
  } catch {
    return null;
  }
  return crypto.subtle.verify({ name: 'Ed25519' }, cryptoKey, sig.bytes.slice(4), encoder.encode(checkpoint.text));
};

/**
 * @typedef {{ receiptCode: string, ideaId: string, index: number, leafHash: string, inclusionProof: string[], treeSize: number, checkpoint: string }} Receipt
 * @typedef {{ check: 'shape' | 'size' | 'root' | 'signature', ok: boolean | null, detail?: string }} CheckResult
 */

/**
 * Every check of one receipt, in order; the receipt is valid when none is false. A null
 * signature check means it could not be made here (no key, or no Ed25519 in this browser).
 * @param {unknown} input the parsed receipt JSON
 * @param {string | null} verifierKey the log's public key (log/public-key.txt), if available
 * @returns {Promise<{ valid: boolean, receipt: Receipt | null, checks: CheckResult[], root?: string, treeSize?: number }>}
 */
export const checkReceipt = async (input, verifierKey) => {
  const r = /** @type {Partial<Receipt>} */ (input ?? {});
  const shaped =
    typeof r.receiptCode === 'string' &&
    Number.isSafeInteger(r.index) &&
    Number.isSafeInteger(r.treeSize) &&
    typeof r.leafHash === 'string' &&
    Array.isArray(r.inclusionProof) &&
    r.inclusionProof.every((p) => typeof p === 'string') &&
    typeof r.checkpoint === 'string';
  if (!shaped) return { valid: false, receipt: null, checks: [{ check: 'shape', ok: false }] };
  const receipt = /** @type {Receipt} */ (r);
  /** @type {CheckResult[]} */
  const checks = [{ check: 'shape', ok: true }];
  let checkpoint;
  try {
    checkpoint = parseCheckpoint(receipt.checkpoint);
  } catch (error) {
    checks.push({ check: 'size', ok: false, detail: String(error) });
    return { valid: false, receipt, checks };
  }
  checks.push({ check: 'size', ok: checkpoint.size === receipt.treeSize, detail: `${receipt.treeSize} / ${checkpoint.size}` });
  try {
    const root = await rootFromInclusionProof(receipt.index, receipt.treeSize, fromBase64(receipt.leafHash), receipt.inclusionProof.map(fromBase64));
    checks.push({ check: 'root', ok: sameBytes(root, checkpoint.root), detail: toHex(root) });
  } catch (error) {
    checks.push({ check: 'root', ok: false, detail: String(error) });
  }
  if (verifierKey) {
    try {
      checks.push({ check: 'signature', ok: await checkSignature(checkpoint, parseVerifierKey(verifierKey)) });
    } catch (error) {
      checks.push({ check: 'signature', ok: false, detail: String(error) });
    }
  } else checks.push({ check: 'signature', ok: null });
  return { valid: checks.every((c) => c.ok !== false), receipt, checks, root: toHex(checkpoint.root), treeSize: checkpoint.size };
};
