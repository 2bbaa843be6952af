import type { EventData } from '@spoor/contracts';
import type { Progress } from '../cli/progress.js';
import type { StartedProcess } from '../process/process-context.js';
import type { Principal } from '../shared/use-case.js';
import { parseAgeBand, parseConsent, parseGender, parseRef, type Parsed } from './cell-values.parser.js';
import type { CsvTable } from './csv-table.parser.js';
import { districtResolver } from './district.resolver.js';
import { columnOfField, participantColumns, resolveHeader } from './import-columns.model.js';
import { importCommandId } from './import-ids.util.js';
import { type ImportPlan, type PlannedCommand, ProblemList } from './import-plan.model.js';
import type { LedgerStateReader } from './ledger-state.reader.js';

/** What checking a file needs besides the file: the process, the ledger's state and who imports. */
export interface PlanContext {
  readonly process: StartedProcess;
  readonly state: LedgerStateReader;
  readonly principal: Principal;
  readonly correlationId: string;
  readonly progress: Progress;
}

type ParticipantKey = (typeof participantColumns)[number]['key'];
const COMPARED = ['districtCode', 'ageBand', 'gender'] as const;

/**
 * Checks a participants file row by row against the contracts and the ledger, and plans one
 * RegisterParticipant per row (plus RecordConsent for `ja`). A participant registered before
 * with the same district and bands is already present; with other values it is a problem.
 */
export const planParticipantsImport = async (table: CsvTable, ctx: PlanContext, consentVersion: string): Promise<ImportPlan> => {
  const { process, state, correlationId, progress } = ctx;
  const { processId } = process;
  const header = resolveHeader(table.header, participantColumns, table.headerLine);
  const problems = new ProblemList<ParticipantKey>(header, participantColumns);
  const resolveDistrict = districtResolver(process);
  const firstLine = new Map<string, number>();
  const commands: PlannedCommand[] = [];

  const value = <T>(line: number, key: ParticipantKey, parsed: Parsed<T>): T | undefined => {
    if (parsed.ok) return parsed.value;
    problems.add(line, key, parsed.problem);
    return undefined;
  };

  progress.start(table.rows.length, 'Controleren / checking');
  for (const [done, row] of table.rows.entries()) {
    progress.update(done);
    if (!problems.checkWidth(row)) continue;
    const { line } = row;
    const participantId = value(line, 'participant', parseRef(problems.cell(row, 'participant'), 'participant reference'));
    const districtCode = value(line, 'district', resolveDistrict(problems.cell(row, 'district')));
    const ageBand = value(line, 'ageBand', parseAgeBand(problems.cell(row, 'ageBand')));
    const gender = value(line, 'gender', parseGender(problems.cell(row, 'gender')));
    const consent = value(line, 'consent', parseConsent(problems.cell(row, 'consent')));
    if (participantId !== undefined) {
      const earlier = firstLine.get(participantId);
      if (earlier !== undefined) problems.add(line, 'participant', `participant ${participantId} appears twice in the file (first on line ${earlier})`);
      else firstLine.set(participantId, line);
    }
    if (problems.hasProblems(line) || participantId === undefined) continue;

    const input = { commandId: importCommandId('participant', participantId), correlationId, participantId, processId, districtCode, ageBand, gender, otherBands: {} };
    if (!problems.checkCommand(line, 'RegisterParticipant', input)) continue;
    const existing = await state.participant(participantId);
    if (existing.status === 'registered') {
      if (existing.processId !== processId) {
        problems.add(line, 'participant', `participant ${participantId} is registered in another process (${existing.processId})`);
        continue;
      }
      const registered = (await state.participantRegistration(participantId)) as EventData<'ParticipantRegistered'>;
      const differs = COMPARED.find((field) => registered[field] !== input[field]);
      if (differs) {
        const key = columnOfField(participantColumns, 'RegisterParticipant', differs) ?? null;
        problems.add(line, key, `participant ${participantId} is already registered with ${registered[differs]}; the file says ${String(input[differs])}`);
        continue;
      }
    }
    commands.push({ type: 'RegisterParticipant', input, present: existing.status === 'registered', line });
    if (consent) {
      const consentInput = { commandId: importCommandId('consent', participantId), correlationId, participantId, purpose: 'participation', consentVersion };
      if (!problems.checkCommand(line, 'RecordConsent', consentInput)) continue;
      const given = existing.status === 'registered' && existing.consents.includes('participation');
      commands.push({ type: 'RecordConsent', input: consentInput, present: given, line });
    }
  }
  progress.update(table.rows.length);
  progress.stop();
  return { processId, rows: table.rows.length, problems: problems.items, commands, ignoredColumns: header.ignored, conversations: [] };
};
