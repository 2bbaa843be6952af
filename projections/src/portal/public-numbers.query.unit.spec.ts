import { buildPortalData } from './portal-data.query.js';
import { publicNumbers } from './public-numbers.query.js';
import { portalModels, portalStory } from './testing/portal-story.fixtures.js';

describe('publicNumbers', () => {
  const models = portalModels(portalStory().events);
  const numbers = publicNumbers(models);
  const portal = buildPortalData(models);

  it('is a flat object with its keys in sorted order, so that two runs serialise alike', () => {
    const keys = Object.keys(numbers);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(keys.length);
    for (const value of Object.values(numbers)) expect(['number', 'string', 'boolean'].includes(typeof value) || value === null).toBe(true);
    expect(JSON.stringify(publicNumbers(portalModels(portalStory().events)))).toBe(JSON.stringify(numbers));
  });

  it('holds the counts the portal shows', () => {
    expect(numbers).toMatchObject({
      'process.id': 'agenda-leiden',
      'ideas.total': portal.counts.ideasRecorded,
      'ideas.withdrawn': 1,
      'ideas.standing': 12,
      'conversations.held': 5,
      'themes.active': portal.counts.themes,
      'themes.merges': 1,
      'themes.splits': 1,
      'summit.agenda': 14,
      'summit.chosen': 6,
      'proposals.total': 2,
      'participants.registered': 12,
    });
  });

  it('holds the tally line by line as the summit page shows it', () => {
    for (const line of portal.summit?.result?.lines ?? []) {
      expect(numbers[`summit.tally.${line.themeId}.votes`]).toBe(line.votes);
      expect(numbers[`summit.tally.${line.themeId}.rank`]).toBe(line.rank);
      expect(numbers[`summit.tally.${line.themeId}.chosen`]).toBe(line.chosen);
    }
    expect(numbers['summit.tally.verkeer.votes']).toBe(41);
  });

  it('holds every clause’s roots and every published representativeness cell, suppressed as published', () => {
    expect(numbers['manifesto.clause.art-4.ideas']).toBe(3);
    expect(numbers['manifesto.clause.art-4.districts']).toBe(2);
    expect(numbers['representativeness.registered.total']).toBe('12');
    expect(numbers['representativeness.registered.district.WK054600.count']).toBe('< 5');
    expect(numbers['representativeness.registered.district.WK054600.share']).toBeNull();
    expect(numbers['representativeness.registered.ageBand.27-39.count']).toBe('12');
    expect(numbers['representativeness.registered.ageBand.27-39.share']).toBe(1);
    const cells = Object.keys(numbers).filter((k) => k.startsWith('representativeness.') && k.endsWith('.count'));
    const rows = portal.representativeness.stages.flatMap((s) => s.dimensions.flatMap((d) => d.rows));
    expect(cells).toHaveLength(rows.length);
  });

  it('holds each district’s reach', () => {
    expect(numbers['reach.WK054600.ideas']).toBe(3);
    expect(numbers['reach.WK054600.manifesto']).toBe(1);
    expect(numbers['reach.WK054605.ideas']).toBe(0);
  });
});
