import { CsvError, parse } from 'csv-parse/sync';
import { ImportError } from './import-problem.model.js';

/** One record of the file: the line it starts on and its cells, trimmed. */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvTable {
  readonly header: readonly string[];
  readonly headerLine: number;
  readonly rows: readonly CsvRow[];
  readonly delimiter: Delimiter;
}

const DELIMITERS = [';', ',', '\t'] as const;
type Delimiter = (typeof DELIMITERS)[number];

const SAVE_AS_UTF8 = 'in Excel choose "Opslaan als" > "CSV UTF-8 (door komma\'s gescheiden)"; in LibreOffice tick "Tekenset: Unicode (UTF-8)"';

const lineAt = (text: string, index: number): number => text.slice(0, index).split('\n').length;

/** The text of the file; anything but UTF-8 is refused, since a wrong guess would put garbled idea texts on the public record. */
export const decodeUtf8 = (input: Uint8Array | string): string => {
  if (typeof input === 'string') return input;
  if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)) {
    throw new ImportError(`the file is UTF-16 ("Unicode text"), not UTF-8; ${SAVE_AS_UTF8}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(input);
    const line = lineAt(lenient.replace(/\r\n?/g, '\n'), lenient.replace(/\r\n?/g, '\n').indexOf('\uFFFD'));
    throw new ImportError(`the file is not UTF-8 (the first character that is not valid UTF-8 is on line ${line}; probably Windows-1252 or Latin-1); ${SAVE_AS_UTF8}`);
  }
};

/**
 * The delimiter the header row uses most, outside quotes. Accepting `,` and `;` at once would
 * split a semicolon export at every unquoted comma in an idea text, so one file uses one delimiter.
 */
export const detectDelimiter = (text: string): Delimiter => {
  const firstLine = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch as Delimiter)) counts.set(ch as Delimiter, (counts.get(ch as Delimiter) ?? 0) + 1);
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
};

const quoteProblem = (error: CsvError): string => {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted cell is not closed (a " is missing); the file ends inside it';
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a " inside a cell that is not quoted as a whole; put the whole cell in quotes and write an inner quote as ""';
    default:
      return error.message;
  }
};

interface ParsedRecord {
  readonly record: string[];
  readonly info: { readonly lines: number };
  readonly raw: string;
}

/** Where a record starts: csv-parse counts the line it ends on, and the raw text includes skipped blank lines before it. */
const startLine = ({ info, raw }: ParsedRecord): number => {
  const body = raw.replace(/^(?:[ \t]*\n)+/, '').replace(/\n$/, '');
  return info.lines - (body.match(/\n/g)?.length ?? 0);
};

/**
 * Reads a CSV file as spreadsheets export it: UTF-8 with or without BOM, `,` `;` or tab, CRLF or
 * LF, quoted cells with newlines. Rows with no value at all (Excel's `;;;;`) are skipped. Rows
 * with the wrong number of cells are kept, so the import can report them with the others.
 */
export const readCsvTable = (input: Uint8Array | string): CsvTable => {
  const text = decodeUtf8(input).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new ImportError('the file is empty');
  const delimiter = detectDelimiter(text);
  let records: ParsedRecord[];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      columns: false,
      relax_column_count: true,
      // A hand-typed `Een "groene" straat` keeps its quotes instead of stopping the import.
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      raw: true,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    if (error instanceof CsvError) throw new ImportError(`line ${String((error as CsvError & { lines?: number }).lines ?? '?')}: ${quoteProblem(error)}`);
    throw error;
  }
  const filled = records.filter((r) => r.record.some((cell) => cell !== ''));
  const [header, ...rows] = filled;
  if (!header) throw new ImportError('the file is empty');
  if (rows.length === 0) throw new ImportError(`the file has a header row (line ${startLine(header)}) but no rows below it`);
  return {
    header: header.record,
    headerLine: startLine(header),
    rows: rows.map((r) => ({ line: startLine(r), cells: r.record })),
    delimiter,
  };
};
