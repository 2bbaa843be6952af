/**
 * Rebuild throughput of the read models on the demo scaled xN (bench/scale-log.mjs):
 *   rebuild    the ledger's rebuildProjections(store, dataDir, silentProgress), end to end: read
 *              every page from SQLite, fold every projection, write the checkpoints
 *   read only  the same page reads (readAll, 1,000 a page) without folding, pages dropped
 *   fold only  events already in memory -> new ProjectionSet(ledgerProjections) + apply
 *   checkpoint only  writing the folded read models: SnapshotStore.replaceAll + close
 *   per projection   fold only, one projection at a time (where the fold time goes)
 * Each after one warm-up round; median, min and max over the rounds, in events/s.
 *
 * Called by run.mjs; also runs alone (e.g. under a profiler):
 *   node --cpu-prof --cpu-prof-dir=bench/.data/prof bench/projections.mjs
 * Env: BENCH_SCALE (default 10), BENCH_REBUILD_ROUNDS (default 5).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDemoLog, importDist, readAllEvents, writeScaledLog } from './scale-log.mjs';

const PAGE = 1_000;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (n) => Math.round(n).toLocaleString('en-US');
const secondsSince = (t0) => (performance.now() - t0) / 1000;

/** Runs `fn` once to warm up, then `rounds` times; returns the rates in events/s. */
async function measure(log, label, rounds, events, fn) {
  const rates = [];
  for (let round = 0; round <= rounds; round++) {
    const t0 = performance.now();
    await fn();
    const rate = events / secondsSince(t0);
    if (round > 0) rates.push(rate);
    log(`${label.padEnd(10)} ${round === 0 ? 'warm-up' : `round ${round}/${rounds}`}: ${fmt(rate)} events/s`);
  }
  return { median: median(rates), min: Math.min(...rates), max: Math.max(...rates), rounds };
}

function foldAll(ProjectionSet, projections, events) {
  const set = new ProjectionSet(projections);
  let failures = 0;
  for (const event of events) failures += set.apply(event).length;
  return { set, failures };
}

/** What the scaled log holds according to the folded read models (a check that the copies are independent). */
function readModelCounts(set, projections) {
  const conversations = projections.find((p) => p.name === 'conversations');
  if (!conversations) return undefined;
  const model = set.state(conversations);
  return {
    processes: Object.keys(model.processes).length,
    conversations: Object.keys(model.conversations).length,
    ideas: Object.keys(model.ideas).length,
    receiptCodes: Object.keys(model.ideaIdByReceiptCode).length,
  };
}

