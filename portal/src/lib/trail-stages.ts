import type { IdeaTrailFound } from './types';

export type TrailStage = 'recorded' | 'theme' | 'agenda' | 'chosen' | 'workingGroup' | 'proposal' | 'manifesto';
export type StageState = 'reached' | 'stopped' | 'open';

const order: TrailStage[] = ['recorded', 'theme', 'agenda', 'chosen', 'workingGroup', 'proposal', 'manifesto'];

/** Outcomes where the trail ended (rather than still being under way). */
const ended = new Set(['not-chosen', 'not-on-agenda', 'proposal-rejected', 'withdrawn']);

/**
 * The stages of the process an idea reached, for the row of stages above its trail: reached,
 * where it stopped (the first stage not reached, when its trail ended there) or still open.
 */
export const trailStages = (trail: IdeaTrailFound): { stage: TrailStage; state: StageState }[] => {
  const kinds = new Set(trail.steps.map((s) => s.kind));
  const reached: Record<TrailStage, boolean> = {
    recorded: true,
    theme: kinds.has('linked-to-theme'),
    agenda: kinds.has('put-on-agenda'),
    chosen: trail.steps.some((s) => s.kind === 'vote-result' && s.vote?.chosen === true),
    workingGroup: kinds.has('working-group-formed'),
    proposal: trail.proposals.length > 0,
    manifesto: trail.outcome === 'reached-manifesto',
  };
  const firstMissing = order.findIndex((s) => !reached[s]);
  return order.map((stage, i) => ({
    stage,
    state: reached[stage] ? 'reached' : i === firstMissing && ended.has(trail.outcome) ? 'stopped' : 'open',
  }));
};
