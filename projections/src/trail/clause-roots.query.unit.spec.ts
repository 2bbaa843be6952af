import { foldProjection } from '../projection.js';
import { clauseRoots } from './clause-roots.query.js';
import { countClauseRoots } from './testing/direct-count.check.js';
import { leidenStory } from './testing/leiden-story.fixtures.js';
import { TrailLog } from './testing/trail-log.builder.js';
import { trailProjection } from './trail.projection.js';
import type { ClauseRootsFound, ClauseRootsResult } from './trail-audit.views.js';

const found = (result: ClauseRootsResult): ClauseRootsFound => {
  if (!result.found) throw new Error(`not found: ${result.message.en}`);
  return result;
};

describe('clauseRoots', () => {
  it('goes back from a clause to its proposals, themes, ideas, living rooms and districts', () => {
    const roots = found(clauseRoots(foldProjection(trailProjection, leidenStory().events), 'art-4'));

    expect(roots.clause).toEqual({
      manifestoId: 'm1',
      manifestoTitle: 'Manifest Agenda voor Leiden',
      manifestoStatus: 'adopted',
      clauseId: 'art-4',
      number: 4,
      text: 'Elke straat krijgt bomen.',
      status: 'standing',
      editorial: false,
      editorialNote: null,
    });
    expect(roots.proposals).toEqual([
      { proposalId: 'p-groen', title: 'Een boom voor elke voordeur', status: 'adopted', version: 2, workingGroupId: 'wg-groen', workingGroupTitle: 'Groen', themeIds: ['groen-straat'], namedIdeaCount: 1 },
    ]);
    expect(roots.themes).toEqual([
      { themeId: 'groen-straat', title: 'Groen in de straat', status: 'active', cited: true, ideaCount: 3 },
      { themeId: 'groen', title: 'Groen in de wijk', status: 'retired', cited: false, ideaCount: 3 },
      { themeId: 'bomen', title: 'Bomen', status: 'retired', cited: false, ideaCount: 1 },
      { themeId: 'parken', title: 'Parken', status: 'retired', cited: false, ideaCount: 0 },
    ]);
    expect(roots.ideas.map((i) => i.ideaId)).toEqual(['i1', 'i2', 'i12']);
    expect(roots.conversations).toEqual([
      { conversationId: 'c1', districtCode: 'WK054600', heldOn: '2017-10-12', ideaCount: 1 },
      { conversationId: 'c2', districtCode: 'WK054603', heldOn: '2017-10-13', ideaCount: 1 },
      { conversationId: 'c5', districtCode: 'WK054603', heldOn: '2017-10-16', ideaCount: 1 },
    ]);
    expect(roots.districts).toEqual([
      { code: 'WK054600', name: 'Binnenstad-Zuid', ideaCount: 1, conversationCount: 1 },
      { code: 'WK054603', name: 'Leiden-Noord', ideaCount: 2, conversationCount: 2 },
    ]);
    expect(roots.counts).toEqual({ proposals: 1, themes: 1, ideas: 3, withdrawnIdeas: 0, conversations: 3, districts: 2, districtsTotal: 10 });
    expect(roots.summary).toEqual({
      nl: 'gaat terug op 3 ideeën uit 3 huiskamers in 2 van de 10 wijken',
      en: 'goes back to 3 ideas from 3 living rooms in 2 of the 10 districts',
    });
  });

  it('counts what a direct count over the events counts', () => {
    const log = leidenStory();
    const roots = found(clauseRoots(foldProjection(trailProjection, log.events), 'art-4'));
    const direct = countClauseRoots(log.events, 'm1', 'art-4');

    expect(roots.ideas.map((i) => i.ideaId).sort()).toEqual(direct.ideaIds);
    expect([roots.counts.ideas, roots.counts.conversations, roots.counts.districts]).toEqual([direct.ideaIds.length, direct.conversations, direct.districts]);
  });

  it('counts a withdrawn idea without showing its text', () => {
    const log = leidenStory().withdraw('i2');
    const roots = found(clauseRoots(foldProjection(trailProjection, log.events), 'art-4'));

    expect(roots.ideas.find((i) => i.ideaId === 'i2')).toMatchObject({ status: 'withdrawn', text: null });
    expect(roots.counts).toMatchObject({ ideas: 3, withdrawnIdeas: 1 });
    expect(roots.summary.nl).toBe('gaat terug op 3 ideeën uit 3 huiskamers in 2 van de 10 wijken; 1 idee is later ingetrokken');
    expect(roots.summary.en).toBe('goes back to 3 ideas from 3 living rooms in 2 of the 10 districts; 1 idea was withdrawn later');
  });

  it('follows what the clause cites now, after a revision', () => {
    const log = leidenStory();
    log.events.splice(log.events.findIndex((e) => e.type === 'ManifestoAdopted'));
    log.proposal('p-zorg', 'wg-zorg', 'Een wijkverpleegkundige per wijk', ['zorg']).submit('p-zorg', '2018-05-20').adopt('p-zorg', '2018-05-25');
    log.reviseClause('m1', 'art-4', ['p-zorg'], 'gaat nu over zorg');
    const roots = found(clauseRoots(foldProjection(trailProjection, log.events), 'art-4'));

    expect(roots.ideas.map((i) => i.ideaId)).toEqual(['i15']);
    expect(roots.clause).toMatchObject({ text: 'Herzien art-4', manifestoStatus: 'drafting' });
    expect(roots.summary.en).toBe('goes back to 1 idea from 1 living room in 1 of the 10 districts');
  });

  it('says an editorial clause cites no proposal, and answers an unknown clause', () => {
    const model = foldProjection(trailProjection, leidenStory().events);

    expect(found(clauseRoots(model, 'art-1'))).toMatchObject({
      counts: { proposals: 0, ideas: 0 },
      summary: { nl: 'is een redactioneel artikel en verwijst naar geen voorstel: inleiding' },
    });
    expect(clauseRoots(model, 'art-99')).toEqual({
      found: false,
      clauseId: 'art-99',
      message: { nl: 'Er is geen artikel met id art-99 in het manifest.', en: 'There is no clause with id art-99 in the manifesto.' },
    });
    expect(clauseRoots(model, 'toString').found).toBe(false);
    expect(clauseRoots(model, 'art-4', 'constructor').found).toBe(false);
  });

  it('leaves out "of the N" when the process named no districts', () => {
    const log = new TrailLog().process([]).conversation('c1', 'WK054600', '2017-10-12').idea('i1', 'c1', '0000-0001');
    log.theme('t', 'T').link('i1', 't').workingGroup('wg', 'W', ['t'], 'proef').proposal('p', 'wg', 'P', ['t']).submit('p', '2018-01-01').adopt('p', '2018-01-02');
    log.manifesto('m').clause('m', 'a', 1, ['p']);

    expect(found(clauseRoots(foldProjection(trailProjection, log.events), 'a')).summary).toEqual({
      nl: 'gaat terug op 1 idee uit 1 huiskamer in 1 wijk',
      en: 'goes back to 1 idea from 1 living room in 1 district',
    });
  });
});
