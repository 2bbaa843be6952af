#!/usr/bin/env node
/**
 * Portal build time and memory (issue #7, part 6):
 *   1. the Leiden demo loaded (`spoor demo`) and published (`spoor publish --out DIR`: log, receipts,
 *      open data, snapshot and the portal), timed as a whole;
 *   2. the portal build alone on that publication's PortalData (`portal/scripts/build.mjs`: Astro,
 *      then Pagefind), target < 60 s;
 *   3. the same build on the demo x10 (`scalePortalData` from portal/scripts/scale-data.mjs: every
 *      conversation and idea ten times over), target < 5 minutes and < 3 GiB peak memory.
 * Peak memory is the largest sum of the resident set sizes of the build process and all its
 * children (Pagefind runs as its own process), sampled from /proc every 100 ms; the largest single
 * process is reported beside it.
 *
 * Called by run.mjs (`runPortalBuildBench`, `portalBuildSection`); also runs alone:
 * `node bench/portal-build.mjs` (after `npm run build`). Env: BENCH_PORTAL_SCALE (default 10),
 * BENCH_KEEP=1 keeps the temporary folder.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const defaultRoot = resolve(here, '..');
export const BUILD_TARGET_SECONDS = 60;
export const SCALED_TARGET_SECONDS = 300;
export const SCALED_TARGET_BYTES = 3 * 2 ** 30;

const PAGE_SIZE = 4096;

/** Every process below `pid` (and `pid`), from /proc/<n>/stat. */
const processTree = (pid) => {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {
      // gone already
    }
  }
  const tree = [];
  for (const queue = [pid]; queue.length > 0; ) {
    const p = queue.shift();
    tree.push(p);
    queue.push(...(children.get(p) ?? []));
  }
  return tree;
};

const rssOf = (pid) => {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
  } catch {
    return 0;
  }
};

/**
 * Runs a command to completion, sampling the memory of its process tree. Resolves with the wall
 * time, the peak of the tree's summed RSS and of its largest process, and what it printed.
 */
export function measured(command, args, { env = {}, cwd, timeoutMs = 20 * 60_000 } = {}) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peakTree = 0;
    let peakProcess = 0;
    const sample = () => {
      const sizes = processTree(child.pid).map(rssOf);
      peakTree = Math.max(peakTree, sizes.reduce((a, b) => a + b, 0));
      peakProcess = Math.max(peakProcess, ...sizes);
    };
    const timer = setInterval(sample, 100);
    const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      clearTimeout(killer);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) reject(new Error(`${args.join(' ')} failed (${signal ?? `exit ${code}`}) after ${seconds.toFixed(0)} s:\n${output.slice(-3000)}`));
      else resolvePromise({ seconds, peakTreeBytes: peakTree, peakProcessBytes: peakProcess, output });
    });
  });
}

const spoorBin = (root) => join(root, 'services', 'ledger', 'bin', 'spoor.js');

/** The Leiden demo, loaded into a scratch store and published into `dir`/publication; timed. */
export async function publishDemo({ root = defaultRoot, dir, log = () => {} }) {
  const store = join(dir, 'store');
  const publication = join(dir, 'publication');
  mkdirSync(store, { recursive: true });
  log('loading the Leiden demo (spoor demo) ...');
  const env = { SPOOR_DATA_DIR: store, LOG_LEVEL: 'warn', SPOOR_SQLITE_SYNCHRONOUS: 'NORMAL' };
  const demo = await measured(process.execPath, [spoorBin(root), 'demo'], { env });
  log(`  ${demo.seconds.toFixed(1)} s; publishing (spoor publish --out) ...`);
  const publish = await measured(process.execPath, [spoorBin(root), 'publish', '--out', publication], { env });
  log(`  ${publish.seconds.toFixed(1)} s`);
  return { publication, demo, publish };
}

/** The stage times build.mjs prints ("1/2 Astro: ... in X s", "2/2 Pagefind: ... in X s"), if it still prints them so. */
const stages = (output) => {
  const astro = /1\/2 Astro:.* in ([\d.]+) s/.exec(output);
  const pagefind = /2\/2 Pagefind:.* in ([\d.]+) s/.exec(output);
  return { astroSeconds: astro ? Number(astro[1]) : null, pagefindSeconds: pagefind ? Number(pagefind[1]) : null };
};

/** The HTML pages and the bytes of a built site. */
const siteOf = (dir) => {
  let pages = 0;
  let bytes = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    if (e.name.endsWith('.html')) pages += 1;
    bytes += statSync(join(e.parentPath ?? e.path, e.name)).size;
  }
  return { pages, siteBytes: bytes };
};

/** One portal build (build.mjs) of a PortalData file into `out`, measured. */
export async function buildPortal({ root = defaultRoot, data, out, openData }) {
  const args = [join(root, 'portal', 'scripts', 'build.mjs'), '--data', data, '--out', out, ...(openData ? ['--open-data', openData] : [])];
  const run = await measured(process.execPath, args, { cwd: root });
  const data_ = JSON.parse(readFileSync(data, 'utf8'));
  const { output, ...measures } = run;
  return { ...measures, ...stages(output), ...siteOf(out), ideas: data_.ideas.length, dataBytes: statSync(data).size };
}

