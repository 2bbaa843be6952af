import type { TopicId } from './idea-bank/idea-seed.model.js';

/** A theme the demo's moderators make. */
export interface ThemeDefinition {
  readonly themeId: string;
  /** The idea-bank theme its ideas come from, for the districts' leanings in the vote. */
  readonly topic: TopicId;
  readonly title: string;
  readonly description: string;
  /** What it is about, to end a sentence such as "Gaat over ...". */
  readonly about: string;
}

const theme = (themeId: string, topic: TopicId, title: string, about: string, description: string): ThemeDefinition => ({ themeId, topic, title, about, description });

/** One theme per theme of the idea bank, made on the first day of bundling. */
export const TOPIC_THEMES: Readonly<Record<TopicId, ThemeDefinition>> = {
  groen: theme('th-groen', 'groen', 'Groen in de wijk', 'bomen, parken en groen in de buurt', 'Meer en beter onderhouden groen: bomen in de straat, parken en plantsoenen, geveltuinen en plekken om buiten te zitten. Ook het kappen van bomen en het onderhoud van het openbaar groen.'),
  water: theme('th-water', 'water', 'Grachten en water', 'de grachten, singels en het water in de stad', 'Het water in en om de stad: schoon water, plekken om te zwemmen en aan de kant te zitten, kademuren, boten en overlast op het water, en wateroverlast na hevige regen.'),
  'fiets-verkeer': theme('th-fiets-verkeer', 'fiets-verkeer', 'Fiets en verkeer', 'fietsen, lopen en het verkeer', 'Veilig en prettig fietsen en lopen: fietspaden, stallingen, oversteekplekken, hardrijders, sluipverkeer en de bereikbaarheid van de wijken.'),
  parkeren: theme('th-parkeren', 'parkeren', 'Parkeren', 'parkeren in de wijk', 'Parkeerdruk in de woonstraten, bezoekers en forenzen die in de wijk parkeren, parkeervergunningen en de ruimte die auto\'s innemen.'),
  wonen: theme('th-wonen', 'wonen', 'Wonen', 'wonen in Leiden', 'Betaalbare woningen voor starters, gezinnen en ouderen, de wachtlijsten, kamerverhuur en studentenhuisvesting, nieuwbouw en het onderhoud van bestaande woningen.'),
  toerisme: theme('th-toerisme', 'toerisme', 'Drukte en toerisme in de binnenstad', 'de drukte en het toerisme in de binnenstad', 'De binnenstad als woonplek en als trekpleister: drukte in de winkelstraten, vakantieverhuur, terrassen, bezoekersstromen en de balans tussen bewoners en bezoekers.'),
  duurzaamheid: theme('th-duurzaamheid', 'duurzaamheid', 'Duurzaamheid en energie', 'duurzaamheid en energie', 'Zonnepanelen, isoleren, van het gas af, repareren in plaats van weggooien, en hoe bewoners en huurders daarbij geholpen worden.'),
  ouderen: theme('th-ouderen', 'ouderen', 'Eenzaamheid en ouderen', 'eenzaamheid en ouderen in de buurt', 'Ouderen die alleen zijn, mantelzorgers die overbelast raken, hulp in de buurt en plekken waar je zonder afspraak mensen ontmoet.'),
  'jongeren-sport': theme('th-jongeren-sport', 'jongeren-sport', 'Jongeren en sport', 'jongeren en sport', 'Plekken en activiteiten voor jongeren, sportvelden en zwembaden, de kosten van een sportclub en jongerenwerk in de wijken.'),
  cultuur: theme('th-cultuur', 'cultuur', 'Cultuur en evenementen', 'cultuur in de stad en de wijken', 'Podia, musea en bibliotheken, cultuur in de wijken en niet alleen in de binnenstad, oefenruimte voor makers en betaalbare toegang.'),
  veiligheid: theme('th-veiligheid', 'veiligheid', 'Veiligheid en verlichting', 'veiligheid op straat', 'Je veilig voelen op straat en thuis: verlichting, inbraken, overlast, de wijkagent en bewoners die samen een oogje in het zeil houden.'),
  ontmoeting: theme('th-ontmoeting', 'ontmoeting', 'Buurthuizen en ontmoeting', 'ontmoeting in de buurt', 'Buurthuizen en buurtkamers, plekken en gelegenheden om buurtgenoten te leren kennen, en ruimte voor wat bewoners zelf willen organiseren.'),
  onderwijs: theme('th-onderwijs', 'onderwijs', 'Onderwijs', 'onderwijs en scholen', 'Scholen in de wijk, wachtlijsten en het lerarentekort, huiswerkbegeleiding en taalles, en de band tussen universiteit, hogeschool, mbo en de stad.'),
  zorg: theme('th-zorg', 'zorg', 'Zorg dichtbij', 'zorg dichtbij huis', 'Huisartsen, wijkverpleging en het wijkteam, wachttijden in de zorg, hulp die versnipperd is, en zorg die ook zonder internet te bereiken is.'),
  werk: theme('th-werk', 'werk', 'Werk en ondernemen', 'werk en ondernemen in Leiden', 'Werk voor wie aan de kant staat, stages en bijbanen, lokale winkels en markten, ondernemers in de wijk en de regels waar zij tegenaan lopen.'),
  afval: theme('th-afval', 'afval', 'Afval en een schone stad', 'afval en een schone straat', 'Volle containers, grofvuil en zwerfafval, afval scheiden in de binnenstad en in flats, en het onderhoud van stoepen en straten.'),
  inspraak: theme('th-inspraak', 'inspraak', 'Inspraak en de gemeente', 'inspraak en de gemeente', 'Hoe de gemeente bewoners betrekt: meepraten voordat besluiten vallen, terugkoppeling op meldingen en ideeën, begrijpelijke brieven en een vast aanspreekpunt.'),
  toegankelijkheid: theme('th-toegankelijkheid', 'toegankelijkheid', 'Toegankelijkheid', 'een stad die voor iedereen toegankelijk is', 'Een stad waar je ook met een rolstoel, een rollator of een kinderwagen overal kunt komen: stoepen, drempels, openbare gebouwen en vervoer.'),
  spelen: theme('th-spelen', 'spelen', 'Kinderen en spelen', 'spelen en kinderen in de buurt', 'Speeltuinen en speelplekken voor alle leeftijden, schoolpleinen die open zijn, veilig buiten spelen en activiteiten voor kinderen in de vakanties.'),
};

