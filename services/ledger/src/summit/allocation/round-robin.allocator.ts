import type { z } from 'zod';
import { type AllocatedTableSchema, ErrorCode, SpoorError } from '@spoor/contracts';
import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';

/**
 * Table allocation v1 ("round-robin"): simple and provably correct, not yet balanced by district
 * or band (issue #8 replaces it). Pure: the same attendees, seed, size and placements always give
 * the same tables, so anyone can re-run it. docs/summit.md describes it step by step.
 */
export const ROUND_ROBIN = { algorithm: 'round-robin', version: 1 } as const;

export type AllocatedTable = z.infer<typeof AllocatedTableSchema>;

/** Someone to seat: a wildcard, or a resident with the bands the public composition counts. */
export type Seatable =
  | { readonly id: string; readonly kind: 'wildcard' }
  | { readonly id: string; readonly kind: 'participant'; readonly districtCode: string; readonly ageBand: string; readonly gender: string };

export interface Placement {
  readonly attendeeId: string;
  readonly table: number;
}

export interface AllocationInput {
  readonly attendees: readonly Seatable[];
  readonly seed: number;
  readonly tableSize: number;
  readonly manualPlacements: readonly Placement[];
}

/** Folds a seed beyond 32 bits into one, so seeds that differ only in their high bits still differ. */
const seed32 = (seed: number): number => ((seed % 2 ** 32) ^ Math.floor(seed / 2 ** 32)) | 0;

/** Fisher-Yates with pure-rand's xoroshiro128+, over the attendees sorted by id (input order never matters). */
const shuffled = <T extends { readonly id: string }>(items: readonly T[], seed: number): T[] => {
  const rng = xoroshiro128plus(seed32(seed));
  const copy = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = unsafeUniformIntDistribution(0, i, rng);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
};

/** Number of tables: the attendees divided by the target size, rounded, at least one. */
export const tableCountFor = (attendees: number, tableSize: number): number => Math.max(1, Math.round(attendees / tableSize));

const refuse = (code: ErrorCode, field: string, problem: string): SpoorError => new SpoorError(code, `${field}: ${problem}`, field);

/** Checks the placements by hand, in the order given, so the error names the first one at fault. */
const checkPlacements = (input: AllocationInput, byId: ReadonlyMap<string, Seatable>, tables: number): void => {
  const wildcardAt = new Set<number>();
  const placed = new Set<string>();
  input.manualPlacements.forEach(({ attendeeId, table }, i) => {
    const attendee = byId.get(attendeeId);
    if (placed.has(attendeeId)) throw refuse(ErrorCode.BadUserInput, `manualPlacements.${i}.attendeeId`, `${attendeeId} is placed twice`);
    placed.add(attendeeId);
    if (!attendee) {
      throw refuse(ErrorCode.PreconditionFailed, `manualPlacements.${i}.attendeeId`, `${attendeeId} is not among the attendees to seat (latest status confirmed or attended)`);
    }
    if (table > tables) {
      throw refuse(ErrorCode.BadUserInput, `manualPlacements.${i}.table`, `there is no table ${table}: ${input.attendees.length} attendees at tables of about ${input.tableSize} make ${tables} tables`);
    }
    if (attendee.kind === 'wildcard') {
      if (wildcardAt.has(table)) throw refuse(ErrorCode.BadUserInput, `manualPlacements.${i}`, `table ${table} already has a wildcard`);
      wildcardAt.add(table);
    }
  });
};

/**
 * Seats per table: everyone is seated and sizes differ by at most one. The tables with the most
 * people placed by hand get the larger size first, so placements fit wherever they can.
 */
