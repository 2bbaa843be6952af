import { type AllocationQuality, type Attendee, type TableComposition, UNKNOWN_BAND } from './allocation.model.js';

/**
 * The quality measure of docs/allocation.md, in exact integers. For a table t with r_t residents
 * and a value v held by N_v of the room's R residents, the table's share is r_t x N_v / R; the
 * deviation |c - r_t x N_v / R| is kept multiplied by R, so every sum and every change is a whole
 * number and the search makes the same choices on any machine.
 */

const BANDS = ['districtCode', 'ageBand', 'gender'] as const;
export const ATTRIBUTES = ['districts', 'ageBands', 'genders'] as const;

const bandOf = (attendee: Attendee, i: number): string => attendee[BANDS[i] as (typeof BANDS)[number]] ?? UNKNOWN_BAND;

export interface EncodedResident {
  readonly id: string;
  /** Value index per attribute (district, age band, gender). */
  readonly values: readonly number[];
  /** Living-room index, or -1 when not known. */
  readonly room: number;
}

export interface EncodedRoom {
  readonly residents: readonly EncodedResident[];
  /** Per attribute, the values in sorted order. */
  readonly valueNames: readonly (readonly string[])[];
  readonly rooms: number;
}

/** Numbers values and rooms in sorted order, so the encoding does not depend on the input order. */
export const encodeRoom = (residents: readonly Attendee[]): EncodedRoom => {
  const valueNames = ATTRIBUTES.map((_, a) => [...new Set(residents.map((r) => bandOf(r, a)))].sort());
  const index = valueNames.map((names) => new Map(names.map((n, i) => [n, i])));
  const roomIds = [...new Set(residents.flatMap((r) => (r.conversationId === undefined ? [] : [r.conversationId])))].sort();
  const roomIndex = new Map(roomIds.map((id, i) => [id, i]));
  return {
    residents: residents.map((r) => ({
      id: r.id,
      values: ATTRIBUTES.map((_, a) => index[a]?.get(bandOf(r, a)) ?? 0),
      room: r.conversationId === undefined ? -1 : (roomIndex.get(r.conversationId) ?? -1),
    })),
    valueNames,
    rooms: roomIds.length,
  };
};

/** Counts per table, with the cost of adding, removing and swapping one resident. */
export class RoomMix {
  private readonly total: number;
  private readonly roomTotals: Int32Array[];
  private readonly counts: Int32Array[];
  private readonly roomCounts: Int32Array;
  private readonly pairWeight: number;

  constructor(
    private readonly room: EncodedRoom,
    /** Residents each table will hold when full. */
    private readonly targets: readonly number[],
    sameRoomPairWeight: number,
  ) {
    this.total = room.residents.length;
    this.roomTotals = room.valueNames.map((names, a) => {
      const totals = new Int32Array(names.length);
      for (const r of room.residents) totals[r.values[a] as number] += 1;
      return totals;
    });
    this.counts = room.valueNames.map((names) => new Int32Array(names.length * targets.length));
    this.roomCounts = new Int32Array(Math.max(1, room.rooms) * targets.length);
    this.pairWeight = sameRoomPairWeight * this.total;
  }

  /** Change in R x |c - share| when the count of value v at table t moves by d. */
  private shift(a: number, t: number, v: number, d: number): number {
    const values = this.roomTotals[a] as Int32Array;
    const c = (this.counts[a] as Int32Array)[t * values.length + v] as number;
    const share = (this.targets[t] as number) * (values[v] as number);
    return Math.abs(this.total * (c + d) - share) - Math.abs(this.total * c - share);
  }

  private roomCount(t: number, room: number): number {
    return room < 0 ? 0 : (this.roomCounts[t * this.room.rooms + room] as number);
  }

  private apply(r: EncodedResident, t: number, d: number): void {
    r.values.forEach((v, a) => {
      (this.counts[a] as Int32Array)[t * (this.roomTotals[a] as Int32Array).length + v] += d;
    });
    if (r.room >= 0) this.roomCounts[t * this.room.rooms + r.room] += d;
  }

  add(r: EncodedResident, t: number): void {
    this.apply(r, t, 1);
  }

