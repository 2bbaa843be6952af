#!/usr/bin/env node
/**
 * Lighthouse 12 over the published portal (issue #7, part 5): the home page, a trail page and the
 * manifesto, with Lighthouse's default mobile preset (emulated phone, simulated slow 4G and 4x CPU
 * slowdown), in Debian's Chromium (/usr/bin/chromium, started by chrome-launcher). Scores for
 * performance, accessibility, best practices and SEO, target >= 95 each. Each page is run
 * BENCH_LIGHTHOUSE_RUNS times (default 3); the run with the median performance score is kept, its
 * report (JSON, without screenshots and timings) written to bench/lighthouse/<page>.json.
 *
 * The site is served as `npm start` serves it (portal/scripts/serve.mjs) from a publication:
 * BENCH_PUBLICATION=DIR (or `{ publication }`) uses an existing one, otherwise the Leiden demo is
 * loaded and published into a temporary folder first (bench/portal-build.mjs `publishDemo`).
 *
 * Called by run.mjs (`runLighthouseBench`, `lighthouseSection`); also runs alone:
 * `node bench/lighthouse.mjs` (after `npm run build`; installs bench/ with npm ci when lighthouse is missing).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { publishDemo } from './portal-build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const defaultRoot = resolve(here, '..');
export const LIGHTHOUSE_TARGET = 95;
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROMIUM = process.env.SPOOR_CHROMIUM ?? '/usr/bin/chromium';
/** No network on the machine: keep Chromium from reaching out (as the browser tests do). */
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const REPORTS = join(here, 'lighthouse');

function ensureLighthouse(log) {
  if (existsSync(join(here, 'node_modules', 'lighthouse', 'package.json'))) return;
  log('installing the bench dependencies (npm ci --prefix bench) for lighthouse ...');
  const r = spawnSync('npm', ['ci', '--prefix', here, '--no-audit', '--no-fund'], { stdio: 'inherit', cwd: here });
  if (r.status !== 0) throw new Error(`npm ci --prefix bench failed (exit ${r.status})`);
}

const freePort = () =>
  new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePromise(port));
    });
  });

/** The publication served as `npm start` serves it: the site at /, receipts/, log/, open-data/ beside it. */
async function serve(root, publication) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'portal', 'scripts', 'serve.mjs'), '--dir', join(publication, 'site'), '--port', String(port)], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i += 1) {
    if (child.exitCode !== null) throw new Error(`portal/scripts/serve.mjs exited with ${child.exitCode}`);
    if (await fetch(`${url}/`).then(() => true, () => false)) return { url, close: () => child.kill('SIGTERM') };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('portal/scripts/serve.mjs did not answer');
}

/** A trail page worth measuring: an idea the first rooted clause links to (the longest trail), else the first receipt. */
function trailPath(publication) {
  const site = join(publication, 'site');
  const clauses = existsSync(join(site, 'manifest')) ? readdirSync(join(site, 'manifest')).sort() : [];
  for (const clause of clauses) {
    const file = join(site, 'manifest', clause, 'index.html');
    const code = existsSync(file) ? /href="\/idee\/([0-9A-Z]{4}-[0-9A-Z]{4})\/"/.exec(readFileSync(file, 'utf8'))?.[1] : undefined;
    if (code) return `/idee/${code}/`;
  }
  const [first] = JSON.parse(readFileSync(join(publication, 'receipts', 'index.json'), 'utf8'));
  return `/idee/${first}/`;
}

/** Points an audit costs its category: weight x (1 - score), as a share of the category's 100. */
function costs(lhr) {
  const lost = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    const total = category.auditRefs.reduce((n, ref) => n + ref.weight, 0);
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      lost.push({ category: id, audit: ref.id, title: audit.title, points: (100 * ref.weight * (1 - audit.score)) / total, displayValue: audit.displayValue ?? '' });
    }
  }
  return lost.sort((a, b) => b.points - a.points);
}

