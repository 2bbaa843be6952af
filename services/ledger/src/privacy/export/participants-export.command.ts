import * as fs from 'node:fs';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { EventStore } from '@spoor/event-store';
import { AuthService } from '../../auth/auth.service.js';
import type { LedgerConfig } from '../../config/config.js';
import { CoreModule } from '../../core.module.js';
import { jsonLogger } from '../../logging/json-logger.js';
import type { Principal } from '../../shared/use-case.js';
import { CONFIG, EVENT_STORE, VAULT } from '../../store/tokens.js';
import type { Vault } from '../vault/vault.js';
import { ExportStatus, exportRows, toCsv, toJson } from './export-rows.js';
import { appendExportLog, type ExportLogEntry } from './exports-log.js';
import { type ConsentPurpose, consentPurposes, readParticipantRecords } from './participant-records.reader.js';

export interface ParticipantsExportOptions {
  /** The role the caller says they act in; only "organiser" is accepted. */
  readonly role?: string;
  /** The caller's bearer token; its role must be organiser too. */
  readonly token?: string;
  /** The file to write (created with mode 0600, never overwritten); without it, standard output. */
  readonly out?: string;
  readonly format?: string;
  readonly process?: string;
  /** Only participants who gave this consent, e.g. follow-up-contact. */
  readonly consent?: string;
  /** Only this participant, e.g. to answer their request for access (GDPR art. 15). */
  readonly participant?: string;
}

export interface ParticipantsExportResult {
  readonly rows: number;
  readonly erased: number;
  readonly unreadable: number;
  /** The file written, or null when the content went to `stdout`. */
  readonly out: string | null;
  /** The export itself when no file was given. */
  readonly content: string | null;
}

/** A refused export: the message says why, plainly; nothing was read or written. */
export class ExportRefusedError extends Error {
  override readonly name = 'ExportRefusedError';
}

const formats = ['csv', 'json'] as const;

const mustActAsOrganiser = (options: ParticipantsExportOptions): void => {
  if (options.role !== 'organiser') {
    throw new ExportRefusedError(`only organisers may export personal data; give --role organiser (asked for: ${options.role ?? 'no role'})`);
  }
};

const organiserOf = (app: INestApplicationContext, options: ParticipantsExportOptions): Principal => {
  mustActAsOrganiser(options);
  if (!options.token) {
    throw new ExportRefusedError('needs an organiser token: --token <token> or $SPOOR_TOKEN (create one with `npx spoor token create --role organiser --name ...`)');
  }
  const principal = app.get(AuthService).tokens.principalOf(options.token);
  if (!principal) throw new ExportRefusedError('the token is unknown or revoked');
  if (principal.actor.role !== 'organiser') {
    throw new ExportRefusedError(`the token's role is ${principal.actor.role}; only an organiser's token may export personal data`);
  }
  return principal;
};

const checked = (options: ParticipantsExportOptions): { format: 'csv' | 'json'; consent: ConsentPurpose | undefined } => {
  const format = options.format ?? 'csv';
  if (!(formats as readonly string[]).includes(format)) throw new ExportRefusedError(`--format must be csv or json, got ${format}`);
  if (options.consent !== undefined && !(consentPurposes as readonly string[]).includes(options.consent)) {
    throw new ExportRefusedError(`--consent must be one of ${consentPurposes.join(', ')}, got ${options.consent}`);
  }
  return { format: format as 'csv' | 'json', consent: options.consent as ConsentPurpose | undefined };
};

/** Creates the file for the caller only; an existing file is never overwritten (it may be readable by others). */
const writePrivateFile = (file: string, content: string): void => {
  const fd = fs.openSync(file, 'wx', 0o600);
  try {
    fs.fchmodSync(fd, 0o600);
    fs.writeSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
};

/**
 * `spoor participants export`: every participant with their bands, consents and the personal
 * data the vault opens, for organisers only; erased people appear as "gegevens gewist". Each export
 * is recorded in `<dataDir>/exports.log` (time, actor, row count), never as an event.
 */
export const exportParticipants = async (app: INestApplicationContext, options: ParticipantsExportOptions, now: () => Date = () => new Date()): Promise<ParticipantsExportResult> => {
  const principal = organiserOf(app, options);
  const { format, consent } = checked(options);
  if (options.out !== undefined && fs.existsSync(options.out)) {
    throw new ExportRefusedError(`${options.out} exists already; choose a new file name (an export never overwrites a file)`);
  }
  const config = app.get<LedgerConfig>(CONFIG);
  const records = (await readParticipantRecords(app.get<EventStore>(EVENT_STORE), options.process)).filter(
    (r) => options.participant === undefined || r.participantId === options.participant,
  );
  const rows = exportRows(records, app.get<Vault>(VAULT), consent);
  const content = format === 'csv' ? toCsv(rows) : toJson(rows);
  const entry: ExportLogEntry = {
    at: now().toISOString(),
    actorId: principal.actor.id,
    role: principal.actor.role,
    rows: rows.length,
    erased: rows.filter((r) => r.status === ExportStatus.Erased).length,
    unreadable: rows.filter((r) => r.status === ExportStatus.Unreadable).length,
    format,
    destination: options.out ?? 'stdout',
    processId: options.process ?? null,
    consent: consent ?? null,
    participantId: options.participant ?? null,
    outcome: 'started',
  };
  // Logged before the data leaves, so no export goes unrecorded, even one that fails halfway.
  appendExportLog(config.dataDir, entry);
  if (options.out === undefined) return { rows: entry.rows, erased: entry.erased, unreadable: entry.unreadable, out: null, content };
  try {
    writePrivateFile(options.out, content);
  } catch (error) {
    appendExportLog(config.dataDir, { ...entry, at: now().toISOString(), outcome: 'failed', error: (error as Error).message });
    throw new ExportRefusedError(`cannot write ${options.out}: ${(error as Error).message}`);
  }
  appendExportLog(config.dataDir, { ...entry, at: now().toISOString(), outcome: 'written' });
  return { rows: entry.rows, erased: entry.erased, unreadable: entry.unreadable, out: options.out, content: null };
};

export const personalDataWarning = (result: ParticipantsExportResult): string => {
  const where = result.out ?? 'deze uitvoer / this output';
  return [
    `Let op: ${where} bevat persoonsgegevens van ${result.rows} deelnemers (${result.erased} gewist${result.unreadable ? `, ${result.unreadable} niet te openen` : ''}).`,
    'Gebruik ze alleen voor het doel waarvoor ze zijn gegeven, deel het bestand niet en verwijder het na gebruik. De export staat in exports.log.',
    `Warning: ${where} holds personal data of ${result.rows} participants (${result.erased} erased${result.unreadable ? `, ${result.unreadable} could not be opened` : ''}).`,
    'Use it only for the purpose it was given for, do not share the file, and delete it after use. The export is recorded in exports.log.',
  ].join('\n');
};

/** The CLI: returns the exit code (0 exported, 1 refused). */
export const runParticipantsExport = async (options: ParticipantsExportOptions, config: LedgerConfig): Promise<number> => {
  let app: INestApplicationContext | undefined;
  try {
    mustActAsOrganiser(options);
    app = await NestFactory.createApplicationContext(CoreModule.forRoot({ config }), { logger: jsonLogger('warn') });
    const result = await exportParticipants(app, options);
    if (result.content !== null) process.stdout.write(result.content);
    process.stderr.write(`${personalDataWarning(result)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ExportRefusedError)) throw error;
    process.stderr.write(`spoor participants export: ${error.message}\n`);
    return 1;
  } finally {
    await app?.close();
  }
};
