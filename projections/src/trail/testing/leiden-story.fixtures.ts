import { receiptCode, TrailLog } from './trail-log.builder.js';

/** Receipt codes of the story's ideas, by idea id. */
export const code = (ideaId: string): string => receiptCode(Number(ideaId.replace(/\D/g, '')) + 1000);

/** Filler themes, so that the ballot has 14 themes as in the example. */
const fillers = ['f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7', 'f8'];

/** Votes per theme: 'groen-straat' first, 'verkeer' ninth with 41 votes, the top 6 chosen. */
export const STORY_VOTES: Record<string, number> = {
  'groen-straat': 120,
  wonen: 98,
  zorg: 90,
  sport: 77,
  f1: 70,
  f2: 60,
  f3: 55,
  f4: 50,
  verkeer: 41,
  'groen-park': 30,
  f5: 20,
  f6: 12,
  f7: 5,
  f8: 0,
};

export type StoryStage = 'bundling' | 'agenda' | 'summit' | 'all';

/**
 * A small Leiden process that exercises every turn of the trail:
 * - i1 (Binnenstad-Zuid) in 'groen'; 'bomen' (i2) and 'parken' (i8) merge into it; it splits into
 *   'groen-straat' (i1, i2) and 'groen-park' (i8). 'groen-straat' is chosen, working group
 *   'wg-groen' drafts 'p-groen' (naming i1), which is adopted and cited by clause 4 ('art-4').
 * - 'verkeer' (i3, i9) is ninth with 41 votes of 14; the top 6 went on.
 * - 'wonen' (i5 withdrawn, i10) is chosen; its proposal 'p-wonen' is rejected.
 * - 'zorg' (i15) is chosen and has a working group without a proposal; 'sport' (i14) is chosen only.
 * - 'cultuur' (i13) never reaches the agenda; i4 is never linked; i11 is unlinked from 'verkeer';
 *   i12 moves from 'wonen' to 'groen' before the split.
 */
export const leidenStory = (stage: StoryStage = 'all'): TrailLog => {
  const log = new TrailLog().process();
  log.on('2017-10-12').conversation('c1', 'WK054600', '2017-10-12').conversation('c2', 'WK054603', '2017-10-13');
  log.conversation('c3', 'WK054608', '2017-10-14').conversation('c4', 'WK054609', '2017-10-15').conversation('c5', 'WK054603', '2017-10-16');
  log.idea('i1', 'c1', code('i1'), 'Meer bomen in de Breestraat').idea('i2', 'c2', code('i2'), 'Geveltuinen in onze straat');
  log.idea('i3', 'c3', code('i3'), 'Minder auto’s in de binnenstad').idea('i4', 'c1', code('i4'), 'Een bankje bij de bushalte');
  log.idea('i5', 'c4', code('i5'), 'Betaalbare woningen voor starters').idea('i8', 'c5', code('i8'), 'Een groter park in Noord');
  log.idea('i9', 'c3', code('i9'), 'Veilige fietspaden').idea('i10', 'c4', code('i10'), 'Meer sociale huur');
  log.idea('i11', 'c2', code('i11'), 'Een hondenuitlaatplek').idea('i12', 'c5', code('i12'), 'Groene schoolpleinen');
  log.idea('i13', 'c1', code('i13'), 'Een poppodium').idea('i14', 'c3', code('i14'), 'Sportvelden open voor iedereen');
  log.idea('i15', 'c4', code('i15'), 'Zorg dichtbij huis');

  log.on('2017-11-01').theme('groen', 'Groen in de stad').theme('bomen', 'Bomen').theme('parken', 'Parken').theme('verkeer', 'Verkeer');
  log.theme('wonen', 'Wonen').theme('cultuur', 'Cultuur').theme('sport', 'Sport').theme('zorg', 'Zorg');
  for (const f of fillers) log.theme(f, `Thema ${f}`);
  log.link('i1', 'groen', 'gaat over bomen in de stad').link('i2', 'bomen').link('i8', 'parken').link('i3', 'verkeer').link('i9', 'verkeer');
  log.link('i5', 'wonen').link('i10', 'wonen').link('i13', 'cultuur').link('i14', 'sport').link('i15', 'zorg');
  log.link('i11', 'verkeer').link('i12', 'wonen');
  log.on('2017-11-20').unlink('i11', 'verkeer', 'gaat niet over verkeer').unlink('i12', 'wonen', 'gaat over groen').link('i12', 'groen', 'groen schoolplein');
  log.on('2017-11-25').withdraw('i5');
  log.on('2017-12-01').merge('groen', ['bomen', 'parken'], 'bomen en parken horen bij groen');
  log.reviseTheme('groen', 'Groen in de wijk');
  log.on('2017-12-10').split('groen', [
    { themeId: 'groen-straat', title: 'Groen in de straat', ideaIds: ['i1', 'i2', 'i12'] },
    { themeId: 'groen-park', title: 'Parken', ideaIds: ['i8'] },
  ]);
  if (stage === 'bundling') return log;

  log.on('2018-01-05');
  for (const themeId of Object.keys(STORY_VOTES)) log.agenda(themeId);
  if (stage === 'agenda') return log;
  log.on('2018-01-14T20:00:00+01:00').vote(STORY_VOTES, 6);
  if (stage === 'summit') return log;

  log.on('2018-02-01').workingGroup('wg-groen', 'Groen', ['groen-straat']).workingGroup('wg-wonen', 'Wonen', ['wonen']);
  log.workingGroup('wg-zorg', 'Zorg dichtbij', ['zorg']);
  log.on('2018-03-01').proposal('p-groen', 'wg-groen', 'Een boom in elke straat', ['groen-straat'], ['i1']);
  log.proposal('p-wonen', 'wg-wonen', 'Een woonfonds', ['wonen'], ['i10']);
  log.on('2018-04-01').reviseProposal('p-groen', 'Een boom voor elke voordeur', 2).submit('p-groen', '2018-04-02', 2).adopt('p-groen', '2018-04-20', 2);
  log.submit('p-wonen', '2018-04-03').reject('p-wonen', '2018-04-21', 'niet uitvoerbaar binnen de begroting');
  log.on('2018-05-01').manifesto('m1').clause('m1', 'art-1', 1, []).clause('m1', 'art-4', 4, ['p-groen'], 'Elke straat krijgt bomen.');
  log.on('2018-06-10T12:00:00+02:00').adoptManifesto('m1', '2018-06-10').presentManifesto('m1', '2018-06-14');
  return log;
};
