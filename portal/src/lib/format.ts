import type { Lang } from './routes';

const locale: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

const dayFormat = (lang: Lang): Intl.DateTimeFormat => {
  const key = `day:${lang}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return f;
};

const numberFormat = (lang: Lang, digits: number): Intl.NumberFormat => {
  const key = `n:${lang}:${digits}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return f;
};

const days = new Map<string, string>();

/** `2018-01-14` (or a date-time: its local day as recorded) as "14 januari 2018" / "14 January 2018". */
export const formatDay = (lang: Lang, isoDay: string): string => {
  // A process has a few hundred distinct days and thousands of pages name them: format each once.
  const key = `${lang}${isoDay.slice(0, 10)}`;
  let text = days.get(key);
  if (text === undefined) days.set(key, (text = dayFormat(lang).format(new Date(`${isoDay.slice(0, 10)}T00:00:00Z`))));
  return text;
};

/** The day of a date-time as it was where it happened: the offset in the text is kept, not converted. */
export const dayOf = (at: string): string => at.slice(0, 10);

/** "1.480" / "1,480". */
export const formatNumber = (lang: Lang, n: number): string => numberFormat(lang, 0).format(n);

/** A share (0..1) as a percentage with one decimal: "12,3%" / "12.3%". */
export const formatShare = (lang: Lang, share: number | null): string => (share === null ? '–' : `${numberFormat(lang, 1).format(share * 100)}%`);

/** Percentage points with a sign: "+1,2 pp" / "−0.4 pp". */
export const formatPoints = (lang: Lang, points: number | null): string => {
  if (points === null) return '–';
  const sign = points > 0 ? '+' : points < 0 ? '−' : '±';
  return `${sign}${numberFormat(lang, 1).format(Math.abs(points))} pp`;
};

/** Paragraphs of a plain text: blank lines separate them. */
export const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');

/** A sentence ending in one full stop, whether or not the text already ends in punctuation. */
export const sentence = (text: string): string => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
