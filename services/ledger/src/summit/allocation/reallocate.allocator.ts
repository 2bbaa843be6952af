import { ErrorCode } from '@spoor/contracts';
import {
  type AllocationOptions,
  type Attendee,
  type AttendanceChanges,
  DEFAULT_SAME_ROOM_PAIR_WEIGHT,
  DEFAULT_TABLE_SIZE,
  type Move,
  type Placement,
  type PreviousAllocation,
  type ReallocationResult,
} from './allocation.model.js';
import { compositionOf, type EncodedResident, encodeRoom, measureQuality, RoomMix } from './room-mix.util.js';
import { checkAttendees, checkPlacements, refuse, tableCountFor } from './seating-plan.util.js';
import { byId, seededRandom, shuffle } from './seeded-order.util.js';

/**
 * Late changes on the day: no-shows leave, late arrivals come in, and as few seated people as
 * possible change table. The number of tables stays (more are added only when the room would not
 * fit otherwise); the hard constraints of a fresh allocation still hold. docs/allocation.md.
 */
export const LATE_CHANGES = { algorithm: 'late-changes', version: 1 } as const;

const isWildcard = (a: Attendee): boolean => a.kind === 'wildcard';

const seatingBefore = (previous: PreviousAllocation, known: ReadonlyMap<string, Attendee>): Attendee[][] => {
  const numbers = previous.tables.map((t) => t.table);
  const tables: Attendee[][] = Array.from({ length: previous.tables.length }, () => []);
  const seen = new Set<string>();
  previous.tables.forEach(({ table, memberIds }, i) => {
    if (table !== i + 1 && numbers.filter((n) => n === table).length !== 1) {
      throw refuse(ErrorCode.BadUserInput, `previous.tables.${i}.table`, `tables must be numbered 1 to ${numbers.length} once each`);
    }
    memberIds.forEach((id, j) => {
      const attendee = known.get(id);
      if (!attendee) throw refuse(ErrorCode.BadUserInput, `previous.tables.${i}.memberIds.${j}`, `${id} is seated but not among the attendees`);
      if (seen.has(id)) throw refuse(ErrorCode.BadUserInput, `previous.tables.${i}.memberIds.${j}`, `${id} is seated twice`);
      seen.add(id);
      tables[table - 1]?.push(attendee);
    });
  });
  return tables;
};

const checkChanges = (changes: AttendanceChanges, seatOf: ReadonlyMap<string, number>): void => {
  const gone = new Set<string>();
  changes.noShows.forEach((id, i) => {
    if (!seatOf.has(id)) throw refuse(ErrorCode.BadUserInput, `noShows.${i}`, `${id} has no seat to give up`);
    if (gone.has(id)) throw refuse(ErrorCode.BadUserInput, `noShows.${i}`, `${id} is listed twice`);
    gone.add(id);
  });
  checkAttendees(changes.lateArrivals, 'lateArrivals');
  changes.lateArrivals.forEach((a, i) => {
    const table = seatOf.get(a.id);
    if (table !== undefined && !gone.has(a.id)) throw refuse(ErrorCode.BadUserInput, `lateArrivals.${i}.id`, `${a.id} already has a seat at table ${table + 1}`);
  });
};

/** Sizes per table, differing by at most one: the larger size goes where most people already sit, so fewest must move. */
const targetSizes = (occupancy: readonly number[], pinned: readonly number[], total: number, placements: readonly Placement[]): number[] => {
  const base = Math.floor(total / occupancy.length);
  const extra = total % occupancy.length;
  const order = occupancy.map((_, t) => t).sort((a, b) => Number((pinned[b] ?? 0) > base) - Number((pinned[a] ?? 0) > base) || (occupancy[b] ?? 0) - (occupancy[a] ?? 0) || a - b);
  const larger = new Set(order.slice(0, extra));
  const sizes = occupancy.map((_, t) => base + (larger.has(t) ? 1 : 0));
  const full = sizes.findIndex((size, t) => (pinned[t] ?? 0) > size);
  if (full >= 0) {
    const i = placements.findIndex((p) => p.table === full + 1);
    throw refuse(ErrorCode.BadUserInput, `manualPlacements.${Math.max(0, i)}.table`, `table ${full + 1} is full: tables now seat ${base} or ${base + 1}`);
  }
  return sizes;
};

