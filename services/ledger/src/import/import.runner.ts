import { type CommandType, commandDefinitions, isSpoorError } from '@spoor/contracts';
import type { EventStore } from '@spoor/event-store';
import { type Progress, silentProgress } from '../cli/progress.js';
import type { CommandExecutor } from '../commands/command-executor.js';
import type { StartedProcess } from '../process/process-context.js';
import type { Projector } from '../read-model/projector.service.js';
import type { Principal } from '../shared/use-case.js';
import { useCases } from '../use-cases.js';
import { type ConversationsImportOptions, planConversationsImport } from './conversations-import.planner.js';
import { type CsvTable, readCsvTable } from './csv-table.parser.js';
import { importCorrelationId } from './import-ids.util.js';
import type { ConversationTally, ImportPlan, PlannedCommand } from './import-plan.model.js';
import { ImportError, type ImportProblem, sortProblems } from './import-problem.model.js';
import { LedgerStateReader } from './ledger-state.reader.js';
import { type PlanContext, planParticipantsImport } from './participants-import.planner.js';

/** What an import needs from a running ledger. */
export interface ImportDeps {
  readonly store: EventStore;
  readonly executor: CommandExecutor;
  /** For the list of processes, and to let a report count the ideas just imported. */
  readonly projector: Projector;
  readonly principal: Principal;
  readonly progress?: Progress;
}

export interface ImportOptions {
  /** The process to import into; when left out, the only process in the store. */
  readonly processId?: string;
  /** Check and report, write nothing. */
  readonly dryRun?: boolean;
}

export interface ImportResult {
  readonly processId: string;
  readonly rows: number;
  /** Every problem, in file order; when there is one, nothing was written. */
  readonly problems: readonly ImportProblem[];
  /** Commands sent to the ledger (0 on a dry run or with problems). */
  readonly applied: number;
  /** Commands whose effect the ledger already holds (an earlier import of the same rows). */
  readonly alreadyPresent: number;
  /** Commands a dry run would send. */
  readonly toApply: number;
  readonly dryRun: boolean;
  /** Header cells that match no column, whose values were not imported. */
  readonly ignoredColumns: readonly string[];
  readonly conversations: readonly ConversationTally[];
}

/** The day imported reports are submitted on and nothing may have happened after: `today`, YYYY-MM-DD. */
export type ConversationsOptions = ImportOptions & ConversationsImportOptions;
export interface ParticipantsOptions extends ImportOptions {
  /** consentVersion recorded with `toestemming: ja`; "import" when left out. */
  readonly consentVersion?: string;
}

/** Smaller files are checked in a blink; a bar would only flicker. */
const CHECK_PROGRESS_FROM_ROWS = 200;

const mayImport = (principal: Principal, types: readonly CommandType[]): void => {
  const { role } = principal.actor;
  const refused = types.find((type) => role !== 'system' && !useCases[type].roles.includes(role));
  if (refused) throw new ImportError(`a ${role} token may not import this file (${refused} needs one of: ${useCases[refused].roles.join(', ')})`);
};

const resolveProcess = async (processId: string | undefined, deps: ImportDeps, state: LedgerStateReader): Promise<StartedProcess> => {
  const known = Object.keys(deps.projector.conversations.processes).sort();
  const id = processId ?? known[0];
  if (processId === undefined && known.length !== 1) {
    throw new ImportError(known.length === 0 ? 'the store holds no process yet; start one first' : `the store holds several processes (${known.join(', ')}); choose one with --process <id>`);
  }
  const process = id === undefined ? undefined : await state.process(id);
  if (process?.status !== 'started') throw new ImportError(`there is no process ${id ?? ''}${known.length > 0 ? `; the store holds: ${known.join(', ')}` : ''}`);
  return process;
};

