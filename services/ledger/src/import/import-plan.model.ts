import { type CommandType, isSpoorError } from '@spoor/contracts';
import { parseCommandInput } from '../commands/command-input.js';
import type { CsvRow } from './csv-table.parser.js';
import { type ColumnSpec, columnOfField, type ResolvedHeader } from './import-columns.model.js';
import type { ImportProblem } from './import-problem.model.js';

/** One command the import will send, in order. */
export interface PlannedCommand {
  readonly type: CommandType;
  /** The flat input as the executor takes it, commandId included. */
  readonly input: Readonly<Record<string, unknown>>;
  /** Already in the ledger (an earlier import of the same rows): not sent again, counted as already present. */
  readonly present: boolean;
  /** The line it comes from, to name it if the ledger refuses it after all. */
  readonly line: number;
}

/** How many ideas of one conversation the file holds, and how many of them are new. */
export interface ConversationTally {
  readonly conversationId: string;
  readonly ideas: number;
  readonly newIdeas: number;
}

/** The outcome of checking a whole file: every problem, or the commands that import it. */
export interface ImportPlan {
  readonly processId: string;
  readonly rows: number;
  readonly problems: readonly ImportProblem[];
  readonly commands: readonly PlannedCommand[];
  readonly ignoredColumns: readonly string[];
  readonly conversations: readonly ConversationTally[];
}

/** Collects the problems of a file, each on the column the file's header names. */
export class ProblemList<K extends string> {
  readonly items: ImportProblem[] = [];
  private readonly badLines = new Set<number>();

  constructor(
    private readonly header: ResolvedHeader<K>,
    private readonly specs: readonly ColumnSpec<K>[],
  ) {}

  add(line: number, key: K | null, problem: string): void {
    this.items.push({ line, column: key === null ? null : this.header.name[key], problem });
    this.badLines.add(line);
  }

  hasProblems(line: number): boolean {
    return this.badLines.has(line);
  }

  /** The cell of a column, '' when the column is absent or the row short. */
  cell(row: CsvRow, key: K): string {
    const i = this.header.index[key];
    return i === undefined ? '' : (row.cells[i] ?? '');
  }

  /** A row must have as many cells as the header; extra empty cells (a trailing `;`) are forgiven. */
  checkWidth(row: CsvRow): boolean {
    const { width } = this.header;
    const extra = row.cells.slice(width).some((c) => c !== '');
    if (row.cells.length >= width && !extra) return true;
    const hint = row.cells.length > width ? 'a delimiter too many, or a text with a delimiter that is not in quotes' : 'a delimiter missing';
    this.add(row.line, null, `has ${row.cells.length} cells where the header has ${width} (${hint})`);
    return false;
  }

  /**
   * Checks a command's input against its contract, as the executor will; a problem with a field
   * goes on the column that feeds it.
   */
  checkCommand(line: number, type: CommandType, input: Readonly<Record<string, unknown>>): boolean {
    try {
      parseCommandInput(type, input);
      return true;
    } catch (error) {
      if (!isSpoorError(error)) throw error;
      const problems = (error.details?.['problems'] as { field: string; problem: string }[] | undefined) ?? [{ field: error.field ?? '', problem: error.message }];
      for (const { field, problem } of problems) {
        const key = columnOfField(this.specs, type, field);
        this.add(line, key ?? null, key ? problem : `${field || type}: ${problem}`);
      }
      return false;
    }
  }
}
