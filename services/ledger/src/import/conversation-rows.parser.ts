import type { IdeaKind } from '@spoor/contracts';
import { parseDate, parseKind, parseParticipantRefs, parseRef, type Parsed } from './cell-values.parser.js';
import type { CsvTable } from './csv-table.parser.js';
import type { conversationColumns } from './import-columns.model.js';
import type { ProblemList } from './import-plan.model.js';

export type ConversationKey = (typeof conversationColumns)[number]['key'];

/** One row of a conversations file: one idea, with its conversation's details as far as they are usable. */
export interface ConversationRow {
  readonly line: number;
  readonly date?: string;
  readonly districtCode?: string;
  readonly host?: string;
  /** Undefined when the cell is empty or wrong. */
  readonly participants?: readonly string[];
  readonly text: string;
  readonly kind?: IdeaKind;
}

/** A value of the conversation, and the line it was taken from. */
export interface Sourced<T> {
  readonly value: T;
  readonly line: number;
}

/** The rows of one conversation, in file order, and what they agree on. */
export interface ConversationGroup {
  readonly conversationId: string;
  readonly rows: readonly ConversationRow[];
  readonly date?: Sourced<string>;
  readonly districtCode?: Sourced<string>;
  readonly host?: Sourced<string>;
  readonly participants?: Sourced<readonly string[]>;
  /** Some row names the participants wrongly: that problem is reported, no second one for a missing list. */
  readonly participantsWrong: boolean;
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

const show = (value: string | readonly string[]): string => (typeof value === 'string' ? value : value.join(' '));

/**
 * Parses every row and groups the rows by conversation, in order of first appearance. Date,
 * district, host and participants belong to the conversation, so where a row repeats them they
 * must agree with the first row that gives them; a row that differs is a problem of that row.
 */
export const parseConversationRows = (table: CsvTable, problems: ProblemList<ConversationKey>, resolveDistrict: (cell: string) => Parsed<string>): ConversationGroup[] => {
  const groups = new Map<string, { rows: ConversationRow[]; participantsWrong: boolean }>();
  const value = <T>(line: number, key: ConversationKey, parsed: Parsed<T>): T | undefined => {
    if (parsed.ok) return parsed.value;
    problems.add(line, key, parsed.problem);
    return undefined;
  };

  for (const row of table.rows) {
    if (!problems.checkWidth(row)) continue;
    const { line } = row;
    const conversationId = value(line, 'conversation', parseRef(problems.cell(row, 'conversation'), 'conversation reference'));
    const participantsCell = problems.cell(row, 'participants');
    const participants = value(line, 'participants', parseParticipantRefs(participantsCell));
    const parsed: ConversationRow = {
      line,
      date: value(line, 'date', parseDate(problems.cell(row, 'date'))),
      districtCode: value(line, 'district', resolveDistrict(problems.cell(row, 'district'))),
      host: value(line, 'host', parseRef(problems.cell(row, 'host'), 'host (the ambassador reference, e.g. amb-007)')),
      participants: participants && participants.length > 0 ? participants : undefined,
      text: problems.cell(row, 'idea'),
      kind: value(line, 'kind', parseKind(problems.cell(row, 'kind'))),
    };
    if (conversationId === undefined) continue;
    const group = groups.get(conversationId) ?? { rows: [], participantsWrong: false };
    group.rows.push(parsed);
    if (participants === undefined) group.participantsWrong = true;
    groups.set(conversationId, group);
  }

  return [...groups.entries()].map(([conversationId, { rows, participantsWrong }]) => {
    const agreed = <T extends string | readonly string[]>(key: ConversationKey, pick: (r: ConversationRow) => T | undefined, same: (a: T, b: T) => boolean): Sourced<T> | undefined => {
      const first = rows.find((r) => pick(r) !== undefined);
      if (!first) return undefined;
      const reference = { value: pick(first) as T, line: first.line };
      for (const r of rows) {
        const v = pick(r);
        if (v !== undefined && !same(v, reference.value)) {
          problems.add(r.line, key, `${show(v)} differs from line ${reference.line} (${show(reference.value)}) for conversation ${conversationId}; every row of a conversation gives the same`);
        }
      }
      return reference;
    };
    const equal = (a: string, b: string) => a === b;
    return {
      conversationId,
      rows,
      date: agreed('date', (r) => r.date, equal),
      districtCode: agreed('district', (r) => r.districtCode, equal),
      host: agreed('host', (r) => r.host, equal),
      participants: agreed('participants', (r) => r.participants, sameSet),
      participantsWrong,
    };
  });
};
