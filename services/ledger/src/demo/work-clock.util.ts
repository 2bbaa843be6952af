import { addDays, addMinutes, type LocalTime, startOfDay, weekday } from './amsterdam-time.util.js';
import type { SeededRandom } from './seeded-random.util.js';

const OPENS = 9 * 60;
const CLOSES = 17 * 60;

const minuteOfDay = (t: LocalTime): number => (t - startOfDay(t)) / 60_000;
const isWeekend = (t: LocalTime): boolean => weekday(t) === 0 || weekday(t) === 6;

/** The opening of the next working day after `t`'s day, a few minutes past nine. */
export const nextWorkingMorning = (random: SeededRandom, t: LocalTime): LocalTime => {
  let day = addDays(startOfDay(t), 1);
  while (isWeekend(day)) day = addDays(day, 1);
  return addMinutes(day, OPENS + 5 * random.int(0, 5));
};

/**
 * Office hours for desk work such as bundling: time moves on a few minutes per task, and past five
 * o'clock or at the weekend the work continues on the next working morning.
 */
export class WorkClock {
  constructor(
    private readonly random: SeededRandom,
    private time: LocalTime,
  ) {}

  get now(): LocalTime {
    return this.time;
  }

  /** Moves on between `min` and `max` minutes (whole minutes), within office hours. */
  advance(min: number, max: number): LocalTime {
    const next = addMinutes(this.time, this.random.int(min, max));
    this.time = isWeekend(next) || minuteOfDay(next) >= CLOSES ? nextWorkingMorning(this.random, this.time) : next;
    return this.time;
  }

  /** Starts the next working day. */
  nextDay(): LocalTime {
    this.time = nextWorkingMorning(this.random, this.time);
    return this.time;
  }
}