/** Sends the new commands in order; a report waits until the read model counts its ideas. */
const execute = async (commands: readonly PlannedCommand[], deps: ImportDeps): Promise<number> => {
  const progress = deps.progress ?? silentProgress;
  const toSend = commands.filter((c) => !c.present);
  if (toSend.length === 0) return 0;
  progress.start(toSend.length, 'Importeren / importing');
  let applied = 0;
  let lastPosition: bigint | undefined;
  try {
    for (const command of toSend) {
      if (command.type === 'SubmitConversationReport' && lastPosition !== undefined) await deps.projector.waitFor(lastPosition, 10_000);
      try {
        const result = await deps.executor.execute(command.type, command.input, deps.principal, { waitForReadModel: false });
        lastPosition = BigInt(result.position);
      } catch (error) {
        const reason = isSpoorError(error) ? `${error.code}: ${error.message}` : (error as Error).message;
        throw new ImportError(
          `line ${command.line}: the ledger refused ${command.type} (${reason}) after ${applied} of ${toSend.length} commands were applied. ` +
            'Fix the cause and import the same file again: what was applied is recognised and not repeated.',
        );
      }
      applied += 1;
      progress.update(applied);
    }
  } finally {
    progress.stop();
  }
  return applied;
};

const runImport = async (
  file: Uint8Array | string,
  kind: 'participants' | 'conversations',
  options: ImportOptions,
  deps: ImportDeps,
  plan: (table: CsvTable, ctx: PlanContext) => Promise<ImportPlan>,
): Promise<ImportResult> => {
  const table = readCsvTable(file);
  const state = new LedgerStateReader(deps.store);
  const process = await resolveProcess(options.processId, deps, state);
  const progress = deps.progress && table.rows.length >= CHECK_PROGRESS_FROM_ROWS ? deps.progress : silentProgress;
  const planned = await plan(table, { process, state, principal: deps.principal, correlationId: importCorrelationId(kind, file), progress });
  const problems = sortProblems(planned.problems);
  const alreadyPresent = planned.commands.filter((c) => c.present).length;
  const toApply = planned.commands.length - alreadyPresent;
  const write = problems.length === 0 && !options.dryRun;
  const applied = write ? await execute(planned.commands, deps) : 0;
  return {
    processId: planned.processId,
    rows: planned.rows,
    problems,
    applied,
    alreadyPresent,
    toApply: problems.length === 0 ? toApply : 0,
    dryRun: options.dryRun ?? false,
    ignoredColumns: planned.ignoredColumns,
    conversations: planned.conversations,
  };
};

/**
 * Imports a participants CSV (one row per participant): all rows or none. Registers each new
 * participant and, for `toestemming: ja`, records consent to participation.
 */
export const importParticipants = async (file: Uint8Array | string, options: ParticipantsOptions, deps: ImportDeps): Promise<ImportResult> => {
  mayImport(deps.principal, ['RegisterParticipant', 'RecordConsent']);
  const consentVersion = options.consentVersion ?? 'import';
  if (!commandDefinitions.RecordConsent.schema.shape.consentVersion.safeParse(consentVersion).success) {
    throw new ImportError(`--consent-version: "${consentVersion}" must be 1 to 40 characters`);
  }
  return runImport(file, 'participants', options, deps, (table, ctx) => planParticipantsImport(table, ctx, consentVersion));
};

/**
 * Imports a conversations CSV (one row per idea): all rows or none. Per conversation it plans,
 * records as held, records every idea and submits the report, skipping what is already there.
 */
export const importConversations = async (file: Uint8Array | string, options: ConversationsOptions, deps: ImportDeps): Promise<ImportResult> => {
  mayImport(deps.principal, options.keepOpen ? ['PlanConversation', 'RecordConversationHeld', 'RecordIdea'] : ['PlanConversation', 'RecordConversationHeld', 'RecordIdea', 'SubmitConversationReport']);
  return runImport(file, 'conversations', options, deps, (table, ctx) => planConversationsImport(table, ctx, options));
};
