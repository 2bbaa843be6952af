import type { IdeaKind } from '@spoor/contracts';

/** A sentence a resident might put before or after an idea; `kind` limits it to wishes or needs. */
export interface VoiceLine {
  readonly text: string;
  readonly kind?: IdeaKind;
}

/** Said before the idea; used sparingly. */
export const OPENERS: readonly VoiceLine[] = [
  { text: 'Ik woon hier al ruim dertig jaar.' },
  { text: 'Dit werd aan tafel door bijna iedereen genoemd.' },
  { text: 'Mijn buurvrouw bracht het op en iedereen knikte.' },
  { text: 'Eigenlijk is het heel simpel.', kind: 'wish' },
  { text: 'Als moeder van twee jonge kinderen zie ik dit elke dag.', kind: 'need' },
  { text: 'Ik zeg het maar eerlijk.' },
  { text: 'Het klinkt klein, maar het maakt veel uit.', kind: 'wish' },
  { text: 'Dit speelt al jaren.' },
  { text: 'Ik ben hier pas komen wonen, en het viel me meteen op.', kind: 'need' },
  { text: 'Iemand aan tafel zei het heel duidelijk, en niemand sprak het tegen.' },
  { text: 'Mijn dochter zegt het al jaren.', kind: 'need' },
  { text: 'Wij hadden het er al vaker over in de straat.' },
  { text: 'Als je met de hond loopt, zie je het vanzelf.', kind: 'need' },
  { text: 'Een idee van de jongste aan tafel.', kind: 'wish' },
];

/** Said after the idea; used sparingly. */
export const CLOSERS: readonly VoiceLine[] = [
  { text: 'Dat zou al veel schelen.', kind: 'wish' },
  { text: 'Graag niet pas over tien jaar.', kind: 'wish' },
  { text: 'Daar waren we het aan tafel snel over eens.' },
  { text: 'Dan wordt het voor iedereen prettiger.', kind: 'wish' },
  { text: 'Liefst samen met de bewoners.', kind: 'wish' },
  { text: 'Zo kan het echt niet langer.', kind: 'need' },
  { text: 'Daar hebben we allemaal last van.', kind: 'need' },
  { text: 'En dan niet alleen op papier.', kind: 'wish' },
  { text: 'Dit hoor je overal in de buurt.', kind: 'need' },
  { text: 'Het hoeft niet eens veel te kosten.', kind: 'wish' },
  { text: 'Niemand lijkt zich er verantwoordelijk voor te voelen.', kind: 'need' },
  { text: 'Daar zijn meer mensen in de straat het mee eens.' },
];
