import { foldProjection } from '../projection.js';
import { leidenStory } from './testing/leiden-story.fixtures.js';
import { themeLineage } from './theme-lineage.query.js';
import { trailProjection } from './trail.projection.js';
import type { ThemeLineageFound, ThemeLineageResult } from './trail-audit.views.js';

const found = (result: ThemeLineageResult): ThemeLineageFound => {
  if (!result.found) throw new Error(`not found: ${result.message.en}`);
  return result;
};

const model = () => foldProjection(trailProjection, leidenStory().events);

describe('themeLineage', () => {
  it('draws a merge followed by a split as a graph of ancestors and descendants', () => {
    const lineage = found(themeLineage(model(), 'groen'));

    expect(lineage.nodes.map((n) => [n.themeId, n.relation, n.status, n.ideaCount])).toEqual([
      ['groen', 'self', 'retired', 4],
      ['bomen', 'ancestor', 'retired', 1],
      ['parken', 'ancestor', 'retired', 1],
      ['groen-straat', 'descendant', 'active', 3],
      ['groen-park', 'descendant', 'active', 1],
    ]);
    expect(lineage.edges).toEqual([
      { kind: 'merge', fromThemeId: 'bomen', toThemeId: 'groen', at: expect.any(String), date: '2017-12-01', rationale: 'bomen en parken horen bij groen', ideaCount: 1 },
      { kind: 'merge', fromThemeId: 'parken', toThemeId: 'groen', at: expect.any(String), date: '2017-12-01', rationale: 'bomen en parken horen bij groen', ideaCount: 1 },
      { kind: 'split', fromThemeId: 'groen', toThemeId: 'groen-straat', at: expect.any(String), date: '2017-12-10', rationale: 'te breed', ideaCount: 3 },
      { kind: 'split', fromThemeId: 'groen', toThemeId: 'groen-park', at: expect.any(String), date: '2017-12-10', rationale: 'te breed', ideaCount: 1 },
    ]);
    expect(lineage.nodes[0]).toMatchObject({ title: 'Groen in de wijk', retiredAt: expect.stringMatching(/^2017-12-10T/) });
  });

  it('shows a split part only its own branch: its ancestors, not its sibling', () => {
    const lineage = found(themeLineage(model(), 'groen-park'));

    expect(lineage.nodes.map((n) => [n.themeId, n.relation])).toEqual([
      ['groen', 'ancestor'],
      ['bomen', 'ancestor'],
      ['parken', 'ancestor'],
      ['groen-park', 'self'],
    ]);
    expect(lineage.edges.map((e) => `${e.fromThemeId}->${e.toThemeId}`)).toEqual(['bomen->groen', 'parken->groen', 'groen->groen-park']);
  });

  it('gives a theme without merges or splits on its own, and answers an unknown theme', () => {
    expect(found(themeLineage(model(), 'verkeer'))).toMatchObject({ nodes: [{ themeId: 'verkeer', relation: 'self', ideaCount: 2 }], edges: [] });
    expect(themeLineage(model(), 'onbekend')).toEqual({
      found: false,
      themeId: 'onbekend',
      message: { nl: 'Er is geen thema met id onbekend.', en: 'There is no theme with id onbekend.' },
    });
    expect(themeLineage(model(), 'constructor').found).toBe(false);
  });
});