  remove(r: EncodedResident, t: number): void {
    this.apply(r, t, -1);
  }

  /** What seating r at t adds to the score (negative when the table needs someone like r). */
  addCost(r: EncodedResident, t: number): number {
    let cost = this.pairWeight * this.roomCount(t, r.room);
    r.values.forEach((v, a) => {
      cost += this.shift(a, t, v, 1);
    });
    return cost;
  }

  /** What taking r away from t adds to the score. */
  removeCost(r: EncodedResident, t: number): number {
    let cost = r.room < 0 ? 0 : -this.pairWeight * (this.roomCount(t, r.room) - 1);
    r.values.forEach((v, a) => {
      cost += this.shift(a, t, v, -1);
    });
    return cost;
  }

  /** What swapping x (at table tx) and y (at table ty) adds to the score. */
  swapCost(x: EncodedResident, tx: number, y: EncodedResident, ty: number): number {
    let cost = 0;
    for (let a = 0; a < x.values.length; a += 1) {
      const vx = x.values[a] as number;
      const vy = y.values[a] as number;
      if (vx !== vy) cost += this.shift(a, tx, vx, -1) + this.shift(a, tx, vy, 1) + this.shift(a, ty, vy, -1) + this.shift(a, ty, vx, 1);
    }
    if (x.room !== y.room) {
      let pairs = 0;
      if (x.room >= 0) pairs += this.roomCount(ty, x.room) - (this.roomCount(tx, x.room) - 1);
      if (y.room >= 0) pairs += this.roomCount(tx, y.room) - (this.roomCount(ty, y.room) - 1);
      cost += this.pairWeight * pairs;
    }
    return cost;
  }
}

const pairsOf = (n: number): number => (n * (n - 1)) / 2;

/**
 * The quality measure, computed afresh from the tables: independent of the search, so a test or a
 * reader can check the figures an allocation reports.
 */
export const measureQuality = (tables: readonly { readonly memberIds: readonly string[] }[], attendees: readonly Attendee[], sameRoomPairWeight: number): AllocationQuality => {
  const byId = new Map(attendees.map((a) => [a.id, a]));
  const seated = tables.map((t) => t.memberIds.flatMap((id) => (byId.get(id)?.kind === 'participant' ? [byId.get(id) as Attendee] : [])));
  const residents = seated.flat();
  const total = residents.length;
  const deviation = ATTRIBUTES.map((_, a) => {
    const room = new Map<string, number>();
    for (const r of residents) room.set(bandOf(r, a), (room.get(bandOf(r, a)) ?? 0) + 1);
    let sum = 0;
    for (const members of seated) {
      const here = new Map<string, number>();
      for (const r of members) here.set(bandOf(r, a), (here.get(bandOf(r, a)) ?? 0) + 1);
      for (const [value, n] of room) sum += Math.abs(total * (here.get(value) ?? 0) - members.length * n);
    }
    return total === 0 ? 0 : sum / total;
  });
  const sameRoomPairs = seated.reduce((pairs, members) => {
    const rooms = new Map<string, number>();
    for (const r of members) if (r.conversationId !== undefined) rooms.set(r.conversationId, (rooms.get(r.conversationId) ?? 0) + 1);
    return pairs + [...rooms.values()].reduce((p, n) => p + pairsOf(n), 0);
  }, 0);
  const [districts = 0, ageBands = 0, genders = 0] = deviation;
  const mix = districts + ageBands + genders;
  return {
    mixDeviation: { districts, ageBands, genders, total: mix },
    sameRoomPairs,
    sameRoomPairWeight,
    score: mix + sameRoomPairWeight * sameRoomPairs,
  };
};

const tally = (values: readonly string[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const v of [...values].sort()) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
};

/** The public composition of a table: size, wildcards and residents per band (counts only). */
export const compositionOf = (members: readonly Attendee[]): TableComposition => {
  const residents = members.filter((m) => m.kind === 'participant');
  return {
    size: members.length,
    wildcards: members.length - residents.length,
    districts: tally(residents.map((r) => bandOf(r, 0))),
    ageBands: tally(residents.map((r) => bandOf(r, 1))),
    genders: tally(residents.map((r) => bandOf(r, 2))),
  };
};
