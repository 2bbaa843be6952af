#!/usr/bin/env node
/**
 * Merkle tree throughput over 1M synthetic public log records (issue #6), against the machine's
 * raw node:crypto SHA-256 rate over the same inputs, in the same run:
 *   raw SHA-256   crypto.hash('sha256', line) for every line: the limit no leaf hashing can beat
 *   build         MerkleTree.appendSlotted(line) for every line (leaf hash + the interior nodes it
 *                 completes, stored in a MemoryHashStore): what the ledger's TransparencyLog does
 *   verify        what spoor-verify does with the hashes: hash every line again, compare it with the
 *                 leaf the log committed to (leaves.bin), rebuild the tree, compare the root
 *   proofs        inclusion proofs of random leaves, generated from the stored hashes and checked
 *   end to end    verifyPublication() on a published folder of the same records (reads the file,
 *                 parses and re-canonicalises every line: the journalist's wall clock); BENCH_MERKLE_FULL=0 skips it
 * Lines are the RFC 8785 canonical JSON of records shaped like docs/publication.md. Each
 * measurement: one warm-up round, then BENCH_MERKLE_ROUNDS (default 3) rounds, taking turns; median.
 *
 * Called by run.mjs (`runMerkleBench`, `merkleSection`); also runs alone: `node bench/merkle.mjs`
 * (after `npm run build`). Env: BENCH_MERKLE_EVENTS (default 1000000).
 */
import * as crypto from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
export const MERKLE_RATIO_TARGET = 0.5;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (n) => Math.round(n).toLocaleString('en-US');

/** A deterministic PRNG (mulberry32), so every run hashes the same bytes. */
const prng = (seed) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const WORDS = 'meer bankjes in het park speeltuin fietspad veilig oversteken buurthuis jongeren ouderen groen bomen parkeren afval container straatverlichting wijk markt bibliotheek sport zwembad geluid overlast samen ontmoeten'.split(' ');

/** Records shaped like the public log (docs/publication.md), in a mix like the Leiden demo's. */
function syntheticRecord(index, rand) {
  const uuid = () => crypto.randomUUID({ disableEntropyCache: false });
  const words = (n) => Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
  const id = (prefix) => `${prefix}-${Math.floor(rand() * 1e9).toString(36)}`;
  const r = rand();
  const [type, data] =
    r < 0.35
      ? ['IdeaRecorded', { conversationId: id('hk'), ideaId: id('idea'), kind: 'wish', receiptCode: `LEI-${Math.floor(rand() * 1e6).toString(36).toUpperCase()}`, text: words(10 + Math.floor(rand() * 40)) }]
      : r < 0.55
        ? ['ParticipantRegistered', { ageBand: '27-39', districtCode: 'WK054603', gender: 'vrouw', participantId: id('p'), processId: 'leiden-2017', sealed: crypto.randomBytes(96).toString('base64'), commitment: `sha256:${crypto.randomBytes(32).toString('hex')}` }]
        : r < 0.8
          ? ['IdeaLinkedToTheme', { ideaId: id('idea'), rationale: words(5 + Math.floor(rand() * 15)), themeId: id('theme') }]
          : ['ConversationHeld', { conversationId: id('hk'), heldOn: '2017-10-12', participantCount: 3 + Math.floor(rand() * 8) }];
  return { data, demo: true, id: uuid(), index, occurredAt: '2017-10-12T19:00:00.000Z', recordedAt: '2017-10-12T21:03:11.000Z', recordedBy: 'ambassador', revision: Math.floor(rand() * 5), schemaVersion: 1, stream: `${type === 'IdeaRecorded' ? 'idea' : 'conversation'}-${index}`, type };
}

/**
 * All lines in one buffer as in events.ndjson (a spare byte, then each line and its newline), plus
 * where each line starts: a million small Buffers would measure the garbage collector.
 */
function generateLines(verify, events) {
  const rand = prng(2017);
  const chunks = [Buffer.from('\n')];
  const offsets = new Float64Array(events + 1);
  let total = 1;
  const t0 = performance.now();
  for (let i = 0; i < events; i++) {
    const line = Buffer.from(`${verify.canonicalLine(syntheticRecord(i, rand))}\n`, 'utf8');
    chunks.push(line);
    offsets[i] = total;
    total += line.length;
  }
  offsets[events] = total;
  const canonicalSeconds = (performance.now() - t0) / 1000;
  return { bytes: Buffer.concat(chunks, total), offsets, canonicalSeconds };
}

/** Line i without its newline. */
const lineAt = (lines, i) => lines.bytes.subarray(lines.offsets[i], lines.offsets[i + 1] - 1);
/** Line i with the byte before it (the previous newline) as the spare byte for the leaf prefix. */
const slottedAt = (lines, i) => lines.bytes.subarray(lines.offsets[i] - 1, lines.offsets[i + 1] - 1);

