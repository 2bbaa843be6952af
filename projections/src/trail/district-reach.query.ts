import { trailGraph } from './trail-graph.js';
import type { TrailReadModel } from './trail.read-model.js';
import type { DistrictReach, DistrictReachLine, DistrictReachFigure } from './trail-audit.views.js';
import { own } from './lookup.util.js';

const figure = (count: number, ideas: number): DistrictReachFigure => ({ count, share: ideas === 0 ? null : count / ideas });

/**
 * How far each district's ideas travelled: of its ideas that were not withdrawn, how many reached
 * the summit agenda, a theme the summit chose, a proposal (whatever became of it) and a clause of
 * the manifesto that stands (drafted or adopted), each stage counted on its own with the same
 * reach as an idea's trail. Every district of the process is listed, those without ideas too
 * (their shares are null), then any district a conversation named that the process did not.
 * Without a processId: the process started first.
 */
export const districtReach = (model: TrailReadModel, processId?: string): DistrictReach | null => {
  const process = processId === undefined ? Object.values(model.processes)[0] : own(model.processes, processId);
  if (!process) return null;
  const tallies = new Map<string, { ideas: number; withdrawn: number; agenda: number; chosen: number; proposal: number; manifesto: number }>();
  const tally = (code: string) => {
    let entry = tallies.get(code);
    if (!entry) tallies.set(code, (entry = { ideas: 0, withdrawn: 0, agenda: 0, chosen: 0, proposal: 0, manifesto: 0 }));
    return entry;
  };
  for (const d of process.districts) tally(d.code);
  const extra = new Set<string>();
  for (const c of Object.values(model.conversations)) if (c.processId === process.processId && !process.districts.some((d) => d.code === c.districtCode)) extra.add(c.districtCode);
  for (const code of [...extra].sort()) tally(code);

  const graph = trailGraph(model);
  for (const idea of Object.values(model.ideas)) {
    if (idea.processId !== process.processId) continue;
    const entry = tally(idea.districtCode);
    if (idea.status === 'withdrawn') {
      entry.withdrawn += 1;
      continue;
    }
    const reach = graph.reachOf(idea);
    entry.ideas += 1;
    if (reach.agenda.length > 0) entry.agenda += 1;
    if (reach.votes.some((v) => v.line.chosen)) entry.chosen += 1;
    if (reach.proposals.length > 0) entry.proposal += 1;
    if (reach.standingClauses.length > 0) entry.manifesto += 1;
  }
  const districts: DistrictReachLine[] = [...tallies.entries()].map(([code, t]) => ({
    code,
    name: process.districts.find((d) => d.code === code)?.name ?? null,
    ideas: t.ideas,
    withdrawn: t.withdrawn,
    agenda: figure(t.agenda, t.ideas),
    chosen: figure(t.chosen, t.ideas),
    proposal: figure(t.proposal, t.ideas),
    manifesto: figure(t.manifesto, t.ideas),
  }));
  return { processId: process.processId, districtsTotal: process.districts.length, districts };
};
