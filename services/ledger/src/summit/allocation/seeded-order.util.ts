import { type RandomGenerator, unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';

/** Folds a seed beyond 32 bits into one, so seeds that differ only in their high bits still differ (as round-robin v1 does). */
export const seed32 = (seed: number): number => ((seed % 2 ** 32) ^ Math.floor(seed / 2 ** 32)) | 0;

/** pure-rand's xoroshiro128+, seeded; mutated in place by the helpers below. */
export const seededRandom = (seed: number): RandomGenerator => xoroshiro128plus(seed32(seed));

export const randomIndex = (rng: RandomGenerator, length: number): number => unsafeUniformIntDistribution(0, length - 1, rng);

export const byId = <T extends { readonly id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Fisher-Yates over a copy; callers sort first, so the input order never matters. */
export const shuffle = <T>(items: readonly T[], rng: RandomGenerator): T[] => {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = unsafeUniformIntDistribution(0, i, rng);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
};