export async function runPortalBuildBench({ root = defaultRoot, log = (m) => process.stdout.write(`[portal-build] ${m}\n`), scale = Number(process.env.BENCH_PORTAL_SCALE ?? 10), keep = process.env.BENCH_KEEP === '1' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'spoor-portal-bench-'));
  try {
    const { publication, demo, publish } = await publishDemo({ root, dir, log });
    const data = join(publication, 'data', 'portal.json');
    if (!existsSync(data)) throw new Error(`spoor publish wrote no PortalData at ${data}`);

    log('building the portal from the demo (build.mjs) ...');
    const single = await buildPortal({ root, data, out: join(dir, 'site-x1'), openData: join(publication, 'open-data') });
    log(`  ${single.seconds.toFixed(1)} s, ${single.pages} pages, peak ${(single.peakTreeBytes / 2 ** 20).toFixed(0)} MiB`);
    rmSync(join(dir, 'site-x1'), { recursive: true, force: true });

    log(`scaling the PortalData x${scale} (portal/scripts/scale-data.mjs) ...`);
    const { scalePortalData } = await import(pathToFileURL(join(root, 'portal', 'scripts', 'scale-data.mjs')).href);
    const scaledFile = join(dir, `portal-x${scale}.json`);
    writeFileSync(scaledFile, JSON.stringify(scalePortalData(JSON.parse(readFileSync(data, 'utf8')), scale)));
    log(`building the portal x${scale} ...`);
    const scaled = await buildPortal({ root, data: scaledFile, out: join(dir, `site-x${scale}`), openData: join(publication, 'open-data') });
    log(`  ${scaled.seconds.toFixed(1)} s, ${scaled.pages} pages, peak ${(scaled.peakTreeBytes / 2 ** 20).toFixed(0)} MiB`);
    return {
      scale,
      demo: { seconds: demo.seconds },
      publish: { seconds: publish.seconds, peakTreeBytes: publish.peakTreeBytes, peakProcessBytes: publish.peakProcessBytes },
      single,
      scaled,
      publication: keep ? publication : undefined,
    };
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
    else log(`kept ${dir}`);
  }
}

const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;
const verdict = (ok) => (ok ? 'met' : '**missed**');

export function portalBuildSection(r) {
  const title = '## Portal build time and memory';
  if (r.error) return `${title}\n\n**This part failed:** \`${String(r.error?.message ?? r.error).split('\n')[0]}\`\n`;
  const row = (label, b) =>
    `| ${label} | ${b.ideas.toLocaleString('en-US')} | ${b.pages?.toLocaleString('en-US') ?? '?'} | ${b.seconds.toFixed(1)} | ${b.astroSeconds?.toFixed(1) ?? '?'} | ${b.pagefindSeconds?.toFixed(1) ?? '?'} | ${mib(b.peakTreeBytes)} | ${mib(b.peakProcessBytes)} | ${mb(b.siteBytes)} |`;
  return `${title}

- The Leiden demo loaded into a scratch store (\`spoor demo\`, ${r.demo.seconds.toFixed(0)} s) and published with \`spoor publish --out DIR\`
  (log, checkpoint, receipts, open data, snapshot and the portal): **${r.publish.seconds.toFixed(1)} s** in all, peak ${mib(r.publish.peakTreeBytes)}.
- Then the portal build alone (\`node portal/scripts/build.mjs --data DIR/data/portal.json\`: Astro, then Pagefind) on that
  PortalData, and on the same data x${r.scale} (\`scalePortalData\`, portal/scripts/scale-data.mjs: every conversation and idea
  ${r.scale} times over, new receipt codes).
- Peak memory: the largest sum of the RSS of the build and its children (Pagefind is its own process), sampled every 100 ms from /proc;
  beside it the largest single process. One run each.

| build | ideas | pages | wall time (s) | Astro (s) | Pagefind (s) | peak memory (tree) | largest process | site size |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${row('Leiden demo', r.single)}
${row(`demo x${r.scale}`, r.scaled)}

- Target: the demo in < ${BUILD_TARGET_SECONDS} s: ${verdict(r.single.seconds < BUILD_TARGET_SECONDS)} (${r.single.seconds.toFixed(1)} s).
- Target: the demo x${r.scale} in < ${SCALED_TARGET_SECONDS / 60} minutes: ${verdict(r.scaled.seconds < SCALED_TARGET_SECONDS)} (${(r.scaled.seconds / 60).toFixed(1)} min),
  and < 3 GiB of memory: ${verdict(r.scaled.peakTreeBytes < SCALED_TARGET_BYTES)} (${(r.scaled.peakTreeBytes / 2 ** 30).toFixed(2)} GiB).
`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await runPortalBuildBench().catch((error) => ({ error }));
  process.stdout.write(`\n${portalBuildSection(results)}`);
  if (results.error) process.exitCode = 1;
}
