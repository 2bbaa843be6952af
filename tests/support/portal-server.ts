import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { exited, freePort, repoRoot } from './spoor-process.js';

export interface ServedPortal {
  /** The site's origin, e.g. http://127.0.0.1:43123 (the site is at /, no trailing slash here). */
  readonly url: string;
  readonly close: () => Promise<void>;
}

/**
 * Serves a publication the way `npm start` serves it, with the portal's own server
 * (portal/scripts/serve.mjs): DIR/site at /, DIR/receipts, /log, /open-data and /data beside it, and
 * the no-JavaScript redirect of the receipt-code form.
 */
export const servePublication = async (publication: string, timeoutMs = 20_000): Promise<ServedPortal> => {
  const port = await freePort();
  const child = spawn(process.execPath, [join(repoRoot, 'portal', 'scripts', 'serve.mjs'), '--dir', join(publication, 'site'), '--port', String(port), '--host', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited(child);
    }
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the portal server exited with ${child.exitCode}:\n${output}`);
    try {
      await fetch(`${url}/`);
      return { url, close };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await close();
  throw new Error(`the portal server did not answer within ${timeoutMs} ms:\n${output}`);
};
