#!/usr/bin/env node
/**
 * Development data for the portal: runs the Leiden demo through the real ledger (in-process, as
 * `spoor demo` does), folds the log with the ledger's own projections and writes the PortalData
 * the site is built from. Needs the workspace built first (`npm run build` at the root).
 *
 *   node scripts/sample-data.mjs [--out FILE] [--data-dir DIR] [--scale N]
 *
 * --data-dir  a SPOOR_DATA_DIR holding spoor.db; the demo is loaded into it when it has none
 *             (default: portal/.cache/demo)
 * --out       where to write the PortalData (default: portal/.cache/portal-data.json)
 * --scale N   a load test only: every conversation and idea N times over (new ids and receipt
 *             codes), to measure the build at N times the demo's size; the counts stay the demo's.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { scalePortalData } from './scale-data.mjs';

const portalDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(portalDir, '..');
const { values } = parseArgs({ options: { out: { type: 'string' }, 'data-dir': { type: 'string' }, scale: { type: 'string' } } });
const out = resolve(values.out ?? join(portalDir, '.cache', 'portal-data.json'));
const dataDir = resolve(values['data-dir'] ?? join(portalDir, '.cache', 'demo'));
const scale = Number(values.scale ?? 1);
const dist = (rel) => import(pathToFileURL(join(root, rel)).href);
const log = (message) => process.stderr.write(`${message}\n`);

const ledger = await dist('services/ledger/dist/index.js');
const { createSqliteEventStore, readAllPages } = await dist('services/event-store/dist/index.js');
const { buildPortalData } = await dist('projections/dist/index.js');

const started = performance.now();
if (!existsSync(join(dataDir, 'spoor.db'))) {
  mkdirSync(dataDir, { recursive: true });
  log(`Demo laden / loading the demo into ${dataDir} ...`);
  const config = ledger.loadConfig({ SPOOR_DATA_DIR: dataDir, LOG_LEVEL: 'warn', SPOOR_SQLITE_SYNCHRONOUS: 'NORMAL' });
  await ledger.runDemo(config, ledger.silentProgress);
}

log('Logboek afspelen / folding the log ...');
const store = createSqliteEventStore({ file: join(dataDir, 'spoor.db') });
const set = new ledger.ProjectionSet(ledger.ledgerProjections);
let events = 0;
try {
  for await (const page of readAllPages(store)) {
    for (const event of page) set.apply(event);
    events += page.length;
  }
} finally {
  await store.close();
}
const models = Object.fromEntries(ledger.ledgerProjections.map((p) => [p.name, set.state(p)]));

log(`Portaaldata maken / building PortalData from ${events} events ...`);
let data = buildPortalData(models, { treeSize: events });
if (scale > 1) data = scalePortalData(data, scale);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(data));
log(`${out}: ${data.ideas.length} ideas, ${(JSON.stringify(data).length / 1e6).toFixed(1)} MB, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
