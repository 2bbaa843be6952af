#!/usr/bin/env node
/**
 * Builds the portal: Astro (static) from one PortalData file, then Pagefind over the output.
 *
 *   node scripts/build.mjs --data FILE --out DIR [--base /] [--site URL] [--open-data DIR]
 *
 * --data       the PortalData JSON (default: $SPOOR_PORTAL_DATA, else portal/.cache/portal-data.json)
 * --out        where the site goes, e.g. DIR/site of a publication (default: portal/dist); emptied first
 * --base       the path the site is served under (default: /)
 * --site       its public origin, for canonical and hreflang links (default: http://localhost:4321)
 * --open-data  the publication's open-data folder, listed on the open-data page
 * Prints each stage with its time, and the peak memory at the end; exits non-zero on failure.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startSearchIndex } from './search-index.mjs';

// Rendering thousands of pages makes many short-lived strings: a larger young generation halves
// the time spent collecting garbage. The flag must be given to node, so the script starts itself
// again with it when it was not.
const HEAP_FLAG = '--max-semi-space-size=64';
if (!process.execArgv.includes(HEAP_FLAG)) {
  const child = spawn(process.execPath, [HEAP_FLAG, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  await run();
}

async function run() {
  const portalDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' }, base: { type: 'string' }, site: { type: 'string' }, 'open-data': { type: 'string' } } });
  const data = resolve(values.data ?? process.env.SPOOR_PORTAL_DATA ?? join(portalDir, '.cache', 'portal-data.json'));
  const outDir = resolve(values.out ?? join(portalDir, 'dist'));
  const base = values.base ?? process.env.SPOOR_PORTAL_BASE ?? '/';
  if (!existsSync(data)) {
    process.stderr.write(`portal build: no PortalData at ${data}; make one with \`node portal/scripts/sample-data.mjs\` or pass --data FILE\n`);
    process.exit(1);
  }
  process.env.SPOOR_PORTAL_DATA = data;
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  if (values['open-data']) process.env.SPOOR_PORTAL_OPEN_DATA_DIR = resolve(values['open-data']);

  const log = (message) => process.stderr.write(`${message}\n`);
  const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);
  const started = performance.now();

  log(`Portaal bouwen / building the portal from ${data} into ${outDir}`);
  let t = performance.now();
  // Parsed once here and handed to the site (src/lib/data.ts) and to the search index.
  const portalData = JSON.parse(readFileSync(data, 'utf8'));
  globalThis[Symbol.for('spoor.portalData')] = portalData;
  const search = await startSearchIndex(portalData, base);
  rmSync(outDir, { recursive: true, force: true });
  log('1/2 Astro: pagina’s maken / rendering pages (Pagefind takes the ideas meanwhile) ...');
  const { build } = await import('astro');
  try {
    await build({
      root: portalDir,
      outDir,
      base,
      site: values.site ?? process.env.SPOOR_PORTAL_SITE ?? 'http://localhost:4321',
      logLevel: 'warn',
      // Pages wait on the disk between renders; a few at a time keep the processor busy meanwhile.
      build: { concurrency: Number(process.env.SPOOR_PORTAL_CONCURRENCY ?? 4) },
    });
  } catch (error) {
    await search.abort();
    throw error;
  }
  // Astro leaves two empty content-layer stubs in the output of a site without content collections.
  for (const stub of ['content-assets.mjs', 'content-modules.mjs']) rmSync(join(outDir, stub), { force: true });
  log(`1/2 Astro: ${portalData.ideas.length * 2} ideepagina’s en de rest / idea pages and the others in ${seconds(t)} s`);

  t = performance.now();
  log('2/2 Pagefind: zoekindex maken / indexing for search ...');
  const { pages, records } = await search.finish(outDir);
  log(`2/2 Pagefind: ${pages} pagina’s en ${records} ideeën geïndexeerd / pages and idea records indexed in ${seconds(t)} s`);

  const usage = process.resourceUsage();
  const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
  log(`Klaar / done: ${outDir} in ${seconds(started)} s (processor time ${cpu.toFixed(0)} s), peak memory ${(usage.maxRSS / 1024).toFixed(0)} MiB (this process; Pagefind runs as its own process)`);
}
