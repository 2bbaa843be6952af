import fc from 'fast-check';
import { playProcess, type ProcessScript } from '../trail/testing/random-process.fixtures.js';
import { buildPortalData } from './portal-data.query.js';
import type { PortalData } from './portal-data.views.js';
import { portalModels, portalStory } from './testing/portal-story.fixtures.js';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const into = (flow: PortalData['flow'], id: string) => sum(flow.links.filter((l) => l.target === id).map((l) => l.value));
const outOf = (flow: PortalData['flow'], id: string) => sum(flow.links.filter((l) => l.source === id).map((l) => l.value));

/** Every idea counts once: what flows into a node flows on or stops there, and no node gets more than came in. */
const expectConserved = (portal: PortalData): void => {
  const { flow } = portal;
  const standing = portal.ideas.filter((i) => i.idea.status !== 'withdrawn').length;
  expect(flow.ideas).toBe(standing);
  expect(outOf(flow, 'ideas')).toBe(standing);
  for (const node of flow.nodes) {
    if (node.id === 'ideas') continue;
    expect(node.value).toBe(into(flow, node.id));
    expect(outOf(flow, node.id)).toBeLessThanOrEqual(node.value);
  }
  for (let column = 1; column <= 4; column += 1) expect(sum(flow.nodes.filter((n) => n.column === column).map((n) => n.value))).toBeLessThanOrEqual(standing);
  const inManifesto = portal.ideas.filter((i) => i.outcome === 'reached-manifesto').length;
  expect(flow.nodes.find((n) => n.id === 'manifesto')?.value ?? 0).toBe(inManifesto);
};

describe('the flow diagram', () => {
  it('follows each idea of the story along the theme that took it furthest', () => {
    const portal = buildPortalData(portalModels(portalStory().events));
    expectConserved(portal);
    const link = (source: string, target: string) => portal.flow.links.find((l) => l.source === source && l.target === target)?.value;
    expect(link('ideas', 'theme:groen-straat')).toBe(3);
    expect(link('theme:groen-straat', 'chosen')).toBe(3);
    expect(link('chosen', 'wg:wg-groen')).toBe(3);
    expect(link('wg:wg-groen', 'manifesto')).toBe(3);
    expect(link('theme:verkeer', 'not-chosen')).toBe(2);
    expect(link('ideas', 'no-theme')).toBe(2);
    expect(link('wg:wg-wonen', 'proposal-rejected')).toBe(1);
  });

  it('adds up for any process the ledger allows', () => {
    const small = fc.nat({ max: 30 });
    const script: fc.Arbitrary<ProcessScript> = fc.record({
      ideaConversations: fc.array(fc.nat({ max: 3 }), { minLength: 1, maxLength: 10 }),
      bundling: fc.array(fc.record({ op: fc.constantFrom(0, 0, 0, 0, 1, 2, 3, 4), a: small, b: small }), { minLength: 5, maxLength: 40 }),
      agendaMask: fc.nat({ max: 255 }),
      votes: fc.array(fc.nat({ max: 50 }), { maxLength: 8 }),
      seats: small,
      proposals: fc.array(fc.record({ theme: small, ideaMask: fc.nat({ max: 1023 }), fate: fc.nat({ max: 2 }) }), { maxLength: 5 }),
      clauses: fc.array(fc.record({ proposalMask: fc.nat({ max: 31 }), revisedMask: fc.nat({ max: 31 }), withdrawn: fc.boolean() }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(script, (s) => {
        expectConserved(buildPortalData(portalModels(playProcess(s).log.events)));
      }),
      { numRuns: 100 },
    );
  });
});
