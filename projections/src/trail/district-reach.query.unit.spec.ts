import { foldProjection } from '../projection.js';
import { districtReach } from './district-reach.query.js';
import { leidenStory } from './testing/leiden-story.fixtures.js';
import { TrailLog } from './testing/trail-log.builder.js';
import { trailProjection } from './trail.projection.js';

describe('districtReach', () => {
  it('gives every district of the process the share of its ideas that reached each stage', () => {
    const reach = districtReach(foldProjection(trailProjection, leidenStory().events))!;

    expect(reach.processId).toBe('agenda-leiden');
    expect(reach.districtsTotal).toBe(10);
    expect(reach.districts).toHaveLength(10);
    // Binnenstad-Zuid (c1): i1 (manifesto), i4 (no theme), i13 (cultuur, not on the agenda).
    expect(reach.districts[0]).toEqual({
      code: 'WK054600',
      name: 'Binnenstad-Zuid',
      ideas: 3,
      withdrawn: 0,
      agenda: { count: 1, share: 1 / 3 },
      chosen: { count: 1, share: 1 / 3 },
      proposal: { count: 1, share: 1 / 3 },
      manifesto: { count: 1, share: 1 / 3 },
    });
    // Stevenshof (c4): i5 withdrawn; i10 (wonen: chosen, proposal rejected), i15 (zorg: chosen, working group).
    expect(reach.districts.find((d) => d.code === 'WK054609')).toMatchObject({
      ideas: 2,
      withdrawn: 1,
      agenda: { count: 2, share: 1 },
      chosen: { count: 2, share: 1 },
      proposal: { count: 1, share: 0.5 },
      manifesto: { count: 0, share: 0 },
    });
    expect(reach.districts.find((d) => d.code === 'WK054601')).toEqual({
      code: 'WK054601',
      name: 'Binnenstad-Noord',
      ideas: 0,
      withdrawn: 0,
      agenda: { count: 0, share: null },
      chosen: { count: 0, share: null },
      proposal: { count: 0, share: null },
      manifesto: { count: 0, share: null },
    });
  });

  it('lists a district a conversation named that the process did not, and answers an unknown process with null', () => {
    const log = new TrailLog().process([['WK054600', 'Binnenstad-Zuid']]).conversation('c1', 'WK054699', '2017-10-12').idea('i1', 'c1', '0000-0001');
    const model = foldProjection(trailProjection, log.events);

    expect(districtReach(model)!.districts.map((d) => [d.code, d.name, d.ideas])).toEqual([
      ['WK054600', 'Binnenstad-Zuid', 0],
      ['WK054699', null, 1],
    ]);
    expect(districtReach(model, 'constructor')).toBeNull();
  });
});
