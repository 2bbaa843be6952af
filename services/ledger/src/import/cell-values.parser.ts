import { AgeBandSchema, GenderSchema, IdSchema, IdeaKindSchema, type AgeBand, type Gender, type IdeaKind } from '@spoor/contracts';
import { normaliseName } from './import-columns.model.js';

/** A cell's value, or what is wrong with it. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const bad = <T = never>(problem: string): Parsed<T> => ({ ok: false, problem });

const isCalendarDate = (y: number, m: number, d: number): boolean => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** `2017-10-12`, or day first as Dutch spreadsheets write it: `12-10-2017`, `2-3-2017`, `12/10/2017`, `12.10.2017`. */
export const parseDate = (cell: string): Parsed<string> => {
  if (cell === '') return bad('is empty; give the date of the conversation, e.g. 2017-10-12 or 12-10-2017');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(cell);
  const dutch = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(cell);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]].map(Number) : dutch ? [dutch[4], dutch[3], dutch[1]].map(Number) : [];
  if (y === undefined || m === undefined || d === undefined) return bad(`"${cell}" is not a date; write 2017-10-12 or 12-10-2017 (day first)`);
  if (!isCalendarDate(y, m, d)) return bad(`"${cell}" is not a day of the calendar`);
  return ok(`${y}-${pad2(m)}-${pad2(d)}`);
};

const IDEA_KINDS: Readonly<Record<string, IdeaKind>> = { wens: 'wish', wish: 'wish', behoefte: 'need', need: 'need' };

/** `wens`/`wish` or `behoefte`/`need`. */
export const parseKind = (cell: string): Parsed<IdeaKind> => {
  const kind = IDEA_KINDS[normaliseName(cell)];
  if (cell === '') return bad('is empty; write wens (wish) or behoefte (need)');
  return kind && IdeaKindSchema.options.includes(kind) ? ok(kind) : bad(`"${cell}" is not a kind of idea; write wens (wish) or behoefte (need)`);
};

const GENDERS: Readonly<Record<string, Gender>> = {
  vrouw: 'vrouw',
  v: 'vrouw',
  f: 'vrouw',
  female: 'vrouw',
  woman: 'vrouw',
  man: 'man',
  m: 'man',
  male: 'man',
  x: 'x',
  anders: 'x',
  other: 'x',
  nonbinair: 'x',
  nonbinary: 'x',
  onbekend: 'x',
  unknown: 'x',
};

/** `vrouw`/`v`/`f`/`female`, `man`/`m`/`male`, or `x` (non-binary or not stated; also `anders`, `other`, `onbekend`). */
export const parseGender = (cell: string): Parsed<Gender> => {
  if (cell === '') return bad(`is empty; write ${GenderSchema.options.join(', ')} (x: non-binary or not stated)`);
  const gender = GENDERS[normaliseName(cell)];
  return gender ? ok(gender) : bad(`"${cell}" is not a gender band; write vrouw (v, f), man (m) or x (non-binary or not stated)`);
};

/** A band of AgeBandSchema; spaces, en dashes and a trailing "jaar"/"years" are forgiven (`27 – 39 jaar`). */
export const parseAgeBand = (cell: string): Parsed<AgeBand> => {
  const bands = AgeBandSchema.options.join(', ');
  if (cell === '') return bad(`is empty; write one of the age bands ${bands}`);
  const cleaned = cell
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, '')
    .replace(/(jaar|years|yrs)$/, '');
  const band = AgeBandSchema.safeParse(cleaned);
  return band.success ? ok(band.data) : bad(`"${cell}" is not an age band; write one of ${bands}`);
};

const YES = new Set(['ja', 'j', 'yes', 'y', '1', 'true', 'waar']);
const NO = new Set(['nee', 'n', 'no', '0', 'false', 'onwaar']);

/** `ja`/`yes` records consent, `nee`/`no` or an empty cell records none (and never withdraws one given before). */
export const parseConsent = (cell: string): Parsed<boolean> => {
  const value = normaliseName(cell);
  if (value === '' || NO.has(value)) return ok(false);
  return YES.has(value) ? ok(true) : bad(`"${cell}" is not ja/nee (yes/no)`);
};

/** Participant references separated by spaces, commas or semicolons; empty when the cell is. */
export const parseParticipantRefs = (cell: string): Parsed<string[]> => {
  const refs = cell.split(/[\s,;]+/).filter((r) => r !== '');
  const wrong = refs.find((r) => !IdSchema.safeParse(r).success);
  if (wrong !== undefined) return bad(`"${wrong}" is not a participant reference (letters, digits, "-" and "_")`);
  const twice = refs.find((r, i) => refs.indexOf(r) !== i);
  if (twice !== undefined) return bad(`names participant ${twice} twice`);
  return ok(refs);
};

/** A reference (conversation, participant, host) as an id of the ledger. */
export const parseRef = (cell: string, what: string): Parsed<string> => {
  if (cell === '') return bad(`is empty; give the ${what}`);
  const id = IdSchema.safeParse(cell);
  return id.success ? ok(id.data) : bad(`"${cell}" is not a valid ${what}: ${id.error.issues[0]?.message ?? 'invalid'}`);
};
