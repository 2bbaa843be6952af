import { own } from '../trail/lookup.util.js';
import type { PortalContext } from './portal-context.js';
import type { PortalCounts, PortalProcess } from './portal-data.views.js';

/** The process at a glance: title, description, phases with their dates, and how current it is. */
export const portalProcess = (context: PortalContext): PortalProcess => {
  const process = own(context.models.conversations.processes, context.processId);
  if (!process) throw new Error(`processId: there is no process ${context.processId} in the log`);
  const view = context.progress;
  const phases = view?.phases ?? process.phases;
  const currentPhase = view?.currentPhase ?? process.currentPhase;
  return {
    processId: process.processId,
    title: process.title,
    city: process.city,
    municipalityCode: process.municipalityCode,
    description: process.description,
    currentPhase,
    phases: phases.map((p) => ({ phase: p.phase, startsOn: p.startsOn, endsOn: p.endsOn, startedOn: p.startedOn, current: p.phase === currentPhase })),
    updatedAt: view?.updatedAt ?? null,
  };
};

/**
 * The key counts of the process. The progress query gives what it keeps; the rest is counted from
 * the conversations, trail and summit models, the same ones the pages list.
 */
export const portalCounts = (context: PortalContext): PortalCounts => {
  const { models, processId, trailProcess, summit } = context;
  const view = context.progress;
  const conversations = Object.values(models.conversations.conversations).filter((c) => c.processId === processId);
  const ideas = Object.values(models.conversations.ideas).filter((i) => i.processId === processId);
  const themes = Object.values(trailProcess?.themes ?? {});
  const counts = view?.counts;
  return {
    participants: counts?.participants ?? 0,
    ambassadors: counts?.ambassadors ?? 0,
    conversationsPlanned: conversations.length,
    conversationsHeld: counts?.conversationsHeld ?? 0,
    ideasRecorded: ideas.length,
    ideasWithdrawn: ideas.filter((i) => i.status === 'withdrawn').length,
    ideas: counts?.ideas ?? 0,
    themes: counts?.themes ?? 0,
    themesRetired: themes.filter((t) => t.status === 'retired').length,
    merges: (trailProcess?.lineage ?? []).filter((l) => l.kind === 'merge').length,
    splits: (trailProcess?.lineage ?? []).filter((l) => l.kind === 'split').length,
    agenda: summit?.agenda.length ?? 0,
    summitAttendees: counts?.summitAttendees ?? 0,
    ballots: counts?.ballots ?? 0,
    chosenThemes: summit?.result?.chosenThemeIds.length ?? 0,
    workingGroups: counts?.workingGroups ?? 0,
    proposals: Object.values(models.trail.proposals).filter((p) => p.processId === processId).length,
    proposalsAdopted: counts?.proposalsAdopted ?? 0,
    clauses: counts?.clauses ?? 0,
    endorsements: counts?.endorsements ?? 0,
    updates: view?.updates.length ?? 0,
  };
};
