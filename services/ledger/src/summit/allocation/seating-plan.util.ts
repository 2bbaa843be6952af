import { ErrorCode, SpoorError } from '@spoor/contracts';
import type { RandomGenerator } from 'pure-rand';
import { type AllocationInput, type Attendee, DEFAULT_TABLE_SIZE, type Placement } from './allocation.model.js';
import { byId, shuffle } from './seeded-order.util.js';

/**
 * The hard constraints, settled before any resident is seated: how many tables, how many chairs at
 * each, where the wildcards sit, and who is placed by hand. Every refusal names the field at fault.
 */

export interface SeatingPlan {
  readonly tableSize: number;
  /** Chairs per table (index 0 is table 1). */
  readonly capacities: readonly number[];
  /** People already seated per table: placements by hand and the wildcards. */
  readonly seated: readonly Attendee[][];
  /** Residents still to seat, sorted by id. */
  readonly residents: readonly Attendee[];
  /** Residents each table holds when full. */
  readonly residentTargets: readonly number[];
  /** Ids placed by hand; they never move. */
  readonly pinned: ReadonlySet<string>;
}

export const refuse = (code: ErrorCode, field: string, problem: string): SpoorError => new SpoorError(code, `${field}: ${problem}`, field);

/** Tables needed so that no table seats more than `tableSize`. */
export const tableCountFor = (attendees: number, tableSize: number): number => Math.max(1, Math.ceil(attendees / tableSize));

export const checkAttendees = (attendees: readonly Attendee[], field: string): void => {
  const seen = new Set<string>();
  attendees.forEach((a, i) => {
    if (seen.has(a.id)) throw refuse(ErrorCode.BadUserInput, `${field}.${i}.id`, `${a.id} is listed twice`);
    seen.add(a.id);
  });
};

/** Placements in the order given, so the error names the first one at fault. */
export const checkPlacements = (placements: readonly Placement[], byIdMap: ReadonlyMap<string, Attendee>, tables: number, field = 'manualPlacements'): void => {
  const wildcardAt = new Set<number>();
  const placed = new Set<string>();
  placements.forEach(({ attendeeId, table }, i) => {
    if (placed.has(attendeeId)) throw refuse(ErrorCode.BadUserInput, `${field}.${i}.attendeeId`, `${attendeeId} is placed twice`);
    placed.add(attendeeId);
    const attendee = byIdMap.get(attendeeId);
    if (!attendee) throw refuse(ErrorCode.PreconditionFailed, `${field}.${i}.attendeeId`, `${attendeeId} is not among the attendees to seat`);
    if (!Number.isInteger(table) || table < 1 || table > tables) {
      throw refuse(ErrorCode.BadUserInput, `${field}.${i}.table`, `there is no table ${table}: the tables are numbered 1 to ${tables}`);
    }
    if (attendee.kind === 'wildcard') {
      if (wildcardAt.has(table)) throw refuse(ErrorCode.BadUserInput, `${field}.${i}`, `table ${table} already has a wildcard`);
      wildcardAt.add(table);
    }
  });
};

/** `count` of `from`, spread evenly: the j-th pick is at (2j + 1) / 2count of the way along. */
export const spreadEvenly = <T>(from: readonly T[], count: number): T[] =>
  Array.from({ length: count }, (_, j) => from[Math.floor(((2 * j + 1) * from.length) / (2 * count))] as T);

const chooseWildcardTables = (manual: readonly number[], taken: ReadonlySet<number>, base: number, extra: number, wanted: number): number[] => {
  const free = (limit: number) => manual.map((m, t) => ({ m, t })).filter(({ m, t }) => !taken.has(t) && m < limit);
  let eligible = free(base);
  if (eligible.length < wanted && extra > 0) eligible = free(base + 1);
  if (eligible.length < wanted) {
    throw refuse(ErrorCode.BadUserInput, 'manualPlacements', `the placements by hand leave ${eligible.length} tables with room for a wildcard, but ${wanted} wildcards are still to be seated`);
  }
  return spreadEvenly(
    eligible.map(({ t }) => t),
    wanted,
  );
};

