import type { Phase } from '@spoor/contracts';
import { own } from '../representativeness/read-model.util.js';
import type { PhaseProgress, ProgressReadModel, StoredUpdate, Tracked } from './progress.read-model.js';

export interface ProgressCounts {
  participants: number;
  ambassadors: number;
  conversationsHeld: number;
  /** Ideas not withdrawn. */
  ideas: number;
  /** Themes not merged or split away. */
  themes: number;
  /** Residents and wildcards whose latest summit attendance is `attended`. */
  summitAttendees: number;
  /** Ballots of the current vote. */
  ballots: number;
  workingGroups: number;
  /** Proposals whose latest decision is adoption. */
  proposalsAdopted: number;
  /** Manifesto clauses not withdrawn. */
  clauses: number;
  endorsements: number;
}

export interface ProgressUpdateView {
  updateId: string;
  /** The current title and body, after any corrections. */
  title: string;
  body: string;
  publishedOn: string;
  corrected: boolean;
  /** Every correction, oldest first: what was wrong, and when it was corrected. */
  corrections: { reason: string; correctedOn: string }[];
}

export interface ProgressView {
  processId: string;
  title: string;
  city: string;
  demo: boolean;
  currentPhase: Phase | null;
  phases: PhaseProgress[];
  counts: ProgressCounts;
  /** Newest first (by publication day; the same day, the later published first). */
  updates: ProgressUpdateView[];
  /** occurredAt of the last event folded that concerns the process. */
  updatedAt: string | null;
}

const countFor = (table: Record<string, Tracked>, processId: string): number =>
  Object.values(table).filter((t) => t.processId === processId && t.counts).length;

const updateView = (u: StoredUpdate): ProgressUpdateView => ({
  updateId: u.updateId,
  title: u.title,
  body: u.body,
  publishedOn: u.publishedOn,
  corrected: u.corrections.length > 0,
  corrections: u.corrections.map((c) => ({ reason: c.reason, correctedOn: c.correctedOn })),
});

/** Every started process, in the order started, with its phases, key counts and updates. */
export const progress = (model: ProgressReadModel): ProgressView[] =>
  model.processIds.flatMap((id) => {
    const p = own(model.processes, id);
    if (!p?.started) return [];
    const updates = p.updateIds
      .flatMap((updateId) => own(model.updates, updateId) ?? [])
      .reverse()
      .sort((a, b) => (a.publishedOn < b.publishedOn ? 1 : a.publishedOn > b.publishedOn ? -1 : 0));
    return [
      {
        processId: p.processId,
        title: p.title,
        city: p.city,
        demo: p.demo,
        currentPhase: p.currentPhase,
        phases: p.phases.map((phase) => ({ ...phase })),
        counts: {
          participants: p.tallies.participants,
          ambassadors: p.tallies.ambassadors,
          conversationsHeld: countFor(model.conversations, id),
          ideas: countFor(model.ideas, id),
          themes: countFor(model.themes, id),
          summitAttendees: countFor(model.summitAttendees, id),
          ballots: p.tallies.ballots,
          workingGroups: p.tallies.workingGroups,
          proposalsAdopted: countFor(model.proposals, id),
          clauses: countFor(model.clauses, id),
          endorsements: p.tallies.endorsements,
        },
        updates: updates.map(updateView),
        updatedAt: p.updatedAt,
      },
    ];
  });
