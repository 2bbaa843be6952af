import { clauseRoots } from '../trail/clause-roots.query.js';
import { ideaTrail } from '../trail/idea-trail.query.js';
import { code } from '../trail/testing/leiden-story.fixtures.js';
import { PROCESS_ID, TrailLog } from '../trail/testing/trail-log.builder.js';
import { buildPortalData } from './portal-data.query.js';
import { portalModels, portalStory } from './testing/portal-story.fixtures.js';

const data = () => {
  const models = portalModels(portalStory().events);
  return { models, data: buildPortalData(models) };
};

describe('buildPortalData', () => {
  it('gives every idea its trail exactly as the ideaTrail query answers for its receipt code', () => {
    const { models, data: portal } = data();
    expect(portal.ideas).toHaveLength(13);
    for (const idea of portal.ideas) expect(idea).toEqual(ideaTrail(models.trail, idea.receiptCode));
    const i1 = portal.ideas.find((i) => i.receiptCode === code('i1'));
    expect(i1?.outcome).toBe('reached-manifesto');
    expect(i1?.explanation.nl).toContain('artikel 4');
    expect(i1?.explanation.en).toContain('clause 4');
  });

  it('shows a withdrawn idea in its place without its text', () => {
    const withdrawn = data().data.ideas.find((i) => i.receiptCode === code('i5'));
    expect(withdrawn?.idea.status).toBe('withdrawn');
    expect(withdrawn?.idea.text).toBeNull();
    expect(withdrawn?.outcome).toBe('withdrawn');
  });

  it('lists every district of the process with its conversations and their ideas, and counts', () => {
    const { data: portal } = data();
    expect(portal.districts.map((d) => d.code)).toHaveLength(10);
    const noord = portal.districts.find((d) => d.code === 'WK054603');
    expect(noord?.conversations.map((c) => c.conversationId)).toEqual(['c2', 'c5']);
    expect(noord?.conversations[0]?.ideaCodes).toEqual([code('i2'), code('i11')]);
    expect(portal.districts.find((d) => d.code === 'WK054609')).toMatchObject({ ideas: 2, withdrawn: 1 });
    expect(portal.districts.find((d) => d.code === 'WK054605')).toMatchObject({ conversations: [], ideas: 0 });
    expect(portal.counts).toMatchObject({ ideasRecorded: 13, ideasWithdrawn: 1, ideas: 12, conversationsHeld: 5, merges: 1, splits: 1, agenda: 14, chosenThemes: 6, proposals: 2, participants: 12, updates: 2 });
  });

  it('keeps retired themes with their lineage, and puts the summit figures on each theme', () => {
    const { data: portal } = data();
    const bomen = portal.themes.find((t) => t.themeId === 'bomen');
    expect(bomen).toMatchObject({ status: 'retired', retiredInto: ['groen'] });
    const groen = portal.themes.find((t) => t.themeId === 'groen');
    expect(groen?.retiredInto).toEqual(['groen-straat', 'groen-park']);
    expect(groen?.versions.map((v) => v.title)).toEqual(['Groen in de stad', 'Groen in de wijk']);
    expect(portal.themes.find((t) => t.themeId === 'verkeer')).toMatchObject({ vote: { votes: 41, rank: 9, chosen: false }, agenda: { position: 9 } });
    expect(portal.themes.find((t) => t.themeId === 'groen-straat')).toMatchObject({ vote: { chosen: true }, workingGroupIds: ['wg-groen'], ideaCodes: [code('i1'), code('i2'), code('i12')] });
    expect(portal.lineage.map((l) => [l.kind, l.fromThemeIds, l.toThemeIds])).toEqual([
      ['merge', ['bomen', 'parken'], ['groen']],
      ['split', ['groen'], ['groen-straat', 'groen-park']],
    ]);
  });

  it('gives the summit with theme titles, the method explained in Dutch and English, and the tally', () => {
    const summit = data().data.summit;
    expect(summit?.schedule?.venue).toBe('Stadsgehoorzaal Leiden');
    expect(summit?.agenda[0]).toMatchObject({ position: 1, themeId: 'groen-straat', title: 'Groen in de straat' });
    expect(summit?.voting?.explanation.method.nl).toContain('Goedkeuringsstemming');
    expect(summit?.voting?.explanation.recount.en).toContain(`${PROCESS_ID}:themeId`);
    expect(summit?.result?.lines.slice(0, 2).map((l) => [l.title, l.votes, l.chosen])).toEqual([
      ['Groen in de straat', 120, true],
      ['Wonen', 98, true],
    ]);
  });

  it('gives every proposal version with the words that changed, and the clauses that cite it', () => {
    const groen = data().data.proposals.find((p) => p.proposalId === 'p-groen');
    expect(groen).toMatchObject({ title: 'Een boom voor elke voordeur', status: 'adopted', namedIdeaCodes: [code('i1')], clauseIds: ['art-4'], ideaCount: 3 });
    expect(groen?.versions[0]?.diff).toBeNull();
    const second = groen?.versions[1];
    expect(second?.previousTitle).toBe('Een boom in elke straat');
    expect(second?.diff?.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.text.trim()])).toEqual([
      ['removed', 'in'],
      ['added', 'voor'],
      ['removed', 'straat'],
      ['added', 'voordeur'],
    ]);
  });

  it('gives the manifesto clause by clause, each with the roots the clauseRoots query counts', () => {
    const { models, data: portal } = data();
    expect(portal.manifesto).toMatchObject({ status: 'adopted', adoptedOn: '2018-06-10', presented: { date: '2018-06-14' } });
    expect(portal.manifesto?.clauses.map((c) => c.number)).toEqual([1, 4]);
    const art4 = portal.manifesto?.clauses[1];
    expect(art4?.roots).toEqual(clauseRoots(models.trail, 'art-4', 'm1'));
    expect(art4?.roots.summary.nl).toBe('gaat terug op 3 ideeën uit 3 huiskamers in 2 van de 10 wijken');
    expect(portal.manifesto?.clauses[0]).toMatchObject({ editorial: true, editorialNote: 'inleiding' });
  });

  it('gives representativeness for every stage with the reference population, and updates newest first', () => {
    const { data: portal } = data();
    expect(portal.representativeness.stages.map((s) => s.stage)).toEqual(['registered', 'conversation', 'summit', 'working-group']);
    expect(portal.representativeness.reference?.invented).toBe(true);
    expect(portal.representativeness.stages[0]?.total.count).toBe(12);
    expect(portal.updates.map((u) => [u.title, u.corrected])).toEqual([
      ['Uitslag van de burgertop', true],
      ['De gesprekken beginnen', false],
    ]);
    expect(portal.process.phases.find((p) => p.phase === 'gesprekken')).toMatchObject({ startedOn: '2017-10-01', current: true });
  });

  it('is plain JSON and the same for the same log', () => {
    const first = JSON.stringify(data().data);
    expect(JSON.parse(first)).toEqual(data().data);
    expect(JSON.stringify(data().data)).toBe(first);
  });

  it('says whether the process is demonstration data', () => {
    expect(data().data.demo).toBe(false);
    const log = new TrailLog();
    log.emit('ProcessStarted', { processId: 'demo', title: 'Demo', city: 'Leiden', municipalityCode: 'GM0546', description: 'Verzonnen.', plannedPhases: [{ phase: 'gesprekken' }], districts: [], demo: true });
    expect(buildPortalData(portalModels(log.events)).demo).toBe(true);
  });

  it('refuses a log without the process asked for', () => {
    expect(() => buildPortalData(portalModels([]))).toThrow(/processId/);
    expect(() => buildPortalData(portalModels(portalStory().events), { processId: 'elders' })).toThrow(/elders/);
  });
});