export const reallocate = (previous: PreviousAllocation, changes: AttendanceChanges, options: AllocationOptions = {}): ReallocationResult => {
  const weight = options.sameRoomPairWeight ?? DEFAULT_SAME_ROOM_PAIR_WEIGHT;
  const tableSize = previous.tableSize ?? DEFAULT_TABLE_SIZE;
  checkAttendees(previous.attendees, 'previous.attendees');
  const known = new Map(previous.attendees.map((a) => [a.id, a]));
  const before = seatingBefore(previous, known);
  const seatOf = new Map(before.flatMap((members, t) => members.map((m) => [m.id, t] as const)));
  checkChanges(changes, seatOf);

  const gone = new Set(changes.noShows);
  const removed = changes.noShows.map((id) => ({ attendeeId: id, table: (seatOf.get(id) as number) + 1 }));
  const late = [...changes.lateArrivals].sort(byId);
  const staying = before.map((members) => members.filter((m) => !gone.has(m.id)));
  const total = staying.reduce((n, m) => n + m.length, 0) + late.length;
  if (total === 0) throw refuse(ErrorCode.PreconditionFailed, 'noShows', 'nobody is left to seat');
  const tableCount = Math.max(before.length, tableCountFor(total, tableSize));
  while (staying.length < tableCount) staying.push([]);
  const everyone = [...staying.flat(), ...late];
  const wildcards = everyone.filter(isWildcard).length;
  if (wildcards > tableCount) throw refuse(ErrorCode.PreconditionFailed, 'lateArrivals', `${wildcards} wildcards but only ${tableCount} tables; at most one wildcard may sit at a table`);
  const placements = previous.manualPlacements ?? [];
  const all = new Map(everyone.map((a) => [a.id, a]));
  checkPlacements(
    placements.filter((p) => !gone.has(p.attendeeId)),
    all,
    tableCount,
  );

  const moves: Move[] = [];
  const seated: Placement[] = [];
  const pinnedAt = new Map(placements.filter((p) => !gone.has(p.attendeeId)).map((p) => [p.attendeeId, p.table - 1]));
  const tables = staying.map((members) => [...members]);
  const place = (a: Attendee, to: number, from: number | undefined): void => {
    tables[to]?.push(a);
    if (from === undefined) seated.push({ attendeeId: a.id, table: to + 1 });
    else moves.push({ attendeeId: a.id, from: from + 1, to: to + 1 });
  };
  // People placed by hand go to their table first; a seated one placed elsewhere since counts as a move.
  tables.forEach((members, t) => {
    for (const m of members.filter((x) => pinnedAt.has(x.id) && pinnedAt.get(x.id) !== t)) {
      tables[t] = (tables[t] as Attendee[]).filter((x) => x.id !== m.id);
      place(m, pinnedAt.get(m.id) as number, t);
    }
  });
  const waiting: { attendee: Attendee; from?: number }[] = [];
  for (const a of late) {
    if (pinnedAt.has(a.id)) place(a, pinnedAt.get(a.id) as number, undefined);
    else waiting.push({ attendee: a });
  }

  const pinnedCount = tables.map((members) => members.filter((m) => pinnedAt.has(m.id)).length);
  const lateWildcards = waiting.filter((w) => isWildcard(w.attendee));
  const sizes = targetSizes(
    tables.map((m) => m.length),
    pinnedCount,
    total,
    placements,
  );
  // Late wildcards take the wildcard-free tables with the most room.
  const reserved = new Set<number>();
  const hasWildcard = (t: number): boolean => reserved.has(t) || (tables[t] ?? []).some(isWildcard);
  for (const _ of lateWildcards) {
    const room = (t: number): number => (sizes[t] ?? 0) - (tables[t]?.length ?? 0) - (reserved.has(t) ? 1 : 0);
    const free = tables.map((_m, t) => t).filter((t) => !hasWildcard(t));
    reserved.add(free.reduce((best, t) => (room(t) > room(best) ? t : best), free[0] as number));
  }

  const residents = everyone.filter((a) => !isWildcard(a));
  const room = encodeRoom(residents);
  const encoded = new Map(room.residents.map((r) => [r.id, r]));
  const mix = new RoomMix(
    room,
    sizes.map((s, t) => s - (hasWildcard(t) ? 1 : 0)),
    weight,
  );
  tables.forEach((members, t) => members.filter((m) => !isWildcard(m)).forEach((m) => mix.add(encoded.get(m.id) as EncodedResident, t)));

  // Tables over their size give up people: residents whose leaving helps the mix most, wildcards only if no resident can go.
  tables.forEach((members, t) => {
    let over = members.length + (reserved.has(t) ? 1 : 0) - (sizes[t] as number);
    while (over > 0) {
      const movable = members.filter((m) => !pinnedAt.has(m.id));
      const candidates = movable.some((m) => !isWildcard(m)) ? movable.filter((m) => !isWildcard(m)) : movable;
      const cost = (m: Attendee): number => (isWildcard(m) ? 0 : mix.removeCost(encoded.get(m.id) as EncodedResident, t));
      const leaving = candidates.reduce((best, m) => (cost(m) < cost(best) || (cost(m) === cost(best) && m.id < best.id) ? m : best));
      if (!isWildcard(leaving)) mix.remove(encoded.get(leaving.id) as EncodedResident, t);
      members.splice(members.indexOf(leaving), 1);
      waiting.push({ attendee: leaving, from: t });
      over -= 1;
    }
  });

  for (const t of reserved) {
    const w = waiting.find((x) => isWildcard(x.attendee) && x.from === undefined);
    if (w) {
      waiting.splice(waiting.indexOf(w), 1);
      place(w.attendee, t, undefined);
    }
  }
  // Everyone still waiting, wildcards first, in a seeded order, to the open table where they help the mix most.
  const open = (t: number): number => (sizes[t] as number) - (tables[t]?.length ?? 0);
  const order = shuffle(waiting, seededRandom(previous.seed)).sort((a, b) => Number(isWildcard(b.attendee)) - Number(isWildcard(a.attendee)));
  for (const { attendee, from } of order) {
    const fits = tables.map((_, t) => t).filter((t) => open(t) > 0 && (!isWildcard(attendee) || !hasWildcard(t)));
    const cost = (t: number): number => (isWildcard(attendee) ? 0 : mix.addCost(encoded.get(attendee.id) as EncodedResident, t));
    const to = fits.reduce((best, t) => (cost(t) < cost(best) ? t : best), fits[0] as number);
    if (to === undefined) throw refuse(ErrorCode.PreconditionFailed, 'lateArrivals', `no table has room for ${attendee.id} without a second wildcard`);
    if (!isWildcard(attendee)) mix.add(encoded.get(attendee.id) as EncodedResident, to);
    if (isWildcard(attendee)) reserved.add(to);
    place(attendee, to, from);
  }

  const result = tables.map((members, t) => ({ table: t + 1, memberIds: members.map((m) => m.id).sort(), composition: compositionOf(members) }));
  return {
    algorithm: LATE_CHANGES.algorithm,
    algorithmVersion: LATE_CHANGES.version,
    seed: previous.seed,
    tableSize,
    tables: result,
    quality: measureQuality(result, everyone, weight),
    search: { iterations: 0, improvements: 0 },
    moves,
    seated,
    removed,
  };
};
