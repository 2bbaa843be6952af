import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './spoor-process.js';

const run = promisify(execFile);
const bin = join(repoRoot, 'services', 'ledger', 'bin', 'spoor.js');
const PREFIX = 'spoor-browser-run-';

/** Reuse a publication made earlier (`spoor publish --out DIR`) instead of loading the demo and publishing it again. */
export const PUBLICATION_ENV = 'SPOOR_E2E_PUBLICATION';

/** Runs `spoor <args>` as a separate process; on failure the error carries its output. */
export const spoor = async (args: string[], env: NodeJS.ProcessEnv, timeoutMs = 600_000): Promise<void> => {
  try {
    await run(process.execPath, [bin, ...args], { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const e = error as { message: string; stdout?: string; stderr?: string };
    throw new Error(`spoor ${args.join(' ')} failed: ${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
};

/** `spoor publish --out DIR` over the store in dataDir: log, receipts, open data and the portal in DIR/site. */
export const publishStore = async (dataDir: string, out: string): Promise<string> => {
  await spoor(['publish', '--out', out], { SPOOR_DATA_DIR: dataDir });
  if (!existsSync(join(out, 'site', 'index.html'))) throw new Error(`spoor publish wrote no portal: ${join(out, 'site', 'index.html')} is missing`);
  return out;
};

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * The jest process this file runs under: spec files in worker processes (their parent) and in
 * band (this process) agree on it, so they share one publication per `npm test`.
 */
const runId = (): number => (typeof process.send === 'function' ? process.ppid : process.pid);

/** Removes the publications of earlier runs whose jest has exited. */
const sweepEarlierRuns = (): void => {
  for (const name of readdirSync(tmpdir())) {
    const pid = Number(name.slice(PREFIX.length));
    if (name.startsWith(PREFIX) && Number.isInteger(pid) && pid !== runId() && !isAlive(pid)) rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const makeDemoPublication = async (dir: string): Promise<string> => {
  const dataDir = join(dir, 'store');
  mkdirSync(dataDir, { recursive: true });
  // A scratch store: trading durability on power loss for a faster demo load is fine here.
  await spoor(['demo'], { SPOOR_DATA_DIR: dataDir, SPOOR_SQLITE_SYNCHRONOUS: 'NORMAL' });
  await publishStore(dataDir, join(dir, 'publication'));
  rmSync(dataDir, { recursive: true, force: true });
  return join(dir, 'publication');
};

/**
 * The Leiden demo, published once per test run: the first spec file to ask loads the demo into a
 * scratch store and runs `spoor publish`; the others wait for it. $SPOOR_E2E_PUBLICATION points
 * at an existing publication instead.
 */
export const demoPublication = async (timeoutMs = 900_000): Promise<string> => {
  const given = process.env[PUBLICATION_ENV];
  if (given) {
    if (!existsSync(join(given, 'site', 'index.html'))) throw new Error(`${PUBLICATION_ENV}=${given} is not a publication with a portal (no site/index.html)`);
    return given;
  }
  sweepEarlierRuns();
  const dir = join(tmpdir(), `${PREFIX}${runId()}`);
  mkdirSync(dir, { recursive: true });
  const ready = join(dir, 'ready');
  const failed = join(dir, 'failed');
  let first = false;
  try {
    mkdirSync(join(dir, 'lock'));
    first = true;
  } catch {
    // another spec file of this run is making it
  }
  if (first) {
    try {
      writeFileSync(ready, await makeDemoPublication(dir));
    } catch (error) {
      writeFileSync(failed, String((error as Error).message));
      throw error;
    }
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(ready)) return readFileSync(ready, 'utf8');
    if (existsSync(failed)) throw new Error(`publishing the demo failed (in another spec file of this run):\n${readFileSync(failed, 'utf8')}`);
    await sleep(500);
  }
  throw new Error(`the demo publication in ${dir} was not ready after ${timeoutMs / 1000} s`);
};

/** The receipt codes of a publication (receipts/index.json). */
export const receiptCodes = (publication: string): string[] => JSON.parse(readFileSync(join(publication, 'receipts', 'index.json'), 'utf8')) as string[];

export interface PublishedIdea {
  readonly receiptCode: string;
  readonly text: string | null;
}

/** The ideas as the public log records them (IdeaRecorded), with their latest public text. */
export const publishedIdeas = (publication: string): Map<string, PublishedIdea> => {
  const ideas = new Map<string, PublishedIdea>();
  const byId = new Map<string, string>();
  for (const line of readFileSync(join(publication, 'log', 'events.ndjson'), 'utf8').split('\n')) {
    if (line === '') continue;
    const record = JSON.parse(line) as { type: string; data: { ideaId?: string; receiptCode?: string; text?: string } };
    const { ideaId, receiptCode, text } = record.data;
    if (record.type === 'IdeaRecorded' && ideaId && receiptCode) {
      byId.set(ideaId, receiptCode);
      ideas.set(receiptCode, { receiptCode, text: text ?? null });
    } else {
      const code = ideaId === undefined ? undefined : byId.get(ideaId);
      if (code && record.type === 'IdeaTextRevised') ideas.set(code, { receiptCode: code, text: text ?? null });
      if (code && record.type === 'IdeaWithdrawn') ideas.set(code, { receiptCode: code, text: null });
    }
  }
  return ideas;
};