/** A theme that gathers ideas across the idea bank by what they mention, made in the first week. */
export interface GatheringTheme extends ThemeDefinition {
  readonly pattern: RegExp;
}

export const GATHERING_THEMES: readonly GatheringTheme[] = [
  {
    ...theme('th-ov', 'fiets-verkeer', 'Openbaar vervoer', 'het openbaar vervoer', 'Bussen en haltes, de verbinding tussen de wijken, het station en de werkgebieden, en vervoer voor wie niet fietst of autorijdt.'),
    pattern: /\bbus|bushalte|busverbinding|pendelbus|seniorenbus|buurtbus|waterbus/i,
  },
  {
    ...theme('th-evenementen', 'toerisme', 'Evenementen en nachtleven', 'evenementen en het nachtleven', 'Feesten, festivals en evenementen in de stad, het uitgaansleven en de horeca, en de overlast die daarbij kan horen.'),
    pattern: /evenement|festival|feest|horeca|uitgaan|terras|lakenfeest|bierfiets/i,
  },
  {
    ...theme('th-buurtbudget', 'inspraak', 'Buurtbudget en burgerbegroting', 'een budget dat bewoners zelf verdelen', 'Bewoners die zelf beslissen over een deel van het geld voor hun wijk of de stad, met een stemming of een burgerbegroting.'),
    pattern: /budget|begroting/i,
  },
];

/** Ideas of another theme that also mention this one's subject get a second link now and then. */
export const ALSO_LINKED: readonly { readonly topic: TopicId; readonly pattern: RegExp; readonly chance: number }[] = [
  { topic: 'ouderen', pattern: /ouderen|senioren/i, chance: 0.6 },
  { topic: 'toegankelijkheid', pattern: /rollator|rolstoel|slecht ter been|drempel/i, chance: 0.7 },
  { topic: 'spelen', pattern: /kinderen|speel/i, chance: 0.35 },
  { topic: 'groen', pattern: /bomen|plantsoen|geveltuin/i, chance: 0.3 },
];

/** Links the moderators undo on a second reading, with why. */
export const UNLINK_RULES: readonly { readonly themeId: string; readonly pattern: RegExp; readonly rationale: string }[] = [
  { themeId: 'th-ov', pattern: /verlichting|looproute/i, rationale: 'Gaat over veiligheid rond de halte, niet over het openbaar vervoer zelf; het idee blijft bij Veiligheid en verlichting.' },
  { themeId: 'th-ov', pattern: /peuken/i, rationale: 'Gaat over zwerfafval bij de haltes; het hoort bij Afval en een schone stad, niet bij het openbaar vervoer.' },
  { themeId: 'th-buurtbudget', pattern: /feest/i, rationale: 'Vraagt geld voor een feest in de wijk, niet om een budget dat bewoners zelf verdelen.' },
  { themeId: 'th-toegankelijkheid', pattern: /drempel(s)? (en|op|komen)|moet een drempel/i, rationale: 'Gaat over verkeersdrempels tegen hard rijden, niet over drempels voor mensen met een beperking.' },
  { themeId: 'th-evenementen', pattern: /schoonmaak/i, rationale: 'Het feestje is bijzaak; het idee gaat over het schoonhouden van het water.' },
  { themeId: 'th-spelen', pattern: /hond/i, rationale: 'Het gaat om hondenpoep in het park, niet om spelen; de koppeling was te ruim.' },
];

