import { progress, type ProgressView } from '../progress/progress.query.js';
import { summitResult, type SummitResultView } from '../summit/summit.query.js';
import { own } from '../trail/lookup.util.js';
import type { TrailProcessState } from '../trail/trail.read-model.js';
import type { PortalModels, PortalOptions } from './portal-data.views.js';

/** The models and the one process a portal shows, worked out once for every section. */
export interface PortalContext {
  models: PortalModels;
  processId: string;
  threshold: number;
  /** The process in the trail graph; undefined if the trail never saw it start. */
  trailProcess: TrailProcessState | undefined;
  /** The progress query's answer for the process. */
  progress: ProgressView | undefined;
  /** The summit query's answer for the process; null before a summit is scheduled. */
  summit: SummitResultView | null;
}

/**
 * The process the portal shows: the one asked for, else the first the log started. Throws when
 * there is none, or the one asked for is unknown: a portal of nothing would only mislead.
 */
export const portalContext = (models: PortalModels, options: PortalOptions = {}): PortalContext => {
  const started = models.progress.processIds.filter((id) => own(models.progress.processes, id)?.started === true);
  const processId = options.processId ?? started[0] ?? Object.keys(models.conversations.processes)[0];
  if (processId === undefined) throw new Error('processId: the log holds no process, so there is nothing to show');
  if (!own(models.conversations.processes, processId)) throw new Error(`processId: there is no process ${processId} in the log`);
  const threshold = options.threshold ?? 5;
  if (!Number.isInteger(threshold) || threshold < 1) throw new RangeError(`threshold: must be a whole number of at least 1, got ${threshold}`);
  return {
    models,
    processId,
    threshold,
    trailProcess: own(models.trail.processes, processId),
    progress: progress(models.progress).find((p) => p.processId === processId),
    summit: summitResult(models.summit, { processId, threshold }),
  };
};

/** A theme's current title, or its id when the trail does not know it. */
export const themeTitle = (context: PortalContext, themeId: string): string => {
  const theme = context.trailProcess ? own(context.trailProcess.themes, themeId) : undefined;
  return theme ? (theme.versions.at(-1)?.title ?? themeId) : themeId;
};

/** Receipt codes of ideas by id, skipping ids the trail does not know. */
export const codesOf = (context: PortalContext, ideaIds: readonly string[]): string[] =>
  ideaIds.flatMap((id) => {
    const idea = own(context.models.trail.ideas, id);
    return idea ? [idea.receiptCode] : [];
  });
