/**
 * Query latency of the public GraphQL API under concurrent clients, with autocannon (root
 * devDependency) against the real service: `spoor serve --demo` on a temp data folder and a free
 * port. ~200 receipt codes are taken from `ideas(first: 1000)`, every one is queried once up front
 * (warm-up, and a check that none answers with GraphQL `errors`), then each query runs for
 * BENCH_LATENCY_SECONDS (default 15) with BENCH_CONNECTIONS (default 20) connections, the codes
 * rotating per request, after a 3 s unmeasured warm-up. Latencies are taken from every response
 * (ms, sub-millisecond precision) rather than from autocannon's whole-millisecond histogram.
 *
 * Called by run.mjs; also runs alone: node bench/latency.mjs (after npm run build). Env:
 * BENCH_SERVICE_NODE_ARGS passes node flags to the service (e.g. --cpu-prof --cpu-prof-dir=DIR).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const TRAIL_QUERY = `query Trail($code: String!) {
  ideaTrail(receiptCode: $code) {
    found receiptCode outcome explanation { nl en }
    idea { ideaId kind text status withdrawalReason recordedAt processTitle }
    conversation { districtCode districtName heldOn }
    steps {
      kind at date rationale label { nl en }
      themes { themeId title } workingGroup { title } proposal { proposalId title version }
      clause { clauseId number } manifesto { title } vote { votes rank of chosen cutOffVotes }
    }
    themes { themeId title status }
    proposals { proposalId title status version namesIdea }
    clauses { clauseId number status }
  }
}`;

const BY_CODE_QUERY = `query ByCode($code: String!) {
  ideaByReceiptCode(receiptCode: $code) { text status conversation { districtCode heldOn } }
}`;

/** The queries to measure, each only when the schema has its field. */
export const LATENCY_QUERIES = [
  { field: 'ideaTrail', query: TRAIL_QUERY, found: (data) => data?.ideaTrail?.found === true },
  { field: 'ideaByReceiptCode', query: BY_CODE_QUERY, found: (data) => data?.ideaByReceiptCode != null },
];

const freePort = () =>
  new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

async function startService(root, log) {
  const dataDir = mkdtempSync(join(tmpdir(), 'spoor-bench-latency-'));
  const port = await freePort();
  const env = { ...process.env, SPOOR_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
  delete env.SPOOR_STORE;
  // e.g. BENCH_SERVICE_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the service under load.
  const nodeArgs = (process.env.BENCH_SERVICE_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, join(root, 'services/ledger/bin/spoor.js'), 'serve', '--demo'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((r) => child.once('exit', (code, signal) => r({ code, signal })));
  let exit;
  exited.then((e) => (exit = e));
  const base = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  log(`starting the service: spoor serve --demo on port ${port}, data in ${dataDir} (loads the demo first)...`);
  for (;;) {
    if (exit) throw new Error(`the service exited (${JSON.stringify(exit)}) before it was ready:\n${output}`);
    if (performance.now() - t0 > 180_000) {
      child.kill('SIGKILL');
      throw new Error(`the service was not ready after 180 s:\n${output}`);
    }
    const ready = await fetch(`${base}/readyz`).then((r) => r.status === 200, () => false);
    if (ready) break;
    await sleep(250);
  }
  const startSeconds = (performance.now() - t0) / 1000;
  log(`service ready after ${startSeconds.toFixed(1)} s`);
  const stop = async () => {
    if (!exit) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const e = await exited;
      clearTimeout(timer);
      log(`service stopped (${e.signal ? `signal ${e.signal}` : `exit code ${e.code}`})`);
    }
    rmSync(dataDir, { recursive: true, force: true });
    return exit;
  };
  return { url: `${base}/graphql`, startSeconds, stop };
}

async function gql(url, query, variables = {}) {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await r.json();
  if (r.status !== 200 || body.errors) throw new Error(`GraphQL ${r.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return body.data;
}

function pickCodes(nodes, count) {
  const codes = nodes.map((n) => n.receiptCode);
  const step = Math.max(1, Math.floor(codes.length / count));
  return codes.filter((_, i) => i % step === 0).slice(0, count);
}

async function load(url, query, codes, { connections, seconds, record }) {
  let next = 0;
  const latencies = [];
  const instance = autocannon({
    url,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify({ query, variables: { code: codes[next++ % codes.length] } }) }) }],
  });
  if (record) instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  return { result, latencies };
}

export async function runLatencyBench({ root, log }) {
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
  const seconds = Number(process.env.BENCH_LATENCY_SECONDS ?? 15);
  const service = await startService(root, log);
  try {
    const fields = (await gql(service.url, '{ __schema { queryType { fields { name } } } }')).__schema.queryType.fields.map((f) => f.name);
    const queries = LATENCY_QUERIES.filter((q) => fields.includes(q.field));
    log(`schema has ${LATENCY_QUERIES.map((q) => `${q.field}: ${fields.includes(q.field) ? 'yes' : 'no'}`).join(', ')}`);
    const ideas = (await gql(service.url, '{ ideas(first: 1000) { totalCount nodes { receiptCode } } }')).ideas;
    const codes = pickCodes(ideas.nodes, 200);
    log(`${codes.length} receipt codes picked from the first ${ideas.nodes.length} of ${ideas.totalCount} ideas`);
    const results = [];
    for (const q of queries) {
      // Every code once: the sample check (no GraphQL errors, the idea is found) and a warm-up.
      let bytes = 0;
      for (const code of codes) {
        const data = await gql(service.url, q.query, { code });
        if (!q.found(data)) throw new Error(`${q.field}(${code}) found nothing: ${JSON.stringify(data).slice(0, 300)}`);
        bytes += JSON.stringify(data).length;
      }
      log(`--- ${q.field}: all ${codes.length} codes answer without errors (mean response ${Math.round(bytes / codes.length)} bytes of data); warm-up 3 s...`);
      await load(service.url, q.query, codes, { connections, seconds: 3, record: false });
      log(`${q.field}: ${connections} connections for ${seconds} s...`);
      const { result, latencies } = await load(service.url, q.query, codes, { connections, seconds, record: true });
      const sorted = Float64Array.from(latencies).sort();
      const row = {
        field: q.field,
        query: q.query,
        connections,
        seconds: result.duration,
        requests: result.requests.total,
        requestsPerSec: result.requests.total / result.duration,
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        p99: percentile(sorted, 99),
        max: sorted[sorted.length - 1],
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        meanBytes: Math.round(bytes / codes.length),
      };
      log(
        `${q.field}: ${Math.round(row.requestsPerSec)} req/s, p50 ${row.p50.toFixed(2)} ms, p95 ${row.p95.toFixed(2)} ms, p99 ${row.p99.toFixed(2)} ms, errors ${row.errors}, timeouts ${row.timeouts}, non-2xx ${row.non2xx}`,
      );
      results.push(row);
    }
    const version = JSON.parse(readFileSync(join(root, 'node_modules/autocannon/package.json'), 'utf8')).version;
    return { autocannon: version, fields: LATENCY_QUERIES.map((q) => ({ field: q.field, present: fields.includes(q.field) })), codes: codes.length, ideas: ideas.totalCount, startSeconds: service.startSeconds, results };
  } finally {
    await service.stop();
  }
}

// Alone: node bench/latency.mjs (after npm run build).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const r = await runLatencyBench({ root, log: (m) => process.stdout.write(`[bench] ${m}\n`) });
  process.stdout.write(`${JSON.stringify({ ...r, results: r.results.map(({ query, ...rest }) => rest) }, null, 2)}\n`);
}