export async function runRebuildBench({ root, dataDir, log }) {
  const copies = Number(process.env.BENCH_SCALE ?? 10);
  const rounds = Number(process.env.BENCH_REBUILD_ROUNDS ?? 5);
  const ledger = await importDist(root, 'services/ledger/dist/index.js');
  const { createSqliteEventStore } = await importDist(root, 'services/event-store/dist/index.js');
  const { ProjectionSet, SnapshotStore, ledgerProjections, rebuildProjections, silentProgress } = ledger;

  log(`generating the Leiden demo through the ledger (in-process, like \`spoor demo\`)...`);
  let t0 = performance.now();
  const demo = await generateDemoLog(root, join(dataDir, 'demo'));
  const demoSeconds = secondsSince(t0);
  log(`demo: ${demo.commands} commands -> ${fmt(demo.events.length)} events in ${demoSeconds.toFixed(1)} s`);

  const file = join(dataDir, 'scaled', 'spoor.db');
  log(`writing ${copies} independent copies (one append per event, exact expected revision) to ${file}...`);
  t0 = performance.now();
  const writer = createSqliteEventStore({ file, synchronous: 'NORMAL' });
  let scaled;
  try {
    scaled = await writeScaledLog(writer, demo.events, copies, (copy, written) => log(`  copy ${copy}/${copies} written (${fmt(written)} events)`));
  } finally {
    await writer.close();
  }
  const writeSeconds = secondsSince(t0);
  log(`scaled log: ${fmt(scaled.events)} events in ${fmt(scaled.streams)} streams, written in ${writeSeconds.toFixed(1)} s`);

  const store = createSqliteEventStore({ file });
  try {
    const names = ledgerProjections.map((p) => p.name);
    log(`--- rebuild of ${names.length} projections (${names.join(', ')}) over ${fmt(scaled.events)} events`);
    const rebuildDir = join(dataDir, 'rebuild');
    let rebuildFailures = 0;
    const rebuild = await measure(log, 'rebuild', rounds, scaled.events, async () => {
      const r = await rebuildProjections(store, rebuildDir, silentProgress);
      if (r.events !== scaled.events) throw new Error(`rebuild folded ${r.events} events, expected ${scaled.events}`);
      rebuildFailures += r.failures;
    });
    const readOnly = await measure(log, 'read only', rounds, scaled.events, async () => {
      let after;
      for (;;) {
        const page = await store.readAll({ after, maxCount: PAGE });
        if (page.isEnd || page.lastPosition === undefined) return;
        after = page.lastPosition;
      }
    });
    const events = await readAllEvents(store);
    let last;
    const foldOnly = await measure(log, 'fold only', rounds, scaled.events, () => {
      last = foldAll(ProjectionSet, ledgerProjections, events);
    });
    const snapshots = last.set.snapshots();
    const checkpointDir = join(dataDir, 'checkpoint');
    const checkpointOnly = await measure(log, 'checkpoint', rounds, scaled.events, () => {
      const checkpoints = new SnapshotStore(checkpointDir);
      try {
        checkpoints.replaceAll(snapshots);
      } finally {
        checkpoints.close();
      }
    });
    const checkpointBytes = snapshots.map((snapshot) => ({ name: snapshot.name, bytes: Buffer.byteLength(JSON.stringify(snapshot.state)) }));
    const perProjection = [];
    for (const projection of ledgerProjections) {
      const handled = projection.eventTypes.length === 0 ? events.length : events.filter((e) => projection.eventTypes.includes(e.type)).length;
      const times = [];
      for (let round = 0; round <= 5; round++) {
        const t = performance.now();
        foldAll(ProjectionSet, [projection], events);
        if (round > 0) times.push(performance.now() - t);
      }
      const bytes = checkpointBytes.find((c) => c.name === projection.name)?.bytes ?? 0;
      perProjection.push({ name: projection.name, version: projection.version, handled, ms: median(times), bytes });
    }
    log(`fold time per projection (median of 5, ms): ${perProjection.map((p) => `${p.name} ${p.ms.toFixed(0)}`).join(' | ')}`);
    const counts = readModelCounts(last.set, ledgerProjections);
    if (counts) log(`read models: ${counts.processes} processes, ${fmt(counts.conversations)} conversations, ${fmt(counts.ideas)} ideas, ${fmt(counts.receiptCodes)} receipt codes`);
    return {
      copies,
      demo: { commands: demo.commands, events: demo.events.length, seconds: demoSeconds },
      scaled: { ...scaled, writeSeconds },
      projections: ledgerProjections.map((p) => ({ name: p.name, version: p.version })),
      rebuild,
      readOnly,
      foldOnly,
      checkpointOnly,
      perProjection,
      failures: { rebuild: rebuildFailures, fold: last.failures },
      counts,
    };
  } finally {
    await store.close();
  }
}

// Alone: node bench/projections.mjs (after npm run build).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const here = dirname(fileURLToPath(import.meta.url));
  const dataDir = join(here, '.data', `projections-${Date.now()}`);
  mkdirSync(dataDir, { recursive: true });
  try {
    const r = await runRebuildBench({ root: resolve(here, '..'), dataDir, log: (m) => process.stdout.write(`[bench] ${m}\n`) });
    process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
  } finally {
    if (process.env.BENCH_KEEP !== '1') rmSync(dataDir, { recursive: true, force: true });
  }
}