/** Merges: the sources retire into the target, then the target gets a title that covers it all. */
export const MERGES: readonly { readonly targetThemeId: string; readonly sourceThemeIds: readonly string[]; readonly rationale: string; readonly revision: Omit<ThemeDefinition, 'themeId' | 'topic' | 'about'> & { reason: string } }[] = [
  {
    targetThemeId: 'th-fiets-verkeer',
    sourceThemeIds: ['th-parkeren', 'th-ov'],
    rationale: 'Parkeren en het openbaar vervoer komen in bijna elk gesprek samen met de fiets en de drukte op straat terug; één thema over hoe Leidenaren zich verplaatsen.',
    revision: {
      title: 'Fiets, verkeer en parkeren',
      description: 'Hoe Leidenaren zich verplaatsen: veilig fietsen en lopen, stallingen en oversteekplekken, de bus naar de wijken, parkeerdruk in de woonstraten en de ruimte die de auto inneemt.',
      reason: 'Na het samenvoegen met Parkeren en Openbaar vervoer dekte de titel de lading niet meer.',
    },
  },
  {
    targetThemeId: 'th-toerisme',
    sourceThemeIds: ['th-evenementen'],
    rationale: 'Evenementen en nachtleven zijn in de gesprekken vooral een kant van de drukte in de binnenstad; samen met Drukte en toerisme.',
    revision: {
      title: 'Drukte, toerisme en evenementen',
      description: 'De binnenstad als woonplek en als trekpleister: drukte, vakantieverhuur, terrassen en horeca, evenementen door het jaar heen, en de balans tussen bewoners en bezoekers.',
      reason: 'Evenementen en nachtleven zijn in dit thema opgegaan; titel en omschrijving zeggen dat nu ook.',
    },
  },
  {
    targetThemeId: 'th-inspraak',
    sourceThemeIds: ['th-buurtbudget'],
    rationale: 'Een eigen budget voor de buurt is een vorm van meebeslissen; het hoort bij Inspraak en de gemeente.',
    revision: {
      title: 'Inspraak en buurtbudget',
      description: 'Hoe de gemeente bewoners betrekt en hoe bewoners zelf meebeslissen: meepraten voordat besluiten vallen, terugkoppeling, een vast aanspreekpunt en een budget dat de wijk zelf verdeelt.',
      reason: 'Aangevuld na het samenvoegen met Buurtbudget en burgerbegroting.',
    },
  },
];

/** A revision without a merge: a description made sharper after reading all the ideas. */
export const PLAIN_REVISIONS: readonly { readonly themeId: string; readonly title: string; readonly description: string; readonly reason: string }[] = [
  {
    themeId: 'th-afval',
    title: 'Afval en een schone stad',
    description: 'Volle containers, grofvuil en zwerfafval, hondenpoep en graffiti, afval scheiden in de binnenstad en in flats, en het onderhoud van stoepen en straten.',
    reason: 'Omschrijving aangevuld: hondenpoep en graffiti kwamen in veel gesprekken terug.',
  },
];

/** Splits: every idea of the source goes to the first part whose pattern it matches, else to the first part. */
export const SPLITS: readonly { readonly sourceThemeId: string; readonly rationale: string; readonly parts: readonly (ThemeDefinition & { readonly pattern?: RegExp })[] }[] = [
  {
    sourceThemeId: 'th-wonen',
    rationale: 'Wonen is een van de grootste thema\'s en bevat twee verschillende vragen: betaalbare woningen voor starters, gezinnen en ouderen, en de druk van kamerverhuur en studentenhuisvesting op de wijken.',
    parts: [
      theme('th-betaalbaar-wonen', 'wonen', 'Betaalbaar wonen', 'betaalbaar wonen', 'Woningen die starters, gezinnen, middeninkomens en ouderen kunnen betalen: sociale huur, wachtlijsten, doorstromen, nieuwbouw en het onderhoud van bestaande woningen.'),
      {
        ...theme('th-studentenhuisvesting', 'wonen', 'Studentenhuisvesting en kamerverhuur', 'studentenhuisvesting en kamerverhuur', 'Genoeg en fatsoenlijke kamers voor studenten, zonder dat hele straten in de verhuur gaan: kamerverhuur, huisjesmelkers, hospitaverhuur en nieuwe studentenwoningen.'),
        pattern: /student|kamer|hospita/i,
      },
    ],
  },
  {
    sourceThemeId: 'th-jongeren-sport',
    rationale: 'De ideeën over jongeren gaan over een plek en een stem in de wijk, die over sport over velden, zwembaden en contributie; apart zijn ze beter te bespreken.',
    parts: [
      theme('th-jongeren', 'jongeren-sport', 'Jongeren in de wijk', 'jongeren in de wijk', 'Plekken waar jongeren welkom zijn, jongerenwerk, een stem in de stad, stages en bijbanen voor jongeren zonder netwerk.'),
      {
        ...theme('th-sport', 'jongeren-sport', 'Sport en bewegen', 'sport en bewegen', 'Sportvelden en zwembaden die open zijn voor iedereen, betaalbare contributie, bewegen in de openbare ruimte en sport voor meiden en ouderen.'),
        pattern: /sport|voetbal|zwem|fitness|hardloop|skate|court|veld|toernooi|rekstok/i,
      },
    ],
  },
];
