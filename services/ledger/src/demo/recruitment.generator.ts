import type { CommandInput } from '@spoor/contracts';
import { type LocalTime, localTime } from './amsterdam-time.util.js';
import { AMBASSADOR_TRAININGS, CALENDAR } from './demo-calendar.data.js';
import { pad } from './demo-command.model.js';
import { DISTRICT_CODES, type DistrictCode } from './leiden-districts.data.js';
import { randomMoment } from './random-moment.util.js';
import type { SeededRandom } from './seeded-random.util.js';

export const AMBASSADOR_COUNT = 100;
export const MIN_AMBASSADORS_PER_DISTRICT = 5;

export type WildcardCategory = CommandInput<'RegisterWildcard'>['category'];

export interface PlannedAmbassador {
  readonly ambassadorId: string;
  readonly districtCode: DistrictCode;
  readonly registeredAt: LocalTime;
  readonly training?: { readonly on: string; readonly at: LocalTime; readonly training: string };
}

export interface PlannedWildcard {
  readonly wildcardId: string;
  readonly category: WildcardCategory;
  readonly registeredAt: LocalTime;
}

/**
 * Ambassadors per district, in proportion to the population (largest remainder), with at least
 * `minimum` in every district so that small districts still have their own living rooms.
 */
export const allocateAmbassadors = (
  totals: Readonly<Record<DistrictCode, number>>,
  count = AMBASSADOR_COUNT,
  minimum = MIN_AMBASSADORS_PER_DISTRICT,
): Record<DistrictCode, number> => {
  const population = DISTRICT_CODES.reduce((sum, code) => sum + totals[code], 0);
  const quota = (code: DistrictCode) => (count * totals[code]) / population;
  const seats = Object.fromEntries(DISTRICT_CODES.map((code) => [code, Math.max(minimum, Math.floor(quota(code)))])) as Record<DistrictCode, number>;
  const byRemainder = [...DISTRICT_CODES].sort((a, b) => quota(b) - Math.floor(quota(b)) - (quota(a) - Math.floor(quota(a))) || a.localeCompare(b));
  let assigned = DISTRICT_CODES.reduce((sum, code) => sum + seats[code], 0);
  for (let i = 0; assigned < count; i += 1, assigned += 1) seats[byRemainder[i % byRemainder.length] as DistrictCode] += 1;
  for (let i = byRemainder.length - 1; assigned > count; i = (i - 1 + byRemainder.length) % byRemainder.length) {
    const code = byRemainder[i] as DistrictCode;
    if (seats[code] > minimum) {
      seats[code] -= 1;
      assigned -= 1;
    }
  }
  return seats;
};

/** 100 ambassadors, numbered in the order they registered; most of them follow a training evening. */
export const planAmbassadors = (random: SeededRandom, totals: Readonly<Record<DistrictCode, number>>): PlannedAmbassador[] => {
  const seats = allocateAmbassadors(totals);
  const { from, to } = CALENDAR.ambassadorRegistration;
  const drafts = DISTRICT_CODES.flatMap((code) =>
    Array.from({ length: seats[code] }, () => ({ districtCode: code, registeredAt: randomMoment(random, from, to, { weekdaysOnly: true, hours: [9, 21] }) })),
  ).sort((a, b) => a.registeredAt - b.registeredAt);
  const untrained = new Set(random.shuffle(drafts.map((_, i) => i)).slice(0, random.int(5, 9)));
  return drafts.map((draft, i): PlannedAmbassador => {
    const ambassadorId = `amb-${pad(i + 1, 3)}`;
    if (untrained.has(i)) return { ambassadorId, ...draft };
    const sessions = AMBASSADOR_TRAININGS.filter((s) => localTime(s.on) > draft.registeredAt);
    const session = random.weighted(sessions, sessions.map((_, k) => (k === sessions.length - 1 ? 0.4 : 1)));
    return { ambassadorId, ...draft, training: { on: session.on, at: localTime(session.on, session.time), training: session.training } };
  });
};

const WILDCARD_CATEGORIES: readonly WildcardCategory[] = ['politician', 'official', 'entrepreneur', 'freethinker'];
const WILDCARD_WEIGHTS = [0.26, 0.22, 0.3, 0.22];

/** Between 72 and 96 wildcards for the summit, over the four categories. */
export const planWildcards = (random: SeededRandom): PlannedWildcard[] => {
  const { from, to } = CALENDAR.wildcardRegistration;
  return Array.from({ length: random.int(72, 96) }, () => ({
    category: random.weighted(WILDCARD_CATEGORIES, WILDCARD_WEIGHTS),
    registeredAt: randomMoment(random, from, to, { weekdaysOnly: true, hours: [9, 18] }),
  }))
    .sort((a, b) => a.registeredAt - b.registeredAt)
    .map((w, i) => ({ wildcardId: `wc-${pad(i + 1, 3)}`, ...w }));
};
