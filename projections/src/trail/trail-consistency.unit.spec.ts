import fc from 'fast-check';
import { foldProjection } from '../projection.js';
import { clauseRoots } from './clause-roots.query.js';
import { districtReach } from './district-reach.query.js';
import { ideaTrail } from './idea-trail.query.js';
import { countClauseRoots } from './testing/direct-count.check.js';
import { leidenStory } from './testing/leiden-story.fixtures.js';
import { playProcess, type ProcessScript } from './testing/random-process.fixtures.js';
import type { TrailLog } from './testing/trail-log.builder.js';
import { trailProjection } from './trail.projection.js';
import type { ClauseRootsFound } from './trail-audit.views.js';
import type { IdeaTrailFound } from './trail.views.js';

const small = fc.nat({ max: 30 });
const script: fc.Arbitrary<ProcessScript> = fc.record({
  ideaConversations: fc.array(fc.nat({ max: 3 }), { minLength: 1, maxLength: 10 }),
  // link, unlink, merge, split, withdraw: mostly links, so that merges and splits have ideas to move.
  bundling: fc.array(fc.record({ op: fc.constantFrom(0, 0, 0, 0, 0, 1, 2, 2, 3, 3, 3, 4), a: small, b: small }), { minLength: 5, maxLength: 50 }),
  agendaMask: fc.nat({ max: 255 }),
  votes: fc.array(fc.nat({ max: 50 }), { maxLength: 8 }),
  seats: small,
  proposals: fc.array(fc.record({ theme: small, ideaMask: fc.nat({ max: 1023 }), fate: fc.nat({ max: 2 }) }), { maxLength: 5 }),
  clauses: fc.array(fc.record({ proposalMask: fc.nat({ max: 31 }), revisedMask: fc.nat({ max: 31 }), withdrawn: fc.boolean() }), { maxLength: 4 }),
});

/**
 * The trail, the roots and the reach are views of one graph: an idea's trail reaches a clause
 * exactly when that clause's roots count the idea, the roots count what a direct count over the
 * events counts, and a district's reach counts what its ideas' trails show.
 */
const expectConsistent = (log: TrailLog, ideaIds: readonly string[], clauseIds: readonly string[]): void => {
  const model = foldProjection(trailProjection, log.events);
  const trails = ideaIds.map((id) => ideaTrail(model, model.ideas[id]!.receiptCode) as IdeaTrailFound);
  for (const clauseId of clauseIds) {
    const roots = clauseRoots(model, clauseId, 'm1') as ClauseRootsFound;
    const fromRoots = roots.ideas.map((i) => i.ideaId).sort();
    const fromTrails = trails.filter((t) => t.clauses.some((c) => c.clauseId === clauseId)).map((t) => t.idea.ideaId).sort();
    expect(fromTrails).toEqual(fromRoots);
    const direct = countClauseRoots(log.events, 'm1', clauseId);
    expect(fromRoots).toEqual(direct.ideaIds);
    expect([roots.counts.ideas, roots.counts.conversations, roots.counts.districts]).toEqual([direct.ideaIds.length, direct.conversations, direct.districts]);
  }
  for (const trail of trails) {
    const inManifesto = trail.idea.status === 'recorded' && trail.clauses.some((c) => c.status === 'standing');
    expect(trail.outcome === 'reached-manifesto').toBe(inManifesto);
  }
  const reach = districtReach(model)!;
  const live = trails.filter((t) => t.idea.status === 'recorded');
  const sum = (f: (l: (typeof reach.districts)[number]) => number) => reach.districts.reduce((n, l) => n + f(l), 0);
  expect(sum((l) => l.ideas)).toBe(live.length);
  expect(sum((l) => l.manifesto.count)).toBe(live.filter((t) => t.outcome === 'reached-manifesto').length);
  expect(sum((l) => l.proposal.count)).toBe(live.filter((t) => t.proposals.length > 0).length);
  expect(sum((l) => l.chosen.count)).toBe(live.filter((t) => t.steps.some((s) => s.kind === 'vote-result' && s.vote?.chosen)).length);
  expect(sum((l) => l.agenda.count)).toBe(live.filter((t) => t.steps.some((s) => s.kind === 'put-on-agenda')).length);
};

describe('trail consistency', () => {
  it('holds for the Leiden story', () => {
    const log = leidenStory();
    expectConsistent(log, ['i1', 'i2', 'i3', 'i4', 'i5', 'i8', 'i9', 'i10', 'i11', 'i12', 'i13', 'i14', 'i15'], ['art-1', 'art-4']);
  });

  it('holds for any process the ledger would accept', () => {
    fc.assert(
      fc.property(script, (s) => {
        const { log, ideaIds, clauseIds } = playProcess(s);
        expectConsistent(log, ideaIds, clauseIds);
      }),
      { numRuns: 150 },
    );
  });

  it('really exercises clauses, merges and splits', () => {
    const samples = fc.sample(script, { numRuns: 150, seed: 42 }).map((s) => playProcess(s).log.events.map((e) => e.type));
    expect(samples.filter((types) => types.includes('ManifestoClauseAdded')).length).toBeGreaterThan(20);
    expect(samples.filter((types) => types.includes('ThemesMerged') && types.includes('ThemeSplit')).length).toBeGreaterThan(20);
    const rooted = fc.sample(script, { numRuns: 150, seed: 42 }).filter((s) => {
      const { log, clauseIds } = playProcess(s);
      const model = foldProjection(trailProjection, log.events);
      return clauseIds.some((id) => (clauseRoots(model, id, 'm1') as ClauseRootsFound).counts.ideas >= 2);
    });
    expect(rooted.length).toBeGreaterThan(20);
  });
});
