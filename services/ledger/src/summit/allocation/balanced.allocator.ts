import type { RandomGenerator } from 'pure-rand';
import {
  type AllocationInput,
  type AllocationOptions,
  type AllocationResult,
  type Attendee,
  DEFAULT_ITERATIONS,
  DEFAULT_SAME_ROOM_PAIR_WEIGHT,
  DEFAULT_START_THRESHOLD,
} from './allocation.model.js';
import { compositionOf, type EncodedResident, encodeRoom, measureQuality, RoomMix } from './room-mix.util.js';
import { planSeating, type SeatingPlan } from './seating-plan.util.js';
import { randomIndex, seededRandom, shuffle } from './seeded-order.util.js';

/**
 * Table allocation v2: the hard constraints first (seating-plan.util.ts), then the residents, each
 * to the table where they improve the mix most (greedy), then a local search that swaps two
 * residents whenever that does not make the score worse, for a fixed number of attempts drawn
 * from the seed. Pure and deterministic: the same input, seed and options give the same tables.
 */
export const BALANCED_SWAP = { algorithm: 'balanced-swap', version: 1 } as const;
/** Baselines for the bench and the tests, under the same hard constraints. */
export const GREEDY = { algorithm: 'greedy', version: 1 } as const;
export const RANDOM = { algorithm: 'random', version: 1 } as const;

interface Seating {
  readonly plan: SeatingPlan;
  /** Every resident of the room: placed by hand first, then those to seat. */
  readonly residents: readonly EncodedResident[];
  /** Per resident, the table index (0-based). */
  readonly tableOf: Int32Array;
  /** How many of `residents` are placed by hand (they come first and never move). */
  readonly pinnedCount: number;
  readonly mix: RoomMix;
}

const start = (input: AllocationInput, rng: RandomGenerator, weight: number): Seating => {
  const plan = planSeating(input, rng);
  const pinnedResidents = plan.seated.flatMap((members, t) => members.filter((m) => m.kind === 'participant').map((m) => ({ m, t })));
  const room = encodeRoom([...pinnedResidents.map(({ m }) => m), ...plan.residents]);
  const mix = new RoomMix(room, plan.residentTargets, weight);
  const tableOf = new Int32Array(room.residents.length).fill(-1);
  pinnedResidents.forEach(({ t }, i) => {
    tableOf[i] = t;
    mix.add(room.residents[i] as EncodedResident, t);
  });
  return { plan, residents: room.residents, tableOf, pinnedCount: pinnedResidents.length, mix };
};

const freeSeats = ({ plan }: Seating): number[] => plan.capacities.map((c, t) => c - (plan.seated[t]?.length ?? 0));

/** Seats each resident, in a seeded order, at the open table where they add least to the score. */
const seatGreedily = (seating: Seating, rng: RandomGenerator): void => {
  const open = freeSeats(seating);
  const order = shuffle(
    seating.residents.map((_, i) => i).slice(seating.pinnedCount),
    rng,
  );
  for (const i of order) {
    const r = seating.residents[i] as EncodedResident;
    let best = -1;
    let bestCost = Infinity;
    for (let t = 0; t < open.length; t += 1) {
      if ((open[t] as number) <= 0) continue;
      const cost = seating.mix.addCost(r, t);
      if (cost < bestCost) {
        best = t;
        bestCost = cost;
      }
    }
    seating.tableOf[i] = best;
    open[best] = (open[best] as number) - 1;
    seating.mix.add(r, best);
  }
};

/** Deals the residents, in a seeded order, round the open tables like cards. */
const seatRandomly = (seating: Seating, rng: RandomGenerator): void => {
  const open = freeSeats(seating);
  let t = 0;
  for (const i of shuffle(
    seating.residents.map((_, k) => k).slice(seating.pinnedCount),
    rng,
  )) {
    while ((open[t] as number) <= 0) t = (t + 1) % open.length;
    seating.tableOf[i] = t;
    open[t] = (open[t] as number) - 1;
    seating.mix.add(seating.residents[i] as EncodedResident, t);
    t = (t + 1) % open.length;
  }
};

/**
 * Threshold accepting, a deterministic cousin of simulated annealing: a swap of two residents at
 * different tables is made when it raises the score by at most a threshold that falls in a
 * straight line from `startThreshold` to 0 over the first 80% of the attempts; the last 20% only
 * accept swaps that do not make things worse. The best seating seen is kept, so the result is
 * never worse than the start; `tableOf` ends on it (the counts in `mix` then no longer match).
 * Returns the swaps that made the score strictly lower.
 */
