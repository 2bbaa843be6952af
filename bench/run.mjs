#!/usr/bin/env node
/**
 * Append-throughput benchmark: `npm run bench` (root), which builds first, then runs this.
 *
 * Measures (a) 1-event appends, one transaction each, with an exact expected revision, and
 * (b) 100-event batches to new streams, for our SQLite store, emmett-sqlite (two ways) and raw
 * better-sqlite3 inserts, on temp files on disk, all WAL + synchronous=FULL. Stores take turns
 * within each round (rotating order); a warm-up round sizes the rounds; the median of the
 * measured rounds is reported. Writes bench/RESULTS.md.
 *
 * bench/ is its own npm package (not a workspace): emmett-sqlite needs the native sqlite3
 * package, which is built from source here. It is installed on first run (npm ci --prefix bench).
 * Env: BENCH_ROUNDS (default 9), BENCH_ROUND_SECONDS (default 1), BENCH_KEEP=1 keeps the files.
 *
 * Then more parts (each in its own file, each also runnable alone):
 *   bench/projections.mjs      rebuild throughput of the read models on the demo scaled x10 (scale-log.mjs)
 *   bench/latency.mjs          GraphQL query latency of the real service under 20 concurrent clients (autocannon)
 *   bench/allocation.mjs       table allocation of 850 attendees against random and greedy (issue #8),
 *   bench/allocation-demo.mjs  and the same on the demo's own summit
 *   bench/merkle.mjs           building and verifying the RFC 9162 tree over 1M public events vs raw SHA-256 (issue #6)
 *   bench/portal-build.mjs     the portal build on the demo and the demo x10: time and peak memory (issue #7)
 *   bench/lighthouse.mjs       Lighthouse 12 scores of the home, a trail and the manifesto page (issue #7)
 * BENCH_PARTS=append,rebuild,latency,allocation,merkle,portal-build,lighthouse (default: all) runs a subset. RESULTS.md is rewritten
 * whole when append, rebuild and latency ran; allocation, merkle, portal-build and lighthouse each
 * rewrite only their own section and keep the others; any other subset prints its results. A part that fails is reported
 * and the exit code is 1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const log = (msg) => process.stdout.write(`[bench] ${msg}\n`);

function ensureInstalled() {
  const marker = join(here, 'node_modules', '.package-lock.json');
  const native = join(here, 'node_modules', 'sqlite3', 'build', 'Release', 'node_sqlite3.node');
  const fresh =
    existsSync(marker) && existsSync(native) && statSync(marker).mtimeMs >= statSync(join(here, 'package-lock.json')).mtimeMs;
  if (fresh) {
    log('bench dependencies already installed (bench/node_modules)');
    return;
  }
  log('installing bench dependencies with `npm ci --prefix bench` (emmett-sqlite, sqlite3 built from source: 1-2 min)...');
  const started = Date.now();
  const r = spawnSync('npm', ['ci', '--prefix', here, '--no-audit', '--no-fund', '--foreground-scripts'], {
    stdio: 'inherit',
    cwd: here,
  });
  if (r.status !== 0) throw new Error(`npm ci --prefix bench failed (exit ${r.status})`);
  log(`installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

const PARTS = new Set((process.env.BENCH_PARTS ?? 'append,rebuild,latency,allocation,merkle,portal-build,lighthouse').split(',').map((p) => p.trim()));
// The bench's own packages: emmett-sqlite for the append part, lighthouse for the lighthouse part.
if (PARTS.has('append') || PARTS.has('lighthouse')) ensureInstalled();
if (!existsSync(join(root, 'services/event-store/dist/index.js'))) {
  throw new Error('services/event-store/dist is missing: run `npm run bench` (it builds first) or `npm run build`');
}
// stores.mjs needs the bench's own packages (emmett-sqlite), installed only for the append part.
const { emmettConnectionStore, emmettStore, makeEvent, rawStore, spoorStore } = PARTS.has('append') ? await import('./stores.mjs') : {};
const { machineInfo, updatePart, writeResults } = await import('./report.mjs');
const { consoleSummary } = await import('./report-sections.mjs');
const { runRebuildBench } = await import('./projections.mjs');
const { runLatencyBench } = await import('./latency.mjs');
const { allocationSection, runAllocationBench } = await import('./allocation.mjs');
const { demoAllocationSection, runDemoAllocationBench } = await import('./allocation-demo.mjs');

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const ROUND_SECONDS = Number(process.env.BENCH_ROUND_SECONDS ?? 1);
const BATCH = 100;
const STREAMS = 100;
const emmettVersion = PARTS.has('append')
  ? JSON.parse(readFileSync(join(here, 'node_modules/@event-driven-io/emmett-sqlite/package.json'), 'utf8')).version
  : undefined;

const WORKLOADS = [
  {
    key: 'single',
    title: '1-event appends (one command = one transaction, exact expected revision, 100 streams round-robin)',
    eventsPerOp: 1,
    warmupOps: 150,
    limits: [100, 20_000],
    prepare: (base, count) => Array.from({ length: count }, (_, i) => [`participant-${(base + i) % STREAMS}`, makeEvent(base + i)]),
    run: (store, [stream, event]) => store.appendOne(stream, event),
  },
  {
    key: 'batch',
    title: `${BATCH}-event batches (one transaction each, new stream, "no stream" expected)`,
    eventsPerOp: BATCH,
    warmupOps: 10,
    limits: [10, 2_000],
    prepare: (base, count) =>
      Array.from({ length: count }, (_, i) => [
        `batch-${base + i}`,
        Array.from({ length: BATCH }, (_, j) => makeEvent((base + i) * BATCH + j)),
      ]),
    run: (store, [stream, events]) => store.appendBatch(stream, events),
  },
];

const STORES = [
  ['spoor', spoorStore],
  ['emmett', emmettStore],
  ['emmettConn', emmettConnectionStore],
  ['raw', rawStore],
];

async function timeOps(store, workload, ops) {
  const t0 = performance.now();
  for (const op of ops) await workload.run(store, op);
  return (performance.now() - t0) / 1000;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (n) => Math.round(n).toLocaleString('en-US');

async function runWorkload(workload, dataDir) {
  log(`--- ${workload.title}`);
  const stores = [];
  for (const [key, make] of STORES) {
    const dir = join(dataDir, workload.key, key);
    mkdirSync(dir, { recursive: true });
    const store = await make(root, dir, emmettVersion);
    stores.push({ key, store, seq: 0, count: 0, rates: [], durability: undefined });
  }
  for (const s of stores) {
    const ops = workload.prepare(s.seq, workload.warmupOps);
    s.seq += ops.length;
    const secs = await timeOps(s.store, workload, ops);
    const rate = ops.length / secs;
    const [lo, hi] = workload.limits;
    s.count = Math.max(lo, Math.min(hi, Math.round(rate * ROUND_SECONDS)));
    s.durability = await s.store.durability();
    log(`warm-up  ${s.store.name.padEnd(44)} ${fmt(rate * workload.eventsPerOp).padStart(9)} events/s -> ${s.count} ops/round`);
  }
  for (let round = 0; round < ROUNDS; round++) {
    const order = stores.map((_, i) => stores[(i + round) % stores.length]);
    const line = [];
    for (const s of order) {
      const ops = workload.prepare(s.seq, s.count);
      s.seq += ops.length;
      const secs = await timeOps(s.store, workload, ops);
      s.rates.push(ops.length / secs);
      line.push(`${s.key} ${fmt((ops.length / secs) * workload.eventsPerOp)}`);
    }
    log(`round ${round + 1}/${ROUNDS}  events/s: ${line.join(' | ')}`);
  }
  for (const s of stores) await s.store.close();
  return stores.map((s) => ({
    key: s.key,
    name: s.store.name,
    library: s.store.library,
    durability: s.durability,
    opsPerSec: median(s.rates),
    eventsPerSec: median(s.rates) * workload.eventsPerOp,
    minEvents: Math.min(...s.rates) * workload.eventsPerOp,
    maxEvents: Math.max(...s.rates) * workload.eventsPerOp,
    opsPerRound: s.count,
    busyRetries: s.store.counter?.retries,
  }));
}

const startedAt = new Date();
const dataDir = join(here, '.data', `run-${startedAt.getTime()}`);
mkdirSync(dataDir, { recursive: true });
const machine = machineInfo(dataDir);
log(`machine: ${machine.cpu} x${machine.cores}, ${machine.ram}, node ${machine.node}, ${machine.os}, files on ${machine.fs}`);
if (PARTS.has('append')) log(`${ROUNDS} measured rounds of ~${ROUND_SECONDS}s per store and workload, after one warm-up round`);
const results = {};
/** Runs one of the new parts; a failure is kept (and reported) instead of losing the other parts. */
async function part(name, fn) {
  log(`=== ${name}`);
  try {
    return await fn();
  } catch (error) {
    log(`${name} FAILED: ${error.stack ?? error}`);
    process.exitCode = 1;
    return { error };
  }
}
let rebuild;
let latency;
let allocation;
try {
  if (PARTS.has('append')) for (const workload of WORKLOADS) results[workload.key] = await runWorkload(workload, dataDir);
  if (PARTS.has('rebuild')) rebuild = await part('read-model rebuild, demo x10', () => runRebuildBench({ root, dataDir: join(dataDir, 'rebuild'), log }));
  if (PARTS.has('latency')) latency = await part('query latency', () => runLatencyBench({ root, log }));
  if (PARTS.has('allocation')) {
    allocation = await part('table allocation', async () => ({ ...(await runAllocationBench({ root, log })), demo: await runDemoAllocationBench({ root, log }) }));
    if (!allocation.error && allocation.violations.length + allocation.demo.violations.length > 0) process.exitCode = 1;
  }
} finally {
  if (process.env.BENCH_KEEP !== '1') rmSync(dataDir, { recursive: true, force: true });
}
// Parts with a section of their own: each writes it into RESULTS.md, keeping the others.
const standalone = {
  merkle: async () => {
    const { merkleSection, runMerkleBench } = await import('./merkle.mjs');
    return merkleSection(await runMerkleBench({ log }));
  },
  'portal-build': async () => {
    const { portalBuildSection, runPortalBuildBench } = await import('./portal-build.mjs');
    return portalBuildSection(await runPortalBuildBench({ root, log }));
  },
  lighthouse: async () => {
    const { lighthouseSection, runLighthouseBench } = await import('./lighthouse.mjs');
    return lighthouseSection(await runLighthouseBench({ root, log }));
  },
};
const standaloneMd = {};
for (const [name, run] of Object.entries(standalone)) {
  if (!PARTS.has(name)) continue;
  const result = await part(name, run);
  const ran = `- Run: ${new Date().toISOString()}, \`BENCH_PARTS=${name} npm run bench\`, on ${machine.cpu}, ${machine.cores} cores, Node.js ${machine.node}.`;
  if (typeof result === 'string') standaloneMd[name] = `${result.trimEnd()}\n${ran}\n`;
}
const seconds = (Date.now() - startedAt.getTime()) / 1000;
const allocationMd =
  allocation &&
  `${allocationSection(allocation)}\n${allocation.error ? '' : demoAllocationSection(allocation.demo)}\n- Date: ${startedAt.toISOString()}; machine: ${machine.cpu}, ${machine.cores} cores, Node.js ${machine.node}.\n`;
