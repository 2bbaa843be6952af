/**
 * Wall-clock time in Leiden, as milliseconds of a naive UTC clock showing the local time. The demo
 * reasons in local dates and hours ("a Tuesday evening at 19:30") and only turns them into instants
 * with the right Europe/Amsterdam offset at the end.
 */
export type LocalTime = number;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const pad = (n: number): string => String(n).padStart(2, '0');

/** `2017-10-12` and `19:30` as a local wall-clock time. */
export const localTime = (date: string, time = '00:00'): LocalTime => {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return Date.UTC(y ?? NaN, (m ?? NaN) - 1, d ?? NaN, hh ?? 0, mm ?? 0);
};

export const addMinutes = (t: LocalTime, minutes: number): LocalTime => t + minutes * MINUTE;
export const addDays = (t: LocalTime, days: number): LocalTime => t + days * DAY;
export const startOfDay = (t: LocalTime): LocalTime => t - (((t % DAY) + DAY) % DAY);

/** The local date, `YYYY-MM-DD`. */
export const localDate = (t: LocalTime): string => new Date(t).toISOString().slice(0, 10);

/** Day of the week, 0 = Sunday. */
export const weekday = (t: LocalTime): number => new Date(t).getUTCDay();

/** Whole days from `a` to `b`, by local date. */
export const daysBetween = (a: LocalTime, b: LocalTime): number => Math.round((startOfDay(b) - startOfDay(a)) / DAY);

/** Local wall-clock time of the last Sunday of a month at a given hour. */
const lastSundayAt = (year: number, monthIndex: number, hour: number): LocalTime => {
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0));
  return Date.UTC(year, monthIndex, lastDay.getUTCDate() - lastDay.getUTCDay(), hour);
};

/**
 * Hours ahead of UTC in Europe/Amsterdam at a local time: +2 in summer time (from the last Sunday
 * of March, 02:00 local, to the last Sunday of October, 03:00 local), +1 otherwise.
 */
export const amsterdamOffsetHours = (t: LocalTime): 1 | 2 => {
  const year = new Date(t).getUTCFullYear();
  return t >= lastSundayAt(year, 2, 2) && t < lastSundayAt(year, 9, 3) ? 2 : 1;
};

/** ISO 8601 with the Europe/Amsterdam offset, e.g. `2017-10-12T19:30:00+02:00`. */
export const toAmsterdamIso = (t: LocalTime): string => {
  const d = new Date(t);
  const clock = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${localDate(t)}T${clock}+${pad(amsterdamOffsetHours(t))}:00`;
};

/** The instant, in real UTC milliseconds. */
export const toUtcMillis = (t: LocalTime): number => t - amsterdamOffsetHours(t) * 60 * MINUTE;
