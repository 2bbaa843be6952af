import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Progress } from '../cli/progress.js';
import type { LedgerConfig } from '../config/config.js';
import { publish } from './publish.command.js';

export interface PortalPreview {
  readonly url: string;
  readonly dir: string;
  stop(): void;
}

const serveScript = (): string => join(dirname(createRequire(import.meta.url).resolve('@spoor/portal/package.json')), 'scripts', 'serve.mjs');

/**
 * What `npm start` shows beside the API: publishes the current ledger into
 * `<data dir>/publication` and serves it (the portal's own server: static files, the published
 * log, receipts and open data, and the no-JavaScript receipt lookup).
 */
export const startPortalPreview = async (config: LedgerConfig, port: number, progress: Progress): Promise<PortalPreview> => {
  const dir = join(config.dataDir, 'publication');
  await publish(config, { out: dir, site: `http://localhost:${port}` }, progress);
  const child: ChildProcess = spawn(process.execPath, [serveScript(), '--dir', join(dir, 'site'), '--port', String(port), '--host', config.host], { stdio: ['ignore', 'ignore', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the portal server stopped (exit ${code})`)));
    setTimeout(resolve, 300); // it binds at once; a failure to bind shows as an exit before this
  });
  child.removeAllListeners('exit');
  return { url: `http://localhost:${port}/`, dir, stop: () => child.kill('SIGTERM') };
};
