/** What the organisers know at each moment, for the progress updates. */
export interface ProcessFacts {
  readonly ambassadors: number;
  readonly trained: number;
  readonly participants: number;
  readonly wildcards: number;
  readonly halfway: { readonly on: string; readonly conversations: number; readonly ideas: number };
  readonly conversations: number;
  readonly ideas: number;
  readonly themes: { readonly active: number; readonly merges: number; readonly splits: number };
  readonly agenda: readonly string[];
  readonly summit: { readonly residents: number; readonly wildcards: number; readonly tables: number; readonly ballots: number; readonly chosen: readonly string[] };
  readonly groups: { readonly count: number; readonly roundTables: number; readonly members: number; readonly meetingsByMarch: number };
  readonly proposals: { readonly drafted: number; readonly adopted: number; readonly rejected: number };
  readonly manifesto: { readonly clauses: number; readonly endorsementsOnTheDay: number };
}

export interface UpdateText {
  readonly on: string;
  readonly time: string;
  readonly title: string;
  readonly body: string;
}

/** "‘a’, ‘b’ en ‘c’": quoted, since titles such as "Fiets, verkeer en parkeren" hold commas themselves. */
const list = (items: readonly string[]): string => {
  const quoted = items.map((t) => `‘${t}’`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} en ${quoted.at(-1) ?? ''}`;
};

/** The number the first summit update got wrong, and how it was corrected. */
export const wrongBallots = (f: ProcessFacts): number => f.summit.ballots + 19;

const summitResult = (f: ProcessFacts, ballots: number): string =>
  `Op zondag 14 januari kwamen ${f.summit.residents} Leidenaren en ${f.summit.wildcards} wildcards naar de Stadsgehoorzaal. Aan ${f.summit.tables} tafels werd de hele dag gepraat over de thema's op de agenda. Aan het eind van de dag zijn ${ballots} stembiljetten ingevuld. Gekozen zijn: ${list(f.summit.chosen)}. Voor elk van deze thema's start in februari een werkgroep of rondetafel. De volledige telling staat in het openbare logboek en kan door iedereen worden nageteld.`;

/** About a dozen updates from the start of recruitment to the presentation of the manifesto. */
export const updateTexts = (f: ProcessFacts): UpdateText[] => [
  {
    on: '2017-06-19',
    time: '10:30',
    title: 'Agenda voor Leiden gaat van start',
    body: 'Vanaf vandaag zoeken we honderd ambassadeurs: Leidenaren die in hun eigen huiskamer een gesprek willen houden met zeven of acht buurtgenoten over wat zij wensen en missen in de stad. Ambassadeurs krijgen een training en alle hulp die ze nodig hebben. Let op: dit proces is demonstratiedata.',
  },
  {
    on: '2017-09-11',
    time: '10:00',
    title: 'De huiskamergesprekken beginnen',
    body: `Er hebben zich ${f.ambassadors} ambassadeurs aangemeld, van wie ${f.trained} een training volgden, en ${f.participants} Leidenaren uit alle tien wijken doen mee. Tot eind november worden de gesprekken gehouden. Elke deelnemer krijgt na afloop een bonnetje met een volgcode, waarmee je kunt nagaan wat er met je idee gebeurt.`,
  },
  {
    on: f.halfway.on,
    time: '09:30',
    title: 'Halverwege de gesprekken',
    body: `Inmiddels zijn ${f.halfway.conversations} van de honderd huiskamergesprekken gehouden en zijn ${f.halfway.ideas} ideeën vastgelegd. Wat opvalt: in de binnenstad gaat het vaak over drukte en toerisme, in de Merenwijk en de Stevenshof over spelen en groen.`,
  },
  {
    on: '2017-12-04',
    time: '11:00',
    title: 'Alle gesprekken gehouden; het bundelen begint',
    body: `Alle ${f.conversations} huiskamergesprekken zijn gehouden. Samen leverden ze ${f.ideas} ideeën op. De komende weken bundelen moderatoren die ideeën tot thema's. Elke koppeling van een idee aan een thema krijgt een korte toelichting, die iedereen kan nalezen.`,
  },
  {
    on: '2017-12-18',
    time: '11:00',
    title: 'Uitnodiging voor de burgertop op 14 januari',
    body: `Alle ${f.participants} deelnemers en ${f.wildcards} wildcards uit politiek, ambtenarij, bedrijfsleven en de vrije denkers zijn uitgenodigd voor de burgertop op zondag 14 januari 2018 in de Stadsgehoorzaal. Je zit aan tafel met ongeveer acht mensen uit verschillende wijken, met hooguit één wildcard per tafel. Laat ons voor 12 januari weten of je komt.`,
  },
  {
    on: '2018-01-08',
    time: '12:00',
    title: 'De agenda van de burgertop',
    body: `De moderatoren hebben de ideeën gebundeld tot ${f.themes.active} thema's, na ${f.themes.merges} samenvoegingen en ${f.themes.splits} splitsingen. Op de agenda van de burgertop staan ${f.agenda.length} thema's: ${list(f.agenda)}. Bij elk thema staat de regel waarmee het op de agenda kwam.`,
  },
  { on: '2018-01-15', time: '10:00', title: 'De uitslag van de burgertop', body: summitResult(f, wrongBallots(f)) },
  {
    on: '2018-02-05',
    time: '10:00',
    title: 'Werkgroepen van start',
    body: `Deze week beginnen ${f.groups.count} groepen, van wie ${f.groups.roundTables} als rondetafel, met samen ${f.groups.members} leden: bewoners die op de burgertop waren en enkele wildcards. Elke groep heeft een secretaris die de bijeenkomsten en voorstellen vastlegt.`,
  },
  {
    on: '2018-03-26',
    time: '10:00',
    title: 'Halverwege de werkgroepen',
    body: `De werkgroepen en rondetafels kwamen tot nu toe ${f.groups.meetingsByMarch} keer bijeen. De eerste voorstellen liggen er; ze worden de komende weken besproken met bewoners, de gemeente en maatschappelijke organisaties, en waar nodig herzien. Elke versie blijft zichtbaar.`,
  },
  {
    on: '2018-05-23',
    time: '10:00',
    title: 'Voorstellen beoordeeld',
    body: `De stuurgroep heeft de ${f.proposals.drafted} ingediende voorstellen beoordeeld: ${f.proposals.adopted} zijn aangenomen en ${f.proposals.rejected} afgewezen, met een toelichting. Een afgewezen voorstel mag de werkgroep herzien en opnieuw indienen. De aangenomen voorstellen vormen de basis van het manifest.`,
  },
  {
    on: '2018-06-04',
    time: '10:00',
    title: 'Het manifest krijgt vorm',
    body: 'De redactie schrijft het manifest op basis van de aangenomen voorstellen. Elk artikel noemt de voorstellen waarop het rust. Op donderdag 14 juni wordt het manifest gepresenteerd in de Pieterskerk; iedereen is welkom.',
  },
  {
    on: '2018-06-15',
    time: '10:00',
    title: 'Manifest gepresenteerd',
    body: `Gisteravond is het manifest gepresenteerd in de Pieterskerk. Het telt ${f.manifesto.clauses} artikelen. Op de avond zelf onderschreven ${f.manifesto.endorsementsOnTheDay} Leidenaren en organisaties het manifest. Dank aan iedereen die een huiskamer, een avond of een idee heeft gedeeld.`,
  },
];

/** The correction of the summit update: one number was copied wrongly. */
export const summitCorrection = (f: ProcessFacts): { readonly on: string; readonly time: string; readonly title: string; readonly body: string; readonly reason: string } => ({
  on: '2018-01-16',
  time: '09:15',
  title: 'De uitslag van de burgertop',
  body: summitResult(f, f.summit.ballots),
  reason: `Het aantal stembiljetten was verkeerd overgenomen: het zijn er ${f.summit.ballots}, niet ${wrongBallots(f)}. De uitslag zelf verandert niet.`,
});