export async function runMerkleBench({ events = Number(process.env.BENCH_MERKLE_EVENTS ?? 1_000_000), rounds = Number(process.env.BENCH_MERKLE_ROUNDS ?? 3), full = process.env.BENCH_MERKLE_FULL !== '0', log = (m) => process.stdout.write(`[merkle] ${m}\n`) } = {}) {
  const verify = await import(pathToFileURL(join(root, 'services/verify/dist/index.js')).href);
  log(`generating ${fmt(events)} canonical public log records...`);
  const lines = generateLines(verify, events);
  const meanBytes = (lines.bytes.length - 1) / events - 1;
  log(`${fmt(events)} lines, ${(lines.bytes.length / 1e6).toFixed(0)} MB, mean ${meanBytes.toFixed(0)} bytes; canonicalised at ${fmt(events / lines.canonicalSeconds)} records/s`);

  // A first build gives the leaves the verify part compares with (as leaves.bin) and the root.
  const reference = new verify.MerkleTree(new verify.MemoryHashStore());
  for (let i = 0; i < events; i++) reference.appendSlotted(slottedAt(lines, i));
  const builtRoot = Buffer.from(reference.root());
  const leaves = Buffer.alloc(events * 32);
  for (let i = 0; i < events; i++) leaves.set(reference.leafHash(i), i * 32);

  // The three parts take turns every BLOCK lines, so a busy machine slows them alike; each round
  // sums each part's time over the whole log. The trees grow block by block, as they would.
  const BLOCK = 20_000;
  const parts = {
    raw: () => (from, to) => {
      for (let i = from; i < to; i++) crypto.hash('sha256', lineAt(lines, i), 'binary');
    },
    build: (state) => (from, to) => {
      state.tree ??= new verify.MerkleTree(new verify.MemoryHashStore());
      for (let i = from; i < to; i++) state.tree.appendSlotted(slottedAt(lines, i));
      if (to === events && !Buffer.from(state.tree.root()).equals(builtRoot)) throw new Error('build: root differs');
    },
    verify: (state) => (from, to) => {
      state.tree ??= new verify.MerkleTree(new verify.MemoryHashStore());
      for (let i = from; i < to; i++) {
        const digest = verify.leafDigestOfSlotted(slottedAt(lines, i));
        if (!verify.digestEquals(digest, leaves, i * 32)) throw new Error(`event ${i}: leaf hash differs`);
        state.tree.appendLeafDigest(digest);
      }
      if (to === events && !Buffer.from(state.tree.root()).equals(builtRoot)) throw new Error('verify: root differs');
    },
  };
  const names = Object.keys(parts);
  const rates = { raw: [], build: [], verify: [] };
  const ratios = { build: [], verify: [] };
  for (let round = 0; round <= rounds; round++) {
    const run = Object.fromEntries(names.map((n) => [n, parts[n]({})]));
    const seconds = { raw: 0, build: 0, verify: 0 };
    for (let from = 0, b = 0; from < events; from += BLOCK, b++) {
      const to = Math.min(events, from + BLOCK);
      for (let k = 0; k < names.length; k++) {
        const name = names[(k + b) % names.length];
        const t0 = performance.now();
        run[name](from, to);
        seconds[name] += (performance.now() - t0) / 1000;
      }
    }
    if (round > 0) {
      for (const n of names) rates[n].push(events / seconds[n]);
      ratios.build.push(seconds.raw / seconds.build);
      ratios.verify.push(seconds.raw / seconds.verify);
    }
    log(`${round === 0 ? 'warm-up' : `round ${round}/${rounds}`}: ${names.map((n) => `${n} ${fmt(events / seconds[n])}/s`).join(', ')}`);
  }
  const result = (name) => ({ median: median(rates[name]), min: Math.min(...rates[name]), max: Math.max(...rates[name]) });
  const raw = result('raw');
  const build = result('build');
  const verifyRate = result('verify');

  // Proofs from the stored hashes of the full tree.
  const tree = reference;
  const rand = prng(7);
  const proofCount = 20_000;
  let t0 = performance.now();
  for (let k = 0; k < proofCount; k++) {
    const index = Math.floor(rand() * events);
    verify.verifyInclusion(index, events, tree.leafHash(index), tree.inclusionProof(index), builtRoot);
  }
  const proofs = { count: proofCount, perSecond: proofCount / ((performance.now() - t0) / 1000), hashes: tree.inclusionProof(0).length };

  let endToEnd;
  if (full) {
    const dir = mkdtempSync(join(tmpdir(), 'spoor-merkle-bench-'));
    try {
      const { writeFileSync, mkdirSync } = await import('node:fs');
      const signer = verify.ed25519Signer('bench.spoor/merkle', crypto.randomBytes(32));
      const checkpoint = verify.signCheckpoint({ origin: 'bench.spoor/merkle', size: events, rootHash: builtRoot }, signer);
      mkdirSync(join(dir, 'log/checkpoints'), { recursive: true });
      // The spare bytes were overwritten by the leaf prefix: put the newlines back.
      const withNewlines = Buffer.from(lines.bytes.subarray(1));
      for (let i = 1; i <= events; i++) withNewlines[lines.offsets[i] - 2] = 0x0a;
      writeFileSync(join(dir, 'log/events.ndjson'), withNewlines);
      writeFileSync(join(dir, 'log/leaves.bin'), leaves);
      writeFileSync(join(dir, 'log/checkpoint'), checkpoint.note);
      writeFileSync(join(dir, `log/checkpoints/${events}`), checkpoint.note);
      writeFileSync(join(dir, 'log/checkpoints/index.json'), JSON.stringify([{ size: events, rootHash: builtRoot.toString('base64'), consistency: [] }]));
      t0 = performance.now();
      const report = await verify.verifyPublication(dir, { key: signer.verifier.keyString });
      if (!report.ok) throw new Error(report.failure);
      const seconds = (performance.now() - t0) / 1000;
      endToEnd = { seconds, perSecond: events / seconds, megabytes: withNewlines.length / 1e6 };
      log(`end to end: verifyPublication of ${fmt(events)} events in ${seconds.toFixed(1)} s (${fmt(endToEnd.perSecond)} events/s)`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return {
    events,
    rounds,
    meanBytes,
    node: process.version,
    canonicalPerSecond: events / lines.canonicalSeconds,
    raw,
    build,
    verify: verifyRate,
    ratios: { build: median(ratios.build), verify: median(ratios.verify), buildRange: [Math.min(...ratios.build), Math.max(...ratios.build)], verifyRange: [Math.min(...ratios.verify), Math.max(...ratios.verify)] },
    proofs,
    endToEnd,
    root: builtRoot.toString('base64'),
  };
}

export function merkleSection(r) {
  const title = `## Merkle tree (integrity), ${fmt(r.events)} synthetic public events`;
  if (r.error) return `${title}\n\n**This part failed:** \`${String(r.error?.message ?? r.error).split('\n')[0]}\`\n`;
  const row = (label, m, ratio, range) => `| ${label} | ${fmt(m.median)} | ${fmt(m.min)} – ${fmt(m.max)} | ${ratio === undefined ? '1.00x' : `${ratio.toFixed(2)}x (${range[0].toFixed(2)} – ${range[1].toFixed(2)})`} |`;
  const met = (x) => (x >= MERKLE_RATIO_TARGET ? '**met**' : '**missed**');
  return `${title}

- Inputs: ${fmt(r.events)} RFC 8785 canonical JSON lines shaped like the public log (docs/publication.md: ideas, registrations
  with sealed data and commitments, links, conversations), mean ${r.meanBytes.toFixed(0)} bytes, in one buffer; generated with a
  fixed seed (canonicalising them ran at ${fmt(r.canonicalPerSecond)} records/s, not part of the figures below). Node ${r.node}.
- Method: one warm-up round, then ${r.rounds} rounds. Within a round the three parts take turns every 20,000 lines (so a
  busy machine slows them alike) and each part's time is summed over the whole log; the ratio is taken per round, then
  the median. Raw SHA-256 is \`crypto.hash('sha256', line, 'binary')\` (the fastest digest call found: no buffer allocated
  per hash) over exactly the same lines, in the same run. The leaf prefix byte is written into the spare byte before each
  line (the previous newline), so lines are hashed where they lie.

| measurement | median events/s | range of rounds | ratio to raw SHA-256 (median of rounds) |
| --- | ---: | ---: | ---: |
${row('raw node:crypto SHA-256 of each line', r.raw)}
${row('build: \`MerkleTree.appendSlotted(line)\` (leaf hash, the interior nodes it completes, stored hashes in memory)', r.build, r.ratios.build, r.ratios.buildRange)}
${row('verify: hash each line, compare with its committed leaf (leaves.bin), rebuild the tree, compare the root', r.verify, r.ratios.verify, r.ratios.verifyRange)}

- Target ≥ ${MERKLE_RATIO_TARGET}x the raw SHA-256 rate: build ${met(r.ratios.build)} (${r.ratios.build.toFixed(2)}x), verify ${met(r.ratios.verify)} (${r.ratios.verify.toFixed(2)}x).
  An RFC 9162 tree hashes each line once plus about one 65-byte interior node per leaf (a second native call per event),
  so well under 1x is the ceiling.
- Inclusion proofs (${r.proofs.hashes} hashes each) generated from the stored hashes and checked: ${fmt(r.proofs.perSecond)} proofs/s.
${r.endToEnd ? `- End to end, \`verifyPublication\` on a folder of these ${fmt(r.events)} events (${r.endToEnd.megabytes.toFixed(0)} MB: reads the file, parses and re-canonicalises every line, checks the leaves, the root, the signed checkpoint): ${r.endToEnd.seconds.toFixed(1)} s, ${fmt(r.endToEnd.perSecond)} events/s.\n` : ''}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const results = await runMerkleBench();
  process.stdout.write(`\n${merkleSection(results)}\n`);
}
