import type { CommandType } from '@spoor/contracts';
import { ImportError } from './import-problem.model.js';

/**
 * One column of an import file. `feeds` names the contract fields its value goes into, so a
 * schema problem with that field is reported on this column (and a spec checks the fields exist).
 */
export interface ColumnSpec<K extends string = string> {
  readonly key: K;
  /** Accepted header names, Dutch first; compared without case, accents, spaces or punctuation. */
  readonly names: readonly [string, string, ...string[]];
  readonly required: boolean;
  readonly feeds: Partial<Record<CommandType, string>>;
}

export const participantColumns = [
  {
    key: 'participant',
    names: ['deelnemer', 'participant', 'deelnemer id', 'participant id', 'deelnemernummer'],
    required: true,
    feeds: { RegisterParticipant: 'participantId', RecordConsent: 'participantId' },
  },
  { key: 'district', names: ['wijk', 'district', 'wijkcode', 'wijknaam', 'district code'], required: true, feeds: { RegisterParticipant: 'districtCode' } },
  {
    key: 'ageBand',
    names: ['leeftijd', 'age band', 'leeftijdsgroep', 'leeftijdscategorie', 'leeftijdsklasse', 'age group', 'age'],
    required: true,
    feeds: { RegisterParticipant: 'ageBand' },
  },
  { key: 'gender', names: ['geslacht', 'gender', 'sekse', 'sex'], required: true, feeds: { RegisterParticipant: 'gender' } },
  { key: 'consent', names: ['toestemming', 'consent'], required: false, feeds: { RecordConsent: 'purpose' } },
] as const satisfies readonly ColumnSpec[];

export const conversationColumns = [
  {
    key: 'conversation',
    names: ['gesprek', 'conversation', 'gesprek id', 'huiskamergesprek', 'conversation id', 'gespreksreferentie'],
    required: true,
    feeds: { PlanConversation: 'conversationId', RecordConversationHeld: 'conversationId', RecordIdea: 'conversationId', SubmitConversationReport: 'conversationId' },
  },
  { key: 'date', names: ['datum', 'date', 'gespreksdatum'], required: true, feeds: { PlanConversation: 'plannedOn', RecordConversationHeld: 'heldOn' } },
  { key: 'district', names: ['wijk', 'district', 'wijkcode', 'wijknaam', 'district code'], required: true, feeds: { PlanConversation: 'districtCode' } },
  {
    key: 'host',
    names: ['gastheer', 'host', 'gastvrouw', 'gastheer/gastvrouw', 'ambassadeur', 'ambassador'],
    required: true,
    feeds: { PlanConversation: 'ambassadorId' },
  },
  { key: 'idea', names: ['idee', 'idea', 'tekst', 'text'], required: true, feeds: { RecordIdea: 'text' } },
  { key: 'kind', names: ['soort', 'kind', 'wens of behoefte', 'type'], required: true, feeds: { RecordIdea: 'kind' } },
  { key: 'participants', names: ['deelnemers', 'participants'], required: false, feeds: { RecordConversationHeld: 'participantIds' } },
] as const satisfies readonly ColumnSpec[];

/** A header name or value as compared: lower case, no accents, only letters and digits. */
export const normaliseName = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** How the file's header maps onto the columns: the cell index and the header text, per column key. */
export interface ResolvedHeader<K extends string> {
  readonly index: Partial<Record<K, number>>;
  /** The column as the file names it, or (for an absent optional column) its Dutch name. */
  readonly name: Record<K, string>;
  /** Header cells that match no column; their values are not imported (a name column stays out of the ledger). */
  readonly ignored: readonly string[];
  readonly width: number;
}

const label = (spec: ColumnSpec): string => `${spec.names[0]} (${spec.names[1]})`;

/** Matches the header row against the columns; a missing or doubled column stops the import. */
export const resolveHeader = <K extends string>(header: readonly string[], specs: readonly ColumnSpec<K>[], headerLine = 1): ResolvedHeader<K> => {
  const index: Partial<Record<K, number>> = {};
  const name = Object.fromEntries(specs.map((s) => [s.key, s.names[0]])) as Record<K, string>;
  const ignored: string[] = [];
  header.forEach((cell, i) => {
    const spec = specs.find((s) => s.names.some((n) => normaliseName(n) === normaliseName(cell)));
    if (!spec) {
      if (cell !== '') ignored.push(cell);
      return;
    }
    const earlier = index[spec.key];
    if (earlier !== undefined) {
      throw new ImportError(`line ${headerLine}: the columns "${header[earlier] ?? ''}" and "${cell}" are both ${label(spec)}; keep one`);
    }
    index[spec.key] = i;
    name[spec.key] = cell;
  });
  const missing = specs.filter((s) => s.required && index[s.key] === undefined);
  if (missing.length > 0) {
    const expected = specs.map((s) => `${label(s)}${s.required ? '' : ' optional'}`).join(', ');
    throw new ImportError(
      `line ${headerLine}: column ${missing.map(label).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing. ` +
        `The header row has: ${header.filter((c) => c !== '').join(', ') || '(nothing)'}. Expected: ${expected}`,
    );
  }
  return { index, name, ignored, width: header.length };
};

/** The key of the column that feeds a contract field of a command, e.g. `participantIds.2` of RecordConversationHeld. */
export const columnOfField = <K extends string>(specs: readonly ColumnSpec<K>[], type: CommandType, field: string): K | undefined =>
  specs.find((s) => s.feeds[type] === field.split('.')[0])?.key;
