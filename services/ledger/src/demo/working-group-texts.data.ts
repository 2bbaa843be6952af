/**
 * Texts of the working groups: meeting summaries (about the topic, never about persons), the notes
 * that go with a revision, and the steering group's reasons for a rejection. `{groep}` is "de
 * werkgroep" or "de rondetafel", `{about}` what its theme is about, `{n}` the ideas in its theme.
 */
export const FIRST_MEETING: readonly string[] = [
  'Eerste bijeenkomst. Kennismaking, afspraken over de werkwijze en een eerste rondgang langs de {n} ideeën over {about}. {Groep} koos drie richtingen om verder uit te werken.',
  'Startbijeenkomst. De ideeën en de kernpunten van de tafels op de burgertop over {about} zijn doorgenomen; er is een planning tot de zomer gemaakt.',
  'Aftrap. {Groep} las de {n} ideeën in het thema door, bundelde ze in een paar vragen en verdeelde het uitzoekwerk voor de volgende keer.',
];

export const MIDDLE_MEETINGS: readonly string[] = [
  'Gesprek met medewerkers van de gemeente over wat er al gebeurt rond {about} en waar het vastloopt. Afgesproken om twee voorstellen verder uit te werken.',
  'Werkbezoek in twee wijken om te zien waar de ideeën over gaan. De indrukken zijn verwerkt in de eerste versie van de voorstellen.',
  'De conceptvoorstellen zijn besproken en aangescherpt. Vragen over kosten en uitvoering gaan mee naar de volgende bijeenkomst.',
  'Bewonersavond in het buurthuis: {groep} legde de voorstellen over {about} voor aan buurtbewoners. De reacties waren overwegend positief, met kritische vragen over de uitvoering.',
  'Overleg met maatschappelijke organisaties over {about}. Zij willen meedenken over de uitvoering en hebben voorbeelden uit andere steden aangereikt.',
  '{Groep} besprak de reacties op de eerste versie van de voorstellen en paste de teksten aan. Er is gekeken welke ideeën uit het thema nog niet terugkomen.',
  'Avond over de kosten: wat kan binnen de bestaande budgetten, wat vraagt nieuw geld, en wat kunnen bewoners zelf doen.',
  'Vergelijking met wat andere steden doen rond {about}. Twee voorbeelden zijn in de voorstellen verwerkt.',
];

export const LAST_MEETING: readonly string[] = [
  'Laatste bijeenkomst. De voorstellen zijn definitief gemaakt en worden aan de stuurgroep voorgelegd. {Groep} wil betrokken blijven bij de uitvoering.',
  'Afronding: de definitieve teksten zijn vastgesteld. {Groep} keek terug op de samenwerking en sprak af elkaar bij de presentatie van het manifest weer te zien.',
  'Slotbijeenkomst. De laatste opmerkingen zijn verwerkt; de voorstellen gaan naar de stuurgroep. Er is een korte toelichting voor het manifest geschreven.',
];

/** A revision: the note that says what changed, and the sentence it adds to the proposal. */
export const REVISIONS: readonly { readonly note: string; readonly addition: string }[] = [
  {
    note: 'Na de bewonersavond: eerst een proef in twee wijken.',
    addition: 'De werkgroep stelt voor te beginnen met een proef in twee wijken en na een jaar met de bewoners te bekijken wat het heeft opgeleverd.',
  },
  {
    note: 'Kosten en uitvoering toegevoegd na overleg met de gemeente.',
    addition: 'De kosten worden zoveel mogelijk gedekt uit de bestaande budgetten voor de wijken; de gemeente voert uit, samen met bewonersgroepen.',
  },
  {
    note: 'Aangevuld na het gesprek met de wijkteams.',
    addition: 'De wijkteams en bewonersorganisaties worden vanaf het begin bij de uitwerking betrokken.',
  },
  {
    note: 'Meetbaar gemaakt: wat er over vier jaar bereikt moet zijn.',
    addition: 'Over vier jaar moet zichtbaar zijn dat het werkt; de gemeente rapporteert daar elk jaar over aan de bewoners.',
  },
  {
    note: 'De rol van vrijwilligers verduidelijkt.',
    addition: 'Vrijwilligers krijgen ondersteuning en een onkostenvergoeding, maar het voorstel leunt niet alleen op hen.',
  },
  {
    note: 'Rekening gehouden met de verschillen tussen de wijken.',
    addition: 'Per wijk wordt gekeken wat nodig is; de buitenwijken krijgen dezelfde aandacht als de binnenstad.',
  },
  {
    note: 'Toegevoegd hoe bewoners op de hoogte blijven.',
    addition: 'Bewoners kunnen de voortgang volgen op één openbare pagina, per wijk bijgehouden.',
  },
];

/** The steering group's reasons; the first kind is answered with a revision and submitted again. */
export const REJECTIONS: readonly { readonly reason: string; readonly note: string; readonly addition: string }[] = [
  {
    reason: 'De kosten zijn niet uitgewerkt; de stuurgroep kan het voorstel zo niet aan de gemeenteraad voorleggen.',
    note: 'Herzien na de afwijzing: kosten en dekking toegevoegd.',
    addition: 'De werkgroep schat de kosten op enkele tonnen per jaar, te dekken uit de bestaande budgetten voor de wijken en een bijdrage van de woningcorporaties.',
  },
  {
    reason: 'Het voorstel valt grotendeels samen met een ander voorstel van dezelfde werkgroep; de stuurgroep neemt dat andere voorstel over.',
    note: '',
    addition: '',
  },
  {
    reason: 'Het voorstel vraagt iets waarover de gemeente niet beslist; zo geformuleerd kan het niet in het manifest.',
    note: '',
    addition: '',
  },
];

export const fillGroup = (template: string, values: { readonly group: string; readonly about: string; readonly ideas: number }): string =>
  template
    .replaceAll('{Groep}', values.group.charAt(0).toUpperCase() + values.group.slice(1))
    .replaceAll('{groep}', values.group)
    .replaceAll('{about}', values.about)
    .replaceAll('{n}', String(values.ideas));
