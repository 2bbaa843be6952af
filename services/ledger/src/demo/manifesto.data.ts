export const MANIFESTO_ID = 'manifest-leiden-demo';
export const MANIFESTO_TITLE = 'Manifest Agenda voor Leiden (demo)';

export const manifestoPreamble = (facts: { readonly participants: number; readonly conversations: number; readonly ideas: number }): string =>
  [
    'Let op: dit is demonstratiedata. Dit manifest, de voorstellen waarop het rust en de organisaties die het onderschrijven zijn verzonnen.',
    `In het najaar van 2017 spraken ${facts.participants} Leidenaren in ${facts.conversations} huiskamergesprekken over wat zij wensen en missen in hun stad. Hun ${facts.ideas} ideeën zijn gebundeld tot thema's, besproken op de burgertop van 14 januari 2018 en daarna door werkgroepen en rondetafels uitgewerkt tot voorstellen.`,
    'Elk artikel van dit manifest noemt de aangenomen voorstellen waarop het rust. Via die voorstellen is terug te vinden uit welke ideeën, gesprekken en wijken het komt.',
  ].join('\n\n');

export const editorialClause = (facts: { readonly ideas: number; readonly conversations: number; readonly groups: number }): { text: string; editorialNote: string } => ({
  text: `Dit manifest is het werk van Leidenaren zelf. Het begon met ${facts.ideas} ideeën uit ${facts.conversations} huiskamers en kreeg vorm in ${facts.groups} werkgroepen en rondetafels. Wie dit manifest onderschrijft, belooft mee te werken aan de uitvoering en over een jaar samen terug te kijken.`,
  editorialNote: 'Inleiding van de redactie: vat het proces samen en rust daarom niet op één voorstel.',
});

/** An article that holds a group's adopted proposals together; `{title}` is the group's title, `{about}` its theme. */
export const COMBINED_CLAUSES: readonly string[] = [
  'De voorstellen van de {title} horen bij elkaar: wat {about} betreft, voert de stad ze samen uit, met de bewoners die ze bedachten.',
  'Voor {about} kiest Leiden voor samenhang. De voorstellen van de {title} worden als één plan uitgevoerd en wijk voor wijk gevolgd.',
  'Wat de {title} heeft voorgesteld, wordt niet los van elkaar opgepakt: voor {about} komt één aanpak, met een vast aanspreekpunt per wijk.',
];

export const CLOSING_CLAUSE =
  'De uitvoering van dit manifest gebeurt wijk voor wijk en samen met de bewoners. Elk jaar laat de stad zien wat er van elk artikel terecht is gekomen.';

export const CLAUSE_REVISION = {
  addition: 'Elk jaar wordt openbaar gemaakt wat hiervan is gerealiseerd.',
  reason: 'Tekst aangescherpt na de leesronde met de werkgroepen: de voortgang moet te volgen zijn.',
} as const;

export const CLAUSE_WITHDRAWAL_REASON = 'Overlapt met de artikelen over hetzelfde thema; na de leesronde geschrapt om het manifest kort en helder te houden.';

/**
 * Who endorses, with names that are obviously invented and marked "(demo)": no endorsement in
 * the demo is attributed to a real organisation. Citizens endorse without a name.
 */
export const ENDORSERS = {
  institution: [
    'Stichting Huiskamers Verbonden (demo)',
    'Wijkvereniging Het Zeventiende Hofje (demo)',
    'Stichting Leesplezier voor Iedereen (demo)',
    'Vereniging Vrienden van de Denkbeeldige Molen (demo)',
    'Stichting Zorg om de Hoek (demo)',
    'Openbare basisschool De Verzonnen Vlinder (demo)',
    'Jongerenplatform Stem van Morgen (demo)',
    'Sportvereniging Denkbeeldig Vooruit (demo)',
    'Buurthuis De Fictieve Kachel (demo)',
  ],
  business: [
    'Bakkerij De Vrolijke Krakeling (demo)',
    'Fietsenmakerij De Snelle Spaak (demo)',
    'Koffiebar Het Verzonnen Boontje (demo)',
    'Installatiebedrijf Zonnig & Zuinig (demo)',
    'Boekhandel De Denkbeeldige Bladzijde (demo)',
    'Ondernemersvereniging Fictieve Winkelstraat (demo)',
    'Architectenbureau Luchtkasteel (demo)',
    'Groentewinkel Het Verzonnen Veld (demo)',
    'Coöperatie Buurtstroom Fictief (demo)',
  ],
  politics: [
    'Fictieve Stadspartij Leiden (demo)',
    'Partij voor de Verzonnen Singels (demo)',
    'Raadsfractie Denkbeeldig Groen (demo)',
    'Lokale Lijst Huiskamer (demo)',
    'Jongerenpartij Morgen Fictief (demo)',
  ],
} as const;