/** The report without its screenshots (most of its size), to keep in the repository. */
function slim(lhr) {
  const audits = { ...lhr.audits };
  for (const id of ['screenshot-thumbnails', 'final-screenshot']) delete audits[id];
  return { ...lhr, audits, fullPageScreenshot: undefined, i18n: undefined, timing: undefined };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function runLighthouseBench({ root = defaultRoot, log = (m) => process.stdout.write(`[lighthouse] ${m}\n`), publication = process.env.BENCH_PUBLICATION, runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3) } = {}) {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: sudo apt-get install -y chromium`);
  ensureLighthouse(log);
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const version = JSON.parse(readFileSync(join(here, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version;

  let scratch;
  if (!publication) {
    scratch = mkdtempSync(join(tmpdir(), 'spoor-lighthouse-'));
    publication = (await publishDemo({ root, dir: scratch, log })).publication;
  }
  const server = await serve(root, publication);
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
  const chromiumVersion = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const pages = [
    { name: 'home', path: '/' },
    { name: 'trail', path: trailPath(publication) },
    { name: 'manifesto', path: '/manifest/' },
  ];
  const results = [];
  try {
    mkdirSync(REPORTS, { recursive: true });
    for (const page of pages) {
      const attempts = [];
      for (let i = 0; i < runs; i += 1) {
        const result = await lighthouse(`${server.url}${page.path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
        if (!result?.lhr) throw new Error(`lighthouse gave no report for ${page.path}`);
        if (result.lhr.runtimeError) throw new Error(`lighthouse on ${page.path}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
        attempts.push(result.lhr);
      }
      const performance = attempts.map((lhr) => lhr.categories.performance.score);
      const lhr = attempts.find((l) => l.categories.performance.score === median(performance));
      writeFileSync(join(REPORTS, `${page.name}.json`), `${JSON.stringify(slim(lhr))}\n`);
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(lhr.categories[c].score * 100)]));
      const metrics = Object.fromEntries(['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map((id) => [id, lhr.audits[id]?.displayValue ?? '']));
      const benchmarkIndex = attempts.map((l) => Math.round(l.environment.benchmarkIndex));
      results.push({ ...page, scores, performanceRuns: performance.map((s) => Math.round(s * 100)), benchmarkIndex, metrics, costs: costs(lhr) });
      log(`${page.name} ${page.path}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}`);
    }
  } finally {
    await chrome.kill();
    server.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
  return { version, chromium: chromiumVersion, runs, pages: results };
}

export function lighthouseSection(r) {
  const title = '## Portal: Lighthouse (mobile)';
  if (r.error) return `${title}\n\n**This part failed:** \`${String(r.error?.message ?? r.error).split('\n')[0]}\`\n`;
  const cell = (n) => (n >= LIGHTHOUSE_TARGET ? `${n}` : `**${n}**`);
  const rows = r.pages.map((p) => `| ${p.name} (\`${p.path}\`) | ${CATEGORIES.map((c) => cell(p.scores[c])).join(' | ')} | ${p.performanceRuns.join(', ')} | ${p.benchmarkIndex.join(', ')} |`);
  const missed = r.pages.flatMap((p) => CATEGORIES.filter((c) => p.scores[c] < LIGHTHOUSE_TARGET).map((c) => `${p.name} ${c} ${p.scores[c]}`));
  const lost = r.pages.map((p) => {
    const top = p.costs.filter((c) => c.points >= 0.5).slice(0, 6);
    return `- ${p.name}: ${top.length === 0 ? 'nothing costs a point' : top.map((c) => `${c.category} \`${c.audit}\` −${c.points.toFixed(1)}${c.displayValue ? ` (${c.displayValue})` : ''}`).join('; ')}`;
  });
  const metrics = r.pages.map((p) => `- ${p.name}: FCP ${p.metrics['first-contentful-paint']}, LCP ${p.metrics['largest-contentful-paint']}, TBT ${p.metrics['total-blocking-time']}, CLS ${p.metrics['cumulative-layout-shift']}, Speed Index ${p.metrics['speed-index']}`);
  return `${title}

- Lighthouse ${r.version}, default mobile preset (emulated phone, simulated slow 4G, 4x CPU slowdown), in ${r.chromium}
  (chrome-launcher, headless). The portal of a fresh \`spoor publish\` of the Leiden demo, served by portal/scripts/serve.mjs on
  127.0.0.1 (no compression). Each page ${r.runs} times; the run with the median performance score is shown and kept
  in \`bench/lighthouse/<page>.json\` (screenshots and timings removed). Total blocking time is measured on this
  machine's CPU and scaled by the simulated 4x slowdown, so a busy machine (a low benchmarkIndex) costs performance points.

| page | performance | accessibility | best practices | SEO | performance, every run | Lighthouse benchmarkIndex, every run |
| --- | ---: | ---: | ---: | ---: | --- | --- |
${rows.join('\n')}

- Target ≥ ${LIGHTHOUSE_TARGET} in every category: ${missed.length === 0 ? '**met**' : `**missed**: ${missed.join(', ')}`}.
- Metrics (median run):
${metrics.map((m) => `  ${m}`).join('\n')}
- What costs points (category, audit, points lost of 100):
${lost.map((l) => `  ${l}`).join('\n')}
`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await runLighthouseBench().catch((error) => ({ error }));
  process.stdout.write(`\n${lighthouseSection(results)}`);
  if (results.error) {
    process.stderr.write(`${results.error.stack ?? results.error}\n`);
    process.exitCode = 1;
  }
}
