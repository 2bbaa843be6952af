import { foldProjection } from '../projection.js';
import { ideaTrail } from './idea-trail.query.js';
import { code, leidenStory, type StoryStage } from './testing/leiden-story.fixtures.js';
import { receiptCode, TrailLog } from './testing/trail-log.builder.js';
import { trailProjection } from './trail.projection.js';
import type { IdeaTrailFound, IdeaTrailResult } from './trail.views.js';

const model = (stage: StoryStage = 'all') => foldProjection(trailProjection, leidenStory(stage).events);

const found = (result: IdeaTrailResult): IdeaTrailFound => {
  if (!result.found) throw new Error(`not found: ${result.message.en}`);
  return result;
};

const trailOf = (ideaId: string, stage: StoryStage = 'all') => found(ideaTrail(model(stage), code(ideaId)));

describe('ideaTrail', () => {
  it('follows an idea whose theme was chosen and cited by a clause through every step down to the clause', () => {
    const trail = trailOf('i1');

    expect(trail.steps.map((s) => s.kind)).toEqual([
      'idea-recorded',
      'linked-to-theme',
      'theme-revised',
      'theme-split',
      'put-on-agenda',
      'vote-result',
      'working-group-formed',
      'proposal-drafted',
      'proposal-revised',
      'proposal-submitted',
      'proposal-adopted',
      'clause-added',
      'manifesto-adopted',
      'manifesto-presented',
    ]);
    expect(trail.idea).toMatchObject({ ideaId: 'i1', text: 'Meer bomen in de Breestraat', status: 'recorded', processTitle: 'Agenda voor Leiden' });
    expect(trail.conversation).toEqual({ conversationId: 'c1', districtCode: 'WK054600', districtName: 'Binnenstad-Zuid', plannedOn: '2017-10-12', heldOn: '2017-10-12' });
    expect(trail.themes).toEqual([{ themeId: 'groen-straat', title: 'Groen in de straat', status: 'active' }]);
    expect(trail.clauses).toEqual([{ manifestoId: 'm1', clauseId: 'art-4', number: 4, status: 'standing' }]);
    expect(trail.outcome).toBe('reached-manifesto');
    expect(trail.explanation).toEqual({
      nl: "Dit idee staat in het manifest: artikel 4, via voorstel 'Een boom voor elke voordeur'. Het manifest is vastgesteld op 10 juni 2018.",
      en: "This idea is in the manifesto: clause 4, through proposal 'Een boom voor elke voordeur'. The manifesto was adopted on 10 June 2018.",
    });
  });

  it('labels each step in Dutch and English with the titles and figures of that moment', () => {
    const steps = trailOf('i1').steps;
    const byKind = (kind: string) => steps.find((s) => s.kind === kind)!;

    expect(byKind('idea-recorded').label.nl).toBe('Idee vastgelegd in een huiskamergesprek in Binnenstad-Zuid');
    expect(byKind('linked-to-theme')).toMatchObject({ date: '2017-11-02', rationale: 'gaat over bomen in de stad', themes: [{ themeId: 'groen', title: 'Groen in de stad' }] });
    expect(byKind('theme-revised').label.en).toBe("Theme 'Groen in de stad' is now called 'Groen in de wijk': duidelijker titel");
    expect(byKind('theme-split').label).toEqual({
      nl: "Thema 'Groen in de wijk' gesplitst in 'Groen in de straat' en 'Parken'; dit idee ging naar 'Groen in de straat': te breed",
      en: "Theme 'Groen in de wijk' split into 'Groen in de straat' and 'Parken'; this idea went to 'Groen in de straat': te breed",
    });
    expect(byKind('vote-result').vote).toEqual({
      themeId: 'groen-straat',
      votes: 120,
      rank: 1,
      of: 14,
      chosen: true,
      chosenCount: 6,
      cutOffVotes: 60,
      seats: 6,
      ballotCount: 650,
      eligibleVoters: 700,
    });
    expect(byKind('working-group-formed').label.nl).toBe("Werkgroep Groen gevormd voor thema 'Groen in de straat'");
    expect(byKind('proposal-drafted').label.en).toBe("Proposal 'Een boom in elke straat' drafted by the working group Groen; it names this idea");
    expect(byKind('proposal-adopted')).toMatchObject({ date: '2018-04-20', proposal: { proposalId: 'p-groen', title: 'Een boom voor elke voordeur', version: 2 } });
    expect(byKind('clause-added')).toMatchObject({ clause: { manifestoId: 'm1', clauseId: 'art-4', number: 4 }, label: { nl: "Artikel 4 toegevoegd aan het manifest; het verwijst naar voorstel 'Een boom voor elke voordeur'" } });
    expect(byKind('manifesto-presented')).toMatchObject({ date: '2018-06-14', rationale: 'Slotbijeenkomst in de Hooglandse Kerk' });
  });

  it('explains a theme that was not chosen with the real vote figures, in both languages', () => {
    const trail = trailOf('i3');

    expect(trail.outcome).toBe('not-chosen');
    expect(trail.explanation).toEqual({
      nl: "Het thema 'Verkeer' is op de burgertop niet gekozen: 41 stemmen, plaats 9 van 14; de eerste 6 gingen door.",
      en: "The theme 'Verkeer' was not chosen at the summit: 41 votes, place 9 of 14; the top 6 went on.",
    });
    expect(trail.steps.at(-1)).toMatchObject({ kind: 'vote-result', vote: { votes: 41, rank: 9, of: 14, chosen: false, cutOffVotes: 60 } });
  });

  it('follows an idea through a merge and then a split into the part that took it', () => {
    const trail = trailOf('i2');

    const bundling = trail.steps.filter((s) => s.kind.startsWith('theme-') || s.kind.endsWith('-theme'));
    expect(bundling.map((s) => [s.kind, s.themes.map((t) => t.themeId)])).toEqual([
      ['linked-to-theme', ['bomen']],
      ['theme-merged', ['bomen', 'groen']],
      ['theme-revised', ['groen']],
      ['theme-split', ['groen', 'groen-straat']],
    ]);
    expect(bundling[1]!.label.nl).toBe("Thema 'Bomen' opgegaan in thema 'Groen in de stad': bomen en parken horen bij groen");
    expect(trail.themes.map((t) => t.themeId)).toEqual(['groen-straat']);
    expect(trail.proposals).toEqual([{ proposalId: 'p-groen', title: 'Een boom voor elke voordeur', status: 'adopted', version: 2, namesIdea: false }]);
    expect(trail.outcome).toBe('reached-manifesto');
  });

  it('does not follow a split into the sibling part that did not take the idea', () => {
    const trail = trailOf('i8');

    expect(trail.themes.map((t) => t.themeId)).toEqual(['groen-park']);
    expect(trail.proposals).toEqual([]);
    expect(trail.outcome).toBe('not-chosen');
    expect(trail.explanation.en).toBe("The theme 'Parken' was not chosen at the summit: 30 votes, place 10 of 14; the top 6 went on.");
  });

  it('shows an unlink with its rationale, and leaves the theme it was unlinked from out of the trail', () => {
    const moved = trailOf('i12');
    expect(moved.steps.filter((s) => s.kind.endsWith('-theme')).map((s) => [s.kind, s.themes[0]!.themeId, s.rationale])).toEqual([
      ['linked-to-theme', 'wonen', 'past bij het thema'],
      ['unlinked-from-theme', 'wonen', 'gaat over groen'],
      ['linked-to-theme', 'groen', 'groen schoolplein'],
    ]);
    expect(moved.proposals.map((p) => p.proposalId)).toEqual(['p-groen']);

    const dropped = trailOf('i11', 'bundling');
    expect(dropped.outcome).toBe('in-bundling');
    expect(dropped.explanation).toEqual({
      nl: "Dit idee is losgekoppeld van het thema 'Verkeer' (gaat niet over verkeer) en zit nu in geen enkel thema; het wacht op een nieuwe plek.",
      en: "This idea was unlinked from the theme 'Verkeer' (gaat niet over verkeer) and is now in no theme; it is waiting for a new place.",
    });
  });

  it('says an idea is still in bundling, linked or not yet linked', () => {
    expect(trailOf('i4', 'bundling')).toMatchObject({
      outcome: 'in-bundling',
      explanation: { nl: 'Dit idee wacht nog op bundeling: het is nog aan geen enkel thema gekoppeld.' },
      steps: [{ kind: 'idea-recorded' }],
    });
    expect(trailOf('i1', 'bundling')).toMatchObject({
      outcome: 'in-bundling',
      explanation: {
        nl: "Dit idee is gebundeld in thema 'Groen in de straat'; de agenda van de burgertop is nog niet vastgesteld.",
        en: "This idea has been bundled into theme 'Groen in de straat'; the summit agenda has not been set yet.",
      },
    });
  });

  it('says a withdrawn idea was withdrawn at the participant’s request, without its text, keeping its place', () => {
    const trail = trailOf('i5');

    expect(trail.idea).toMatchObject({ text: null, status: 'withdrawn', withdrawalReason: 'participant-request' });
    expect(trail.outcome).toBe('withdrawn');
    expect(trail.explanation.nl).toBe(
      'Dit idee is op verzoek van de deelnemer ingetrokken. De tekst wordt niet meer getoond (het ondertekende logboek bewaart hem, want het wordt nooit herschreven); de plaats van het idee in het spoor blijft zichtbaar.',
    );
    expect(trail.steps.map((s) => s.kind).slice(0, 3)).toEqual(['idea-recorded', 'linked-to-theme', 'idea-withdrawn']);
    expect(JSON.stringify(trail)).not.toContain('Betaalbare woningen');
  });

  it('explains every other place a trail can stop', () => {
    expect(trailOf('i1', 'agenda')).toMatchObject({
      outcome: 'on-agenda',
      explanation: { nl: "Het thema 'Groen in de straat' staat op de agenda van de burgertop (meer dan 40 ideeën); er is nog niet over gestemd." },
    });
    expect(trailOf('i1', 'summit')).toMatchObject({
      outcome: 'chosen',
      explanation: { en: "The theme 'Groen in de straat' was chosen at the summit: 120 votes, place 1 of 14. No working group is working on it yet." },
    });
    expect(trailOf('i13')).toMatchObject({
      outcome: 'not-on-agenda',
      explanation: { nl: "Dit idee zit in thema 'Cultuur', dat niet op de agenda van de burgertop is gekomen; de agenda telde 14 thema's." },
    });
    expect(trailOf('i4')).toMatchObject({ outcome: 'not-on-agenda', explanation: { en: 'This idea is in no theme, so it did not reach the summit agenda; the agenda had 14 themes.' } });
    expect(trailOf('i14')).toMatchObject({ outcome: 'chosen', explanation: { nl: "Het thema 'Sport' is op de burgertop gekozen: 77 stemmen, plaats 4 van 14. Er is nog geen werkgroep die eraan werkt." } });
    expect(trailOf('i15')).toMatchObject({
      outcome: 'in-working-group',
      explanation: { nl: "De werkgroep Zorg dichtbij werkt aan het thema 'Zorg'; er is nog geen voorstel dat voortbouwt op dit idee." },
    });
    expect(trailOf('i10')).toMatchObject({
      outcome: 'proposal-rejected',
      explanation: {
        nl: "Voorstel 'Een woonfonds', dat voortbouwde op dit idee, is op 21 april 2018 afgewezen: niet uitvoerbaar binnen de begroting",
        en: "Proposal 'Een woonfonds', which built on this idea, was rejected on 21 April 2018: niet uitvoerbaar binnen de begroting",
      },
    });
  });

  it('explains a proposal in progress, an adopted one not yet cited, and a draft manifesto', () => {
    const events = leidenStory().events;
    const upTo = (type: string, skip = 0) => events.slice(0, events.findIndex((e) => e.type === type) + skip);
    const trailIn = (cut: typeof events) => found(ideaTrail(foldProjection(trailProjection, cut), code('i1')));

    expect(trailIn(upTo('ProposalDrafted', 1))).toMatchObject({
      outcome: 'in-proposal',
      explanation: { nl: "De werkgroep Groen werkt aan voorstel 'Een boom in elke straat' (versie 1), dat voortbouwt op dit idee; het is nog niet ingediend." },
    });
    expect(trailIn(upTo('ProposalAdopted'))).toMatchObject({
      outcome: 'in-proposal',
      explanation: { en: "Proposal 'Een boom voor elke voordeur' (version 2) builds on this idea; it was submitted on 2 April 2018 and awaits a decision." },
    });
    expect(trailIn(upTo('ManifestoDrafted'))).toMatchObject({
      outcome: 'in-proposal',
      explanation: { nl: "Voorstel 'Een boom voor elke voordeur' bouwt voort op dit idee en is op 20 april 2018 aangenomen; het manifest verwijst er nog niet naar." },
    });
    expect(trailIn(upTo('ManifestoAdopted'))).toMatchObject({
      outcome: 'reached-manifesto',
      explanation: { nl: "Dit idee staat in het concept van het manifest: artikel 4, via voorstel 'Een boom voor elke voordeur'. Het manifest is nog niet vastgesteld." },
    });
  });

  it('keeps a clause that stopped citing the idea\'s proposal in the steps, but not among the clauses it reaches', () => {
    const log = leidenStory();
    log.events.splice(log.events.findIndex((e) => e.type === 'ManifestoAdopted'));
    log.reviseClause('m1', 'art-4', [], 'wordt een inleiding');
    const trail = found(ideaTrail(foldProjection(trailProjection, log.events), code('i1')));

    expect(trail.clauses).toEqual([]);
    expect(trail.outcome).toBe('in-proposal');
    expect(trail.steps.slice(-2).map((s) => s.label.nl)).toEqual([
      "Artikel 4 toegevoegd aan het manifest; het verwijst naar voorstel 'Een boom voor elke voordeur'",
      "Artikel 4 herzien: wordt een inleiding; het verwijst niet meer naar voorstel 'Een boom voor elke voordeur'",
    ]);
  });

  it('answers an unknown or malformed receipt code with a sentence, and finds a code however it is typed', () => {
    const all = model();
    expect(ideaTrail(all, 'zzzz zzzz')).toEqual({
      found: false,
      receiptCode: 'ZZZZ-ZZZZ',
      message: { nl: 'Er is geen idee met volgcode ZZZZ-ZZZZ. Controleer de code op je bonnetje.', en: 'There is no idea with receipt code ZZZZ-ZZZZ. Please check the code on your receipt.' },
    });
    expect(ideaTrail(all, 'hallo')).toMatchObject({ found: false, receiptCode: 'hallo', message: { en: "'hallo' is not a receipt code: a receipt code has eight characters, such as K7M4-QX2P." } });
    const typed = ` ${code('i1').replace('-', '').toLowerCase().replace(/0/g, 'o')} `;
    expect(found(ideaTrail(all, typed)).idea.ideaId).toBe('i1');
    expect(ideaTrail(all, 'constructor')).toMatchObject({ found: false });
  });

  it('orders steps by when they happened in the world, not by when they were recorded', () => {
    const log = new TrailLog().process().conversation('c1', 'WK054600', '2017-10-12');
    log.on('2017-10-12').idea('late', 'c1', receiptCode(7)).theme('t1', 'Eerst vastgelegd').theme('t2', 'Later vastgelegd');
    log.on('2017-11-05').link('late', 't1').on('2017-11-01').link('late', 't2');
    const trail = found(ideaTrail(foldProjection(trailProjection, log.events), receiptCode(7)));
    expect(trail.steps.map((s) => [s.kind, s.date, s.themes[0]?.themeId])).toEqual([
      ['idea-recorded', '2017-10-12', undefined],
      ['linked-to-theme', '2017-11-01', 't2'],
      ['linked-to-theme', '2017-11-05', 't1'],
    ]);
  });
});
