/** One thing wrong with a row of an import file: where it is, as the user sees the file, and what. */
export interface ImportProblem {
  /** The file's line where the record starts, counting the header as line 1 (quoted newlines make records span lines). */
  readonly line: number;
  /** The column as the file's header names it, or null when the problem is the row as a whole. */
  readonly column: string | null;
  /** What is wrong, in plain words. */
  readonly problem: string;
}

/** The file cannot be imported at all (unreadable, not UTF-8, a column missing, no such process): one message, no row report. */
export class ImportError extends Error {
  override name = 'ImportError';
}

export const formatProblem = (p: ImportProblem): string => `line ${p.line}${p.column ? `, column ${p.column}` : ''}: ${p.problem}`;

/** In file order; several problems on one line keep the order they were found in. */
export const sortProblems = (problems: readonly ImportProblem[]): ImportProblem[] =>
  problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.line - b.p.line || a.i - b.i)
    .map(({ p }) => p);
