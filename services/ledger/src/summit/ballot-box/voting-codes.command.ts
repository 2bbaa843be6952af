import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SpoorError } from '@spoor/contracts';
import { AuthService } from '../../auth/auth.service.js';
import { CommandExecutor } from '../../commands/command-executor.js';
import type { LedgerConfig } from '../../config/config.js';
import { CoreModule } from '../../core.module.js';
import { jsonLogger } from '../../logging/json-logger.js';
import { Projector } from '../../read-model/projector.service.js';
import type { Principal } from '../../shared/use-case.js';
import { hashVotingCode, newVotingCodes } from './voting-code.js';

export interface VotingCodesOptions {
  readonly count: number;
  readonly out: string;
  readonly process?: string;
  readonly token?: string;
}

const system: Principal = { actor: { id: 'system-voting-codes', role: 'system' } };

class UsageError extends Error {}

const processOf = (app: INestApplicationContext, processId: string | undefined): string => {
  const known = Object.keys(app.get(Projector).conversations.processes).sort();
  if (processId !== undefined) {
    if (!known.includes(processId)) throw new UsageError(`--process: there is no process ${processId}; the store holds: ${known.join(', ') || 'none'}`);
    return processId;
  }
  if (known.length !== 1) throw new UsageError(known.length === 0 ? 'the store holds no process yet' : `the store holds several processes (${known.join(', ')}); choose one with --process <id>`);
  return known[0] ?? '';
};

/**
 * `spoor voting-codes issue`: makes one-time codes for the badges, writes them to a file for the
 * printer (0600, never overwritten) and gives the ledger only their hashes. Returns the exit code.
 */
export const runVotingCodesCommand = async (options: VotingCodesOptions, config: LedgerConfig): Promise<number> => {
  if (!Number.isInteger(options.count) || options.count < 1 || options.count > 20000) {
    process.stderr.write('spoor voting-codes issue: --count: must be a whole number from 1 to 20000\n');
    return 1;
  }
  let app: INestApplicationContext | undefined;
  try {
    app = await NestFactory.createApplicationContext(CoreModule.forRoot({ config }), { logger: jsonLogger('warn') });
    const principal = options.token ? app.get(AuthService).tokens.principalOf(options.token) : system;
    if (!principal) throw new UsageError('--token: the token is unknown or revoked');
    const processId = processOf(app, options.process);
    const codes = newVotingCodes(options.count);
    // Written before the ledger hears of them: if the write fails, no unprintable codes are issued.
    try {
      writeFileSync(options.out, `stemcode\n${codes.join('\n')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      throw new UsageError(`--out: cannot write ${options.out}: ${(error as NodeJS.ErrnoException).code === 'EEXIST' ? 'the file exists (codes are never overwritten)' : (error as Error).message}`);
    }
    try {
      await app.get(CommandExecutor).execute('IssueVotingCodes', { commandId: `voting-codes-${randomUUID()}`, processId, codeHashes: codes.map(hashVotingCode) }, principal);
    } catch (error) {
      rmSync(options.out, { force: true }); // refused: these codes would never count, so nobody may print them
      throw error;
    }
    process.stdout.write(`${codes.length} voting codes for process ${processId} written to ${options.out}; the ledger holds only their hashes. Print them on the badges, then keep or destroy the file: it is the only copy.\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof SpoorError)) throw error;
    process.stderr.write(`spoor voting-codes issue: ${error.message}\n`);
    return 1;
  } finally {
    await app?.close();
  }
};
