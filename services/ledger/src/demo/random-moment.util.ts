import { addDays, addMinutes, daysBetween, type LocalTime, localTime, weekday } from './amsterdam-time.util.js';
import type { SeededRandom } from './seeded-random.util.js';

export interface MomentOptions {
  /** Only Monday to Friday. */
  readonly weekdaysOnly?: boolean;
  /** Earliest and latest hour of the day (the latest is exclusive), e.g. [9, 21]. */
  readonly hours?: readonly [number, number];
}

/** A random moment on a random day from `from` to `to` (dates, both included), on whole five minutes. */
export const randomMoment = (random: SeededRandom, from: string, to: string, options: MomentOptions = {}): LocalTime => {
  const first = localTime(from);
  const days = daysBetween(first, localTime(to));
  const [startHour, endHour] = options.hours ?? [9, 21];
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const day = addDays(first, random.int(0, days));
    const dow = weekday(day);
    if (options.weekdaysOnly && (dow === 0 || dow === 6)) continue;
    return addMinutes(day, startHour * 60 + 5 * random.int(0, ((endHour - startHour) * 60) / 5 - 1));
  }
  throw new Error(`no suitable day between ${from} and ${to}`);
};
