import { foldProjection, type ProjectedEvent } from '../projection.js';
import { leidenStory } from './testing/leiden-story.fixtures.js';
import { TrailLog } from './testing/trail-log.builder.js';
import { trailProjection } from './trail.projection.js';
import type { TrailReadModel } from './trail.read-model.js';

const foldFrom = (model: TrailReadModel, events: readonly ProjectedEvent[]): TrailReadModel => events.reduce((m, e) => trailProjection.evolve(m, e), model);

describe('trailProjection', () => {
  const events = leidenStory().events;

  it('gives the same model, byte for byte, every time the same events are folded', () => {
    expect(JSON.stringify(foldProjection(trailProjection, events))).toBe(JSON.stringify(foldProjection(trailProjection, events)));
  });

  it('holds plain JSON only: the model survives a round trip through JSON unchanged', () => {
    const model = foldProjection(trailProjection, events);
    expect(JSON.parse(JSON.stringify(model))).toStrictEqual(model);
  });

  it('resumes from a JSON checkpoint at any point to the same model as a fold from the start', () => {
    const whole = JSON.stringify(foldProjection(trailProjection, events));
    for (let at = 0; at <= events.length; at += 7) {
      const checkpoint = JSON.parse(JSON.stringify(foldProjection(trailProjection, events.slice(0, at)))) as TrailReadModel;
      expect(JSON.stringify(foldFrom(checkpoint, events.slice(at)))).toBe(whole);
    }
  });

  it('lists every event type it reads, so the projector feeds it all of them', () => {
    const log = leidenStory().emit('IdeaTextRevised', { ideaId: 'i3', text: 'Minder auto’s', reason: 'typfout' }, 'idea-i3');
    log.clause('m1', 'art-9', 9, ['p-groen']).reviseClause('m1', 'art-9', ['p-groen']).withdrawClause('m1', 'art-9');
    expect(new Set(log.events.map((e) => e.type))).toEqual(new Set(trailProjection.eventTypes));
    const everyEvent = foldFrom(trailProjection.initialState(), log.events);
    expect(JSON.stringify(foldProjection(trailProjection, log.events))).toBe(JSON.stringify(everyEvent));
  });

  it('never changes the events it folds, even as the model changes afterwards', () => {
    const log = leidenStory();
    const before = JSON.stringify(log.events);
    const model = foldProjection(trailProjection, log.events);
    foldFrom(model, new TrailLog().link('i3', 'f1').unlink('i1', 'groen-straat').events);
    expect(JSON.stringify(log.events)).toBe(before);
  });

  it('skips events that refer to things it has not seen, instead of failing the projector', () => {
    const log = new TrailLog().link('i1', 'nowhere').unlink('i1', 'nowhere').merge('a', ['b']).split('c', [
      { themeId: 'd', title: 'D', ideaIds: ['x'] },
      { themeId: 'e', title: 'E', ideaIds: ['y'] },
    ]);
    log.emit('ConversationHeld', { conversationId: 'nope', heldOn: '2017-10-10', participantIds: ['p'] }).idea('i1', 'nope', '0000-0001');
    log.emit('ProposalAdopted', { proposalId: 'p', adoptedOn: '2018-01-01', version: 1 }).emit('ManifestoClauseWithdrawn', { manifestoId: 'm', clauseId: 'c', reason: 'r' });
    log.emit('VotingClosed', { processId: 'agenda-leiden', ballotCount: 0, ballots: [] }).emit('IdeaWithdrawn', { ideaId: 'i1', reason: 'duplicate' });
    const model = foldProjection(trailProjection, log.events);
    expect(model.ideas).toEqual({});
    expect(model.processes['agenda-leiden']!.themes).toEqual({});
  });

  it('keeps ids that happen to be Object.prototype member names apart from the prototype', () => {
    const log = new TrailLog().process().conversation('constructor', 'WK054600', '2017-10-12').idea('toString', 'constructor', '0000-0001');
    log.theme('constructor', 'Bouwen').link('toString', 'constructor');
    const model = foldProjection(trailProjection, log.events);
    expect(model.processes['agenda-leiden']!.themes['constructor']).toMatchObject({ ideaIds: ['toString'] });
    expect(model.ideas['toString']).toMatchObject({ conversationId: 'constructor', districtCode: 'WK054600' });
  });
});
