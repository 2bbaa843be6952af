import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { PublicLogRecord } from '@spoor/contracts';
import { PUBLICATION_PATHS } from '@spoor/verify';
import { buildPortalData, foldPublicModels, publicNumbers } from '@spoor/projections';
import type { Progress } from '../cli/progress.js';
import type { LedgerConfig } from '../config/config.js';
import { IntegrityCliModule } from '../integrity/checkpoint.command.js';
import { publishPublicLog } from '../integrity/publish-log.js';
import { jsonLogger } from '../logging/json-logger.js';
import { writeOpenData } from './open-data/open-data.writer.js';

export interface PublishOptions {
  readonly out: string;
  /** Build the portal into DIR/site (default true). */
  readonly portal?: boolean;
  /** The site's public origin, for canonical links. */
  readonly site?: string;
}

export interface PublishResult {
  readonly treeSize: number;
  readonly rootHash: string;
  readonly receipts: number;
  readonly openDataFiles: number;
  readonly mismatches: number;
}

const say = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

/** Reads the public log back from the publication: the open data and the portal are built from exactly what was published. */
export const readPublishedLog = (outDir: string): PublicLogRecord[] =>
  readFileSync(join(outDir, PUBLICATION_PATHS.events), 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as PublicLogRecord);


const portalBuildScript = (): string => join(dirname(createRequire(import.meta.url).resolve('@spoor/portal/package.json')), 'scripts', 'build.mjs');

const runPortalBuild = (dataFile: string, outDir: string, site: string | undefined): Promise<void> =>
  new Promise((resolvePromise, reject) => {
    const args = [portalBuildScript(), '--data', dataFile, '--out', join(outDir, 'site'), '--open-data', join(outDir, 'open-data'), ...(site ? ['--site', site] : [])];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolvePromise() : reject(new Error(`the portal build failed (exit ${code})`))));
  });

/**
 * `spoor publish --out DIR`: everything public in one step (docs/publication.md): the signed public
 * log and receipts, the snapshot of the public projections, the open data with its data card and
 * licence, and the portal. Publishing twice from the same log gives the same bytes.
 */
export const publish = async (config: LedgerConfig, options: PublishOptions, progress: Progress): Promise<PublishResult> => {
  const outDir = resolve(options.out);
  mkdirSync(outDir, { recursive: true });
  const app = await NestFactory.createApplicationContext(IntegrityCliModule.forRoot(config), { logger: jsonLogger('warn') });
  let log;
  try {
    say('1/4 Publiek logboek, checkpoint en ontvangstbewijzen / public log, checkpoint and receipts');
    log = await publishPublicLog(app, outDir, { progress, warn: (m) => say(`  waarschuwing / warning: ${m}`) });
  } finally {
    await app.close();
  }
  const records = readPublishedLog(outDir);

  say('2/4 Open data');
  const demo = records.some((r) => r.demo === true);
  const files = writeOpenData(outDir, records, { treeSize: log.treeSize, demo });

  say('3/4 Momentopname van de openbare projecties / snapshot of the public projections');
  const models = foldPublicModels(records);
  const portalOptions = { threshold: config.suppressionThreshold, treeSize: log.treeSize };
  mkdirSync(join(outDir, 'data'), { recursive: true });
  const snapshot = { treeSize: log.treeSize, threshold: config.suppressionThreshold, numbers: publicNumbers(models, portalOptions) };
  writeFileSync(join(outDir, PUBLICATION_PATHS.snapshot), `${JSON.stringify(snapshot, null, 1)}\n`);
  const portalData = join(outDir, 'data', 'portal.json');
  writeFileSync(portalData, JSON.stringify(buildPortalData(models, portalOptions)));

  if (options.portal !== false) {
    say('4/4 Portaal / portal');
    await runPortalBuild(portalData, outDir, options.site);
  }
  say(`Gepubliceerd in / published to ${outDir}: ${log.treeSize} gebeurtenissen / events, ${log.receipts} ontvangstbewijzen / receipts, ${files.length * 2} open-databestanden / open-data files`);
  return { treeSize: log.treeSize, rootHash: log.rootHash, receipts: log.receipts, openDataFiles: files.length * 2, mismatches: log.mismatches.length };
};
