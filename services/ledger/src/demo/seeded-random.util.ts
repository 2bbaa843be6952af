import { type RandomGenerator, unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';

const FLOAT_SCALE = 2 ** 30;

/** FNV-1a over a label, mixed with a seed: gives each part of the demo its own stream. */
const mix = (seed: number, label: string): number => {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i += 1) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash | 0;
};

/**
 * A seeded source of randomness (pure-rand xoroshiro128+). Every part of the demo forks its own
 * stream by name, so changing how one part draws does not reshuffle the others.
 */
export class SeededRandom {
  private readonly rng: RandomGenerator;

  constructor(readonly seed: number) {
    this.rng = xoroshiro128plus(seed | 0);
  }

  /** An independent stream for one named part of the demo. */
  fork(label: string): SeededRandom {
    return new SeededRandom(mix(this.seed, label));
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return unsafeUniformIntDistribution(min, max, this.rng);
  }

  /** A number in [0, 1). */
  float(): number {
    return unsafeUniformIntDistribution(0, FLOAT_SCALE - 1, this.rng) / FLOAT_SCALE;
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(0, items.length - 1)] as T;
  }

  /** One item, drawn with the given weights (same order as the items). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    const total = weights.reduce((sum, w) => sum + w, 0);
    if (items.length === 0 || total <= 0) throw new Error('weighted pick needs a positive weight');
    let point = this.float() * total;
    for (let i = 0; i < items.length; i += 1) {
      point -= weights[i] ?? 0;
      if (point < 0) return items[i] as T;
    }
    return items[items.length - 1] as T;
  }

  /** A shuffled copy (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = this.int(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }
}
