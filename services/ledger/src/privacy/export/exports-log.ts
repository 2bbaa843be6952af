import * as fs from 'node:fs';
import * as path from 'node:path';

/** One line of `<dataDir>/exports.log`: that an export happened, never what it held. */
export interface ExportLogEntry {
  /** When, ISO 8601. */
  readonly at: string;
  /** The pseudonymous actor id of the organiser's token (see `spoor token list`). */
  readonly actorId: string;
  readonly role: string;
  /** Participants in the export, and how many of them were erased or could not be opened. */
  readonly rows: number;
  readonly erased: number;
  readonly unreadable: number;
  readonly format: 'csv' | 'json';
  /** The file written, or "stdout". */
  readonly destination: string;
  readonly processId: string | null;
  /** The consent the export was limited to, if any. */
  readonly consent: string | null;
  /** The one participant the export was limited to (a pseudonymous id), if any. */
  readonly participantId: string | null;
  /** "written", or "failed" with the reason, appended after a first line when writing failed. */
  readonly outcome: 'started' | 'written' | 'failed';
  readonly error?: string;
}

export const exportsLogPathOf = (dataDir: string): string => path.join(dataDir, 'exports.log');

/**
 * Appends a JSON line to the exports log (mode 0600), for the privacy officer's register of who
 * read personal data back and when. Local on purpose: an event would put it in the public log.
 */
export const appendExportLog = (dataDir: string, entry: ExportLogEntry): void => {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = exportsLogPathOf(dataDir);
  const fd = fs.openSync(file, 'a', 0o600);
  try {
    fs.fchmodSync(fd, 0o600);
    fs.writeSync(fd, `${JSON.stringify(entry)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
};

export const readExportLog = (dataDir: string): ExportLogEntry[] => {
  const file = exportsLogPathOf(dataDir);
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ExportLogEntry);
};
