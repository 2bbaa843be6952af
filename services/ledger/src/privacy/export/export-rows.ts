import { isErased, type Vault, VaultError } from '../vault/vault.js';
import { type ConsentPurpose, consentPurposes, type ParticipantRecord } from './participant-records.reader.js';

/** The personal fields the vault may hold, in the order an export lists them. */
export const personalFields = ['name', 'email', 'phone', 'birthYear', 'address', 'notes'] as const;
export type PersonalField = (typeof personalFields)[number];

/** What the export says of a participant's personal data, in Dutch as the organisers read it. */
export const ExportStatus = {
  Present: 'gegevens aanwezig',
  None: 'geen gegevens',
  Erased: 'gegevens gewist',
  Unreadable: 'niet te openen',
} as const;
export type ExportStatus = (typeof ExportStatus)[keyof typeof ExportStatus];

/** One participant in an export. */
export interface ExportRow {
  readonly participantId: string;
  readonly processId: string;
  readonly district: string;
  readonly ageBand: string;
  readonly gender: string;
  readonly otherBands: Readonly<Record<string, string>>;
  readonly status: ExportStatus;
  /** The decrypted fields, empty unless the status is "gegevens aanwezig". */
  readonly personal: Readonly<Partial<Record<PersonalField, string>>>;
  /** Per purpose: true while consent is given. */
  readonly consent: Readonly<Record<ConsentPurpose, boolean>>;
}

const personalOf = (record: ParticipantRecord, vault: Vault): { status: ExportStatus; personal: Partial<Record<PersonalField, string>> } => {
  // The log's erasure wins even if the vault key is not destroyed yet (the reactor may lag or have crashed).
  if (record.erasedOn !== null) return { status: ExportStatus.Erased, personal: {} };
  if (record.sealed === null) return { status: ExportStatus.None, personal: {} };
  try {
    const opened = vault.open(record.sealed);
    if (isErased(opened)) return { status: ExportStatus.Erased, personal: {} };
    const personal: Partial<Record<PersonalField, string>> = {};
    for (const field of personalFields) if (typeof opened[field] === 'string') personal[field] = opened[field];
    return { status: ExportStatus.Present, personal };
  } catch (error) {
    // One person's broken or foreign seal must not stop the invitations of everyone else; it is counted and named.
    if (error instanceof VaultError) return { status: ExportStatus.Unreadable, personal: {} };
    throw error;
  }
};

/** Opens every participant's sealed data with the vault; `consent` keeps only those who gave that consent. */
export const exportRows = (records: readonly ParticipantRecord[], vault: Vault, consent?: ConsentPurpose): ExportRow[] =>
  records
    .filter((r) => consent === undefined || r.consents[consent] !== null)
    .map((record) => ({
      participantId: record.participantId,
      processId: record.processId,
      district: record.districtCode,
      ageBand: record.ageBand,
      gender: record.gender,
      otherBands: record.otherBands,
      ...personalOf(record, vault),
      consent: Object.fromEntries(consentPurposes.map((p) => [p, record.consents[p] !== null])) as Record<ConsentPurpose, boolean>,
    }));

const csvHeaders: Record<PersonalField | ConsentPurpose, string> = {
  name: 'naam',
  email: 'e-mail',
  phone: 'telefoon',
  birthYear: 'geboortejaar',
  address: 'adres',
  notes: 'notities',
  participation: 'toestemming deelname',
  'follow-up-contact': 'toestemming vervolgcontact',
  research: 'toestemming onderzoek',
};

// A spreadsheet runs a cell that starts with = + - @ as a formula (CSV injection), so such text
// gets a leading apostrophe; a phone number such as "+31 6 1234 5678" cannot be a formula and stays.
const neutralise = (value: string): string => (/^[=+\-@\t\r]/u.test(value) && !/^\+?[\d\s().\-/]+$/u.test(value) ? `'${value}` : value);

const csvCell = (value: string): string => {
  const safe = neutralise(value);
  return /[";\r\n]/u.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/**
 * CSV as Excel in Dutch writes and reads it: UTF-8 with a byte-order mark, `;` between cells,
 * Dutch headers; one column per further band (`kenmerk <name>`).
 */
export const toCsv = (rows: readonly ExportRow[]): string => {
  const bandNames = [...new Set(rows.flatMap((r) => Object.keys(r.otherBands)))].sort();
  const header = ['deelnemer', 'proces', 'wijk', 'leeftijd', 'geslacht', ...bandNames.map((b) => `kenmerk ${b}`), 'status', ...personalFields.map((f) => csvHeaders[f]), ...consentPurposes.map((p) => csvHeaders[p])];
  const lines = rows.map((r) => [
    r.participantId,
    r.processId,
    r.district,
    r.ageBand,
    r.gender,
    ...bandNames.map((b) => r.otherBands[b] ?? ''),
    r.status,
    ...personalFields.map((f) => r.personal[f] ?? ''),
    ...consentPurposes.map((p) => (r.consent[p] ? 'ja' : 'nee')),
  ]);
  return `\uFEFF${[header, ...lines].map((cells) => cells.map(csvCell).join(';')).join('\r\n')}\r\n`;
};

export const toJson = (rows: readonly ExportRow[]): string => `${JSON.stringify(rows, null, 2)}\n`;
