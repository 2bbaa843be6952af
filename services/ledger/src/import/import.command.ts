import { readFile } from 'node:fs/promises';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { EventStore } from '@spoor/event-store';
import { AuthService } from '../auth/auth.service.js';
import type { Progress } from '../cli/progress.js';
import { CommandExecutor } from '../commands/command-executor.js';
import type { LedgerConfig } from '../config/config.js';
import { CoreModule } from '../core.module.js';
import { jsonLogger } from '../logging/json-logger.js';
import { Projector } from '../read-model/projector.service.js';
import type { Principal } from '../shared/use-case.js';
import { EVENT_STORE } from '../store/tokens.js';
import { ImportError, formatProblem } from './import-problem.model.js';
import { type ImportDeps, type ImportResult, importConversations, importParticipants } from './import.runner.js';

/** The ledger itself, importing a file on the command line of someone with access to the store. */
export const importer: Principal = { actor: { id: 'system-import', role: 'system' } };

export interface ImportCommandOptions {
  readonly process?: string;
  readonly dryRun?: boolean;
  readonly keepOpen?: boolean;
  readonly token?: string;
  readonly consentVersion?: string;
}

/** Exit codes: 0 imported (or nothing new), 1 the file or the call is wrong, 2 rows have problems (nothing written). */
export const ExitCode = { Ok: 0, Refused: 1, RowProblems: 2 } as const;

/** Today in the local time zone: the day the organiser imports, which becomes the reports' submission day. */
export const localToday = (now: Date = new Date()): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/** The wiring a running ledger provides, for the CLI and for integration specs. */
export const importDepsOf = (app: INestApplicationContext, principal: Principal, progress?: Progress): ImportDeps => ({
  store: app.get<EventStore>(EVENT_STORE),
  executor: app.get(CommandExecutor),
  projector: app.get(Projector),
  principal,
  progress,
});

const principalOf = (app: INestApplicationContext, token: string | undefined): Principal => {
  if (!token) return importer;
  const principal = app.get(AuthService).tokens.principalOf(token);
  if (!principal) throw new ImportError('the token is unknown or revoked');
  return principal;
};

const readInput = async (file: string): Promise<Buffer> => {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new ImportError(`cannot read the file: ${why}`);
  }
};

/** The summary and the problem report, as printed. */
export const reportOf = (kind: 'participants' | 'conversations', file: string, result: ImportResult): string => {
  const lines: string[] = [];
  if (result.ignoredColumns.length > 0) lines.push(`Not imported (unknown columns): ${result.ignoredColumns.join(', ')}`);
  if (result.problems.length > 0) {
    const n = result.problems.length;
    lines.push(`${file}: ${n} problem${n === 1 ? '' : 's'} in ${new Set(result.problems.map((p) => p.line)).size} of ${result.rows} rows; nothing was imported.`);
    lines.push(...result.problems.map(formatProblem));
    return `${lines.join('\n')}\n`;
  }
  const header = result.dryRun
    ? `${file}: ${result.rows === 1 ? 'the row is' : `${result.rows} rows are`} fine (dry run, nothing written): ${result.toApply} commands to apply, ${result.alreadyPresent} already present.`
    : `${file}: ${result.rows} row${result.rows === 1 ? '' : 's'} imported into process ${result.processId}: ${result.applied} commands applied, ${result.alreadyPresent} already present.`;
  lines.push(header);
  if (kind === 'conversations') {
    for (const c of result.conversations) lines.push(`  ${c.conversationId}: ${c.ideas} idea${c.ideas === 1 ? '' : 's'}${c.newIdeas === c.ideas ? '' : ` (${c.newIdeas} new)`}`);
  }
  return `${lines.join('\n')}\n`;
};

/** `spoor import participants|conversations FILE`: returns the exit code. */
export const runImportCommand = async (
  kind: 'participants' | 'conversations',
  file: string,
  options: ImportCommandOptions,
  config: LedgerConfig,
  progress: Progress,
): Promise<number> => {
  let app: INestApplicationContext | undefined;
  try {
    const input = await readInput(file);
    app = await NestFactory.createApplicationContext(CoreModule.forRoot({ config }), { logger: jsonLogger('warn') });
    const deps = importDepsOf(app, principalOf(app, options.token), progress);
    const common = { processId: options.process, dryRun: options.dryRun };
    const result =
      kind === 'participants'
        ? await importParticipants(input, { ...common, consentVersion: options.consentVersion }, deps)
        : await importConversations(input, { ...common, keepOpen: options.keepOpen, today: localToday() }, deps);
    process.stdout.write(reportOf(kind, file, result));
    return result.problems.length > 0 ? ExitCode.RowProblems : ExitCode.Ok;
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    process.stderr.write(`spoor import ${kind}: ${file}: ${error.message}\n`);
    return ExitCode.Refused;
  } finally {
    await app?.close();
  }
};