/**
 * Chairs per table: sizes differ by at most one. Tables that need the larger size for their
 * placements get it first, then tables with a wildcard, so that residents per table differ by at
 * most one too.
 */
const capacitiesFor = (need: readonly number[], hasWildcard: readonly boolean[], base: number, extra: number, placements: readonly Placement[]): number[] => {
  const forced = need.map((n, t) => ({ n, t })).filter(({ n }) => n > base);
  const overfull = forced.find(({ n }) => n > base + 1) ?? (forced.length > extra ? forced[extra] : undefined);
  if (overfull) {
    const i = placements.findIndex((p) => p.table === overfull.t + 1);
    throw refuse(
      ErrorCode.BadUserInput,
      i < 0 ? 'manualPlacements' : `manualPlacements.${i}.table`,
      `table ${overfull.t + 1} is full: tables seat ${base} or ${base + 1}, and ${extra} of them ${base + 1}; the placements by hand need more`,
    );
  }
  const larger = new Set(forced.map(({ t }) => t));
  const rest = need
    .map((_, t) => t)
    .filter((t) => !larger.has(t))
    .sort((a, b) => Number(hasWildcard[b]) - Number(hasWildcard[a]) || a - b);
  for (const t of rest.slice(0, extra - larger.size)) larger.add(t);
  return need.map((_, t) => base + (larger.has(t) ? 1 : 0));
};

export const planSeating = (input: AllocationInput, rng: RandomGenerator): SeatingPlan => {
  const tableSize = input.tableSize ?? DEFAULT_TABLE_SIZE;
  if (!Number.isInteger(tableSize) || tableSize < 2) throw refuse(ErrorCode.BadUserInput, 'tableSize', `must be a whole number of at least 2, got ${tableSize}`);
  checkAttendees(input.attendees, 'attendees');
  const attendees = [...input.attendees].sort(byId);
  const total = attendees.length;
  if (total === 0) throw refuse(ErrorCode.PreconditionFailed, 'processId', 'nobody has confirmed or attended yet; there is no one to seat');
  const tables = tableCountFor(total, tableSize);
  const wildcards = attendees.filter((a) => a.kind === 'wildcard');
  if (wildcards.length > tables) {
    throw refuse(
      ErrorCode.PreconditionFailed,
      'tableSize',
      `${wildcards.length} wildcards but only ${tables} ${tables === 1 ? 'table' : 'tables'} (${total} attendees, at most ${tableSize} a table); at most one wildcard may sit at a table`,
    );
  }
  const placements = input.manualPlacements ?? [];
  const byIdMap = new Map(attendees.map((a) => [a.id, a]));
  checkPlacements(placements, byIdMap, tables);

  const seated: Attendee[][] = Array.from({ length: tables }, () => []);
  for (const { attendeeId, table } of placements) seated[table - 1]?.push(byIdMap.get(attendeeId) as Attendee);
  const pinned = new Set(placements.map((p) => p.attendeeId));
  const base = Math.floor(total / tables);
  const extra = total % tables;
  const taken = new Set(seated.flatMap((members, t) => (members.some((m) => m.kind === 'wildcard') ? [t] : [])));
  const free = shuffle(
    wildcards.filter((w) => !pinned.has(w.id)),
    rng,
  );
  const wildcardTables = chooseWildcardTables(
    seated.map((m) => m.length),
    taken,
    base,
    extra,
    free.length,
  );
  free.forEach((w, i) => seated[wildcardTables[i] as number]?.push(w));

  const hasWildcard = seated.map((members) => members.some((m) => m.kind === 'wildcard'));
  const capacities = capacitiesFor(
    seated.map((m) => m.length),
    hasWildcard,
    base,
    extra,
    placements,
  );
  return {
    tableSize,
    capacities,
    seated,
    residents: attendees.filter((a) => a.kind === 'participant' && !pinned.has(a.id)),
    residentTargets: capacities.map((c, t) => c - (hasWildcard[t] ? 1 : 0)),
    pinned,
  };
};
