import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';
import type { Attendee } from '../allocation.model.js';

/**
 * A summit room shaped like Leiden's (for tests and bench/allocation.mjs): living rooms of 7 or 8
 * residents, each hosted in a district weighted by its population, most guests from that district
 * and of an age close to the host's; genders about 53 / 45.5 / 1.5 %; plus wildcards. Invented
 * but deterministic from the seed.
 */
const DISTRICTS: readonly (readonly [string, number])[] = [
  ['WK054600', 8595],
  ['WK054601', 14960],
  ['WK054602', 3540],
  ['WK054603', 14875],
  ['WK054604', 21460],
  ['WK054605', 15480],
  ['WK054606', 15310],
  ['WK054607', 5120],
  ['WK054608', 13370],
  ['WK054609', 11043],
];
const CENTRE = new Set(['WK054600', 'WK054601', 'WK054602']);
const AGES = ['18-26', '27-39', '40-54', '55-64', '65-74', '75+'];
const AGE_WEIGHTS = { centre: [40, 25, 13, 10, 8, 4], elsewhere: [12, 20, 24, 18, 16, 10] };
const GENDERS: readonly (readonly [string, number])[] = [
  ['vrouw', 530],
  ['man', 455],
  ['x', 15],
];

export interface LeidenRoomSpec {
  readonly livingRooms: number;
  readonly residents: number;
  readonly wildcards: number;
  readonly seed: number;
}

export const leidenRoom = ({ livingRooms, residents, wildcards, seed }: LeidenRoomSpec): Attendee[] => {
  const rng = xoroshiro128plus(seed | 0);
  const int = (max: number): number => unsafeUniformIntDistribution(0, max - 1, rng);
  const weighted = <T>(items: readonly T[], weights: readonly number[]): T => {
    let pick = int(weights.reduce((a, b) => a + b, 0));
    for (const [i, w] of weights.entries()) {
      if (pick < w) return items[i] as T;
      pick -= w;
    }
    return items[items.length - 1] as T;
  };
  const district = (): string => weighted(
    DISTRICTS.map(([code]) => code),
    DISTRICTS.map(([, n]) => n),
  );
  const ageIn = (home: string): string => weighted(AGES, CENTRE.has(home) ? AGE_WEIGHTS.centre : AGE_WEIGHTS.elsewhere);
  const people: Attendee[] = [];
  for (let room = 0; room < livingRooms; room += 1) {
    const home = district();
    const hostAge = ageIn(home);
    const size = Math.floor(((room + 1) * residents) / livingRooms) - Math.floor((room * residents) / livingRooms);
    for (let k = 0; k < size; k += 1) {
      people.push({
        id: `p-${String(people.length + 1).padStart(4, '0')}`,
        kind: 'participant',
        districtCode: int(100) < 87 ? home : district(),
        ageBand: int(100) < 50 ? hostAge : ageIn(home),
        gender: weighted(
          GENDERS.map(([g]) => g),
          GENDERS.map(([, w]) => w),
        ),
        conversationId: `c-${String(room + 1).padStart(3, '0')}`,
      });
    }
  }
  for (let w = 0; w < wildcards; w += 1) people.push({ id: `w-${String(w + 1).padStart(3, '0')}`, kind: 'wildcard' });
  return people;
};