export const improveBySwaps = (
  mix: RoomMix,
  residents: readonly EncodedResident[],
  tableOf: Int32Array,
  movable: readonly number[],
  iterations: number,
  rng: RandomGenerator,
  startThreshold = 0,
): number => {
  let improvements = 0;
  if (movable.length < 2) return 0;
  let current = 0;
  let best = 0;
  const bestTables = Int32Array.from(tableOf);
  const cooling = Math.max(1, Math.floor(iterations * 0.8));
  for (let k = 0; k < iterations; k += 1) {
    const threshold = k < cooling ? Math.floor((startThreshold * (cooling - k)) / cooling) : 0;
    const i = movable[randomIndex(rng, movable.length)] as number;
    const j = movable[randomIndex(rng, movable.length)] as number;
    const ti = tableOf[i] as number;
    const tj = tableOf[j] as number;
    if (ti === tj) continue;
    const x = residents[i] as EncodedResident;
    const y = residents[j] as EncodedResident;
    const cost = mix.swapCost(x, ti, y, tj);
    if (cost > threshold) continue;
    if (cost < 0) improvements += 1;
    mix.remove(x, ti);
    mix.remove(y, tj);
    mix.add(x, tj);
    mix.add(y, ti);
    tableOf[i] = tj;
    tableOf[j] = ti;
    current += cost;
    if (current < best) {
      best = current;
      bestTables.set(tableOf);
    }
  }
  if (current > best) tableOf.set(bestTables);
  return improvements;
};

const result = (
  seating: Seating,
  input: AllocationInput,
  name: { algorithm: string; version: number },
  weight: number,
  search: AllocationResult['search'],
): AllocationResult => {
  const byResident = new Map(seating.plan.residents.map((r) => [r.id, r]));
  const members: Attendee[][] = seating.plan.seated.map((m) => [...m]);
  seating.residents.forEach((r, i) => {
    if (i >= seating.pinnedCount) members[seating.tableOf[i] as number]?.push(byResident.get(r.id) as Attendee);
  });
  const tables = members.map((m, t) => ({ table: t + 1, memberIds: m.map((a) => a.id).sort(), composition: compositionOf(m) }));
  return {
    algorithm: name.algorithm,
    algorithmVersion: name.version,
    seed: input.seed,
    tableSize: seating.plan.tableSize,
    tables,
    quality: measureQuality(tables, input.attendees, weight),
    search,
  };
};

/** The allocation the summit uses: greedy construction, then local search by swaps. */
export const allocateTables = (input: AllocationInput, options: AllocationOptions = {}): AllocationResult => {
  const weight = options.sameRoomPairWeight ?? DEFAULT_SAME_ROOM_PAIR_WEIGHT;
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  const rng = seededRandom(input.seed);
  const seating = start(input, rng, weight);
  seatGreedily(seating, rng);
  const movable = seating.residents.map((_, i) => i).slice(seating.pinnedCount);
  const threshold = Math.round((options.startThreshold ?? DEFAULT_START_THRESHOLD) * seating.residents.length);
  const improvements = improveBySwaps(seating.mix, seating.residents, seating.tableOf, movable, iterations, rng, threshold);
  return result(seating, input, BALANCED_SWAP, weight, { iterations, improvements });
};

/** Baseline: the greedy construction alone. */
export const greedyAllocation = (input: AllocationInput, options: AllocationOptions = {}): AllocationResult => {
  const weight = options.sameRoomPairWeight ?? DEFAULT_SAME_ROOM_PAIR_WEIGHT;
  const rng = seededRandom(input.seed);
  const seating = start(input, rng, weight);
  seatGreedily(seating, rng);
  return result(seating, input, GREEDY, weight, { iterations: 0, improvements: 0 });
};

/** Baseline: residents dealt at random, under the same hard constraints. */
export const randomAllocation = (input: AllocationInput, options: AllocationOptions = {}): AllocationResult => {
  const weight = options.sameRoomPairWeight ?? DEFAULT_SAME_ROOM_PAIR_WEIGHT;
  const rng = seededRandom(input.seed);
  const seating = start(input, rng, weight);
  seatRandomly(seating, rng);
  return result(seating, input, RANDOM, weight, { iterations: 0, improvements: 0 });
};