const writeStandalone = () => {
  for (const [name, markdown] of Object.entries(standaloneMd)) {
    process.stdout.write(`\n${markdown}\n`);
    updatePart({ here, name, markdown });
  }
};
if (PARTS.has('append') && PARTS.has('rebuild') && PARTS.has('latency')) {
  const file = writeResults({ here, results, workloads: WORKLOADS, machine, startedAt, seconds, rounds: ROUNDS, roundSeconds: ROUND_SECONDS, rebuild, latency, allocation: allocationMd });
  writeStandalone();
  log(`done in ${seconds.toFixed(0)} s; wrote ${file}`);
} else if (allocationMd) {
  process.stdout.write(`\n${allocationMd}\n${PARTS.has('rebuild') || PARTS.has('latency') ? `${consoleSummary(rebuild, latency)}\n` : ''}`);
  const file = updatePart({ here, name: 'allocation', markdown: allocationMd });
  writeStandalone();
  log(`done in ${seconds.toFixed(0)} s; ${file ? `rewrote the allocation section of ${file}, kept the others` : 'no RESULTS.md yet: run the whole bench once to write it'}`);
} else if (Object.keys(standaloneMd).length > 0) {
  writeStandalone();
  log(`done in ${seconds.toFixed(0)} s; rewrote the sections of ${Object.keys(standaloneMd).join(', ')} in RESULTS.md, kept the others`);
} else {
  process.stdout.write(`\n${consoleSummary(rebuild, latency)}\n`);
  log(`done in ${seconds.toFixed(0)} s; BENCH_PARTS=${[...PARTS].join(',')} is a subset, so RESULTS.md was not written`);
}
