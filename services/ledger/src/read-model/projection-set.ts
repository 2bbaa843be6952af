import type { RecordedEvent } from '@spoor/event-store';
import type { ProjectedEvent, Projection } from '@spoor/projections';
import { toPublicEvent } from './public-event.js';

/**
 * A read model the ledger keeps for itself (never published): it folds the stored events with
 * their full metadata, where the public projections see public views only.
 */
export interface InternalProjection<ReadModel> extends Omit<Projection<ReadModel>, 'evolve'> {
  readonly internal: true;
  evolve(readModel: ReadModel, event: RecordedEvent): ReadModel;
}

export type LedgerProjection<ReadModel = unknown> = Projection<ReadModel> | InternalProjection<ReadModel>;

const isInternal = (p: LedgerProjection): p is InternalProjection<unknown> => 'internal' in p && p.internal;

interface Slot {
  readonly projection: LedgerProjection;
  /** Event types it folds; empty means every event. */
  readonly handled: ReadonlySet<string>;
  state: unknown;
  /** Position of the last event folded in, or undefined before the first. */
  position: bigint | undefined;
}

export interface Snapshot {
  readonly name: string;
  readonly version: number;
  readonly position: string | null;
  readonly state: unknown;
}

/** What the public projections fold: the event's public view (docs/publication.md). */
export const toProjectedEvent = (raw: RecordedEvent): ProjectedEvent => toPublicEvent(raw);

/**
 * A set of projections folded side by side, each with its own position, so one whose version
 * changed can rebuild from the start while the others resume from their snapshot.
 */
export class ProjectionSet {
  private readonly slots: Slot[];

  constructor(projections: readonly LedgerProjection[], snapshots: readonly Snapshot[] = []) {
    this.slots = projections.map((projection) => {
      const snapshot = snapshots.find((s) => s.name === projection.name && s.version === projection.version);
      return {
        projection,
        handled: new Set(projection.eventTypes),
        state: snapshot ? snapshot.state : projection.initialState(),
        position: snapshot?.position ? BigInt(snapshot.position) : undefined,
      };
    });
  }

  /** Where to start reading: after the oldest position any projection has (undefined: from the start). */
  get resumeAfter(): bigint | undefined {
    let oldest: bigint | undefined;
    for (const slot of this.slots) {
      if (slot.position === undefined) return undefined;
      if (oldest === undefined || slot.position < oldest) oldest = slot.position;
    }
    return oldest;
  }

  /** Projections that start from scratch (no snapshot of their current version). */
  get rebuilding(): string[] {
    return this.slots.filter((s) => s.position === undefined).map((s) => s.projection.name);
  }

  /** Folds one event into every projection that has not seen it; returns the projections that failed on it. */
  apply(raw: RecordedEvent): { projection: string; error: Error }[] {
    let event: ProjectedEvent | undefined;
    const failures: { projection: string; error: Error }[] = [];
    for (const slot of this.slots) {
      if (slot.position !== undefined && raw.position <= slot.position) continue;
      slot.position = raw.position;
      if (slot.handled.size > 0 && !slot.handled.has(raw.type)) continue;
      try {
        if (isInternal(slot.projection)) {
          slot.state = slot.projection.evolve(slot.state, raw);
        } else {
          event ??= toProjectedEvent(raw);
          slot.state = slot.projection.evolve(slot.state, event);
        }
      } catch (error) {
        failures.push({ projection: slot.projection.name, error: error as Error });
      }
    }
    return failures;
  }

  state<R>(projection: LedgerProjection<R>): R {
    const slot = this.slots.find((s) => s.projection === projection);
    if (!slot) throw new Error(`projection ${projection.name} is not in this set`);
    return slot.state as R;
  }

  snapshots(): Snapshot[] {
    return this.slots.map((s) => ({ name: s.projection.name, version: s.projection.version, position: s.position?.toString() ?? null, state: s.state }));
  }
}