const capacitiesFor = (input: AllocationInput, tables: number): number[] => {
  const manual = Array.from({ length: tables }, (_, t) => input.manualPlacements.filter((p) => p.table === t + 1).length);
  const base = Math.floor(input.attendees.length / tables);
  const larger = new Set(
    manual
      .map((count, t) => ({ count, t }))
      .sort((a, b) => b.count - a.count || a.t - b.t)
      .slice(0, input.attendees.length % tables)
      .map(({ t }) => t),
  );
  const capacities = manual.map((_, t) => base + (larger.has(t) ? 1 : 0));
  const seen = new Array<number>(tables).fill(0);
  input.manualPlacements.forEach(({ table }, i) => {
    seen[table - 1] = (seen[table - 1] ?? 0) + 1;
    if ((seen[table - 1] ?? 0) > (capacities[table - 1] ?? 0)) {
      throw refuse(ErrorCode.BadUserInput, `manualPlacements.${i}.table`, `table ${table} is full: tables seat ${base} or ${base + 1} and ${manual[table - 1]} people are placed there by hand`);
    }
  });
  return capacities;
};

const count = (values: readonly string[]): Record<string, number> =>
  values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});

const tableOf = (number: number, members: readonly Seatable[]): AllocatedTable => {
  const residents = members.flatMap((m) => (m.kind === 'participant' ? [m] : []));
  return {
    table: number,
    memberIds: members.map((m) => m.id).sort(),
    composition: {
      size: members.length,
      wildcards: members.length - residents.length,
      districts: count(residents.map((r) => r.districtCode)),
      ageBands: count(residents.map((r) => r.ageBand)),
      genders: count(residents.map((r) => r.gender)),
    },
  };
};

/**
 * Seats everyone: placements by hand first, then the remaining wildcards one per table, then the
 * remaining residents dealt round the tables like cards, all in a seeded random order.
 */
export const allocateRoundRobin = (input: AllocationInput): AllocatedTable[] => {
  const total = input.attendees.length;
  if (total === 0) throw refuse(ErrorCode.PreconditionFailed, 'processId', 'nobody has confirmed or attended yet; there is no one to seat');
  const tables = tableCountFor(total, input.tableSize);
  const wildcardCount = input.attendees.filter((a) => a.kind === 'wildcard').length;
  if (wildcardCount > tables) {
    throw refuse(
      ErrorCode.PreconditionFailed,
      'tableSize',
      `${wildcardCount} wildcards but only ${tables} ${tables === 1 ? 'table' : 'tables'} (${total} attendees, tables of about ${input.tableSize}); at most one wildcard may sit at a table`,
    );
  }
  const byId = new Map(input.attendees.map((a) => [a.id, a]));
  checkPlacements(input, byId, tables);
  const capacities = capacitiesFor(input, tables);

  const seated: Seatable[][] = Array.from({ length: tables }, () => []);
  const placed = new Set<string>();
  for (const { attendeeId, table } of input.manualPlacements) {
    seated[table - 1]?.push(byId.get(attendeeId) as Seatable);
    placed.add(attendeeId);
  }
  const free = (t: number): boolean => (seated[t]?.length ?? 0) < (capacities[t] ?? 0);
  const order = shuffled(input.attendees, input.seed).filter((a) => !placed.has(a.id));

  const wildcardTables = seated.map((_, t) => t).filter((t) => free(t) && !seated[t]?.some((m) => m.kind === 'wildcard'));
  const wildcards = order.filter((a) => a.kind === 'wildcard');
  if (wildcards.length > wildcardTables.length) {
    throw refuse(ErrorCode.BadUserInput, 'manualPlacements', `the placements by hand leave ${wildcardTables.length} tables with room for a wildcard, but ${wildcards.length} wildcards are still to be seated`);
  }
  wildcards.forEach((w, i) => seated[wildcardTables[i] as number]?.push(w));

  let t = 0;
  for (const resident of order.filter((a) => a.kind === 'participant')) {
    while (!free(t)) t = (t + 1) % tables;
    seated[t]?.push(resident);
    t = (t + 1) % tables;
  }
  return seated.map((members, i) => tableOf(i + 1, members));
};
