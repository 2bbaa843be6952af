import { replayPublicNumbers } from './replay.js';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Replay, VerifyReport } from './verifier/report.js';
import { VerifyUsageError, verifyPublication } from './verifier/verify-publication.js';

export const USAGE = `Usage: spoor-verify DIR|URL [options]

Checks a published Spoor record without trusting whoever published it.
Controleert een gepubliceerd Spoor-dossier zonder de uitgever te vertrouwen.

  --key KEY         the log's verifier key string to pin (name+keyid+base64), as announced by the organisers
  --key-file FILE   read the key string from a file
  --state DIR       where the last accepted checkpoint per log is kept (default: $SPOOR_VERIFY_STATE,
                    else $XDG_STATE_HOME/spoor-verify or ~/.local/state/spoor-verify)
  --no-state        keep no state: do not compare with checkpoints seen before
  --json            print the report as JSON on stdout
  -h, --help        this text

Exit code: 0 verified, 1 a mismatch (the message names it), 2 usage error or unreadable source.`;

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Replays the log into the snapshot's numbers (wired to @spoor/projections by the caller). */
  readonly replay?: Replay;
}

// The project's own projections replay the log by default, so the snapshot's numbers are always checked.
const defaultIo = (): CliIo => ({ stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), env: process.env, replay: replayPublicNumbers });

const defaultStateDir = (env: CliIo['env']): string =>
  env['SPOOR_VERIFY_STATE'] ?? join(env['XDG_STATE_HOME'] ?? join(homedir(), '.local', 'state'), 'spoor-verify');

const summary = (r: VerifyReport): string =>
  r.ok
    ? `Klopt / Verified: ${r.source}: ${r.counts.events} events, root ${r.rootHash}, ${r.counts.checkpoints} checkpoint(s), ${r.counts.receipts} receipt(s)${r.key?.pinned ? '' : ' (key not pinned)'}\n`
    : `Klopt niet / Mismatch: ${r.failure}\n`;

/** Runs the verifier as a command; returns the exit code (0 verified, 1 mismatch, 2 usage). */
export const runVerifyCli = async (argv: readonly string[], io: CliIo = defaultIo()): Promise<number> => {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        key: { type: 'string' },
        'key-file': { type: 'string' },
        state: { type: 'string' },
        'no-state': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr(`spoor-verify: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1 || (values.key && values['key-file']) || (values.state && values['no-state'])) {
    io.stderr(`spoor-verify: give one DIR or URL, and at most one of --key/--key-file and of --state/--no-state\n\n${USAGE}\n`);
    return 2;
  }
  try {
    const key = values['key-file'] ? readFileSync(values['key-file'], 'utf8').trim() : values.key;
    const report = await verifyPublication(positionals[0], {
      key,
      stateDir: values['no-state'] ? undefined : (values.state ?? defaultStateDir(io.env)),
      replay: io.replay,
      onProgress: (line) => io.stderr(`${line}\n`),
    });
    io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : summary(report));
    return report.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof VerifyUsageError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
      io.stderr(`spoor-verify: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
};
