/** A proposal a working group might draft, with the manifesto clause it could become and the ideas it builds on. */
export interface ProposalSeed {
  readonly title: string;
  /** Ideas of the theme whose text matches are cited first. */
  readonly match: RegExp;
  readonly text: string;
  /** How the manifesto says it, as one article. */
  readonly clause: string;
}

export const proposal = (title: string, match: RegExp, text: string, clause: string): ProposalSeed => ({ title, match, text, clause });

/** Proposals about the city itself: green, water, traffic, housing, the inner city, safety, waste. */
export const CITY_PROPOSALS: Readonly<Record<string, readonly ProposalSeed[]>> = {
  'th-groen': [
    proposal('Een boom in elke straat', /boom|bomen|schaduw|heet/i,
      'De gemeente plant de komende vier jaar in elke straat zonder bomen minstens één boom, te beginnen in de wijken waar het in de zomer het heetst wordt. Bewoners kiezen samen de plek en de soort. Wie een boom wil adopteren, krijgt een gieter en een bordje.',
      'Leiden plant in elke straat zonder bomen minstens één boom, samen met de bewoners die er wonen.'),
    proposal('Buurtgroen in eigen hand', /adopt|onderhoud|moestuin|buurttuin|pluktuin|geveltuin|tegel/i,
      'Bewoners die een stuk openbaar groen willen onderhouden of een buurtmoestuin willen beginnen, krijgen binnen zes weken toestemming, gereedschap en plantgoed. De gemeente blijft verantwoordelijk voor de bomen en de grote klussen. Een vast aanspreekpunt per wijk helpt nieuwe groepen op weg.',
      'Bewoners krijgen het recht om zelf openbaar groen te onderhouden en buurtmoestuinen te beginnen, met steun van de gemeente.'),
    proposal('Het Singelpark rondom af', /singelpark|park|wandel|leidse hout/i,
      'Het Singelpark wordt binnen vijf jaar rondom wandelbaar, met bankjes en watertappunten onderweg. Bewegwijzerde wandelroutes verbinden het met de parken in de wijken, zodat ook bewoners van de buitenwijken er te voet of op de fiets makkelijk komen.',
      'Het Singelpark wordt rondom af en verbonden met de parken in de wijken.'),
  ],
  'th-water': [
    proposal('Een zwemplek in de stad', /zwem|steiger|vlonder|voeten in het water|trapje/i,
      'Binnen twee zomers komt er een veilige, schone zwemplek in de stad, met een afgezet stuk water, een trap en toezicht op warme dagen. De waterkwaliteit wordt elke week gemeten en gepubliceerd, zodat iedereen weet of zwemmen verantwoord is.',
      'Leiden krijgt een schone, veilige zwemplek in de stad, met een waterkwaliteit die iedereen kan nazien.'),
    proposal('Rust op de grachten', /sloep|rondvaart|muziek|herrie|feest|boten|aanleg/i,
      'Voor feestboten en sloepen komen vaarregels: geen versterkte muziek na elf uur \'s avonds en een vaste opstapplek voor rondvaartboten. Bewoners, schippers en horeca stellen de regels samen op en bekijken na één seizoen of ze werken.',
      'Op de grachten geldt \'s avonds rust, met vaarregels die bewoners, schippers en horeca samen maken.'),
    proposal('Schoon water, samen', /vies|kroos|zwerfvuil|fietswrak|schoonmaak|algen|dode vissen/i,
      'Elk voorjaar worden fietswrakken en zwerfvuil uit de grachten en singels gehaald, met een schoonmaakdag waarop bewoners in kano\'s meedoen. Waar het water stilstaat, komen drijvende tuintjes voor vogels en vissen.',
      'Het water in de stad wordt elk voorjaar schoongemaakt, samen met de bewoners.'),
  ],
  'th-fiets-verkeer': [
    proposal('Ruimte voor de fiets', /stalling|fietsen|weesfiets|station|nietjes|fietsenrek/i,
      'Bij het station en in de winkelstraten komen genoeg gratis en bewaakte stallingsplekken, en weesfietsen worden binnen vier weken weggehaald. In woonstraten komen fietsnietjes op plekken waar nu auto\'s staan, in overleg met de straat.',
      'Er komt genoeg gratis stallingsruimte voor fietsen bij het station, in de winkelstraten en in de woonstraten.'),
    proposal('Veilig oversteken naar school', /oversteek|zebrapad|school|kinderen|hard|drempel|flitspaal|30-kilometer/i,
      'Rond alle basisscholen en op de fietsroutes naar de middelbare scholen komt een veilige oversteek, met een zebrapad of verkeerslichten. Op doorgaande wegen door woonwijken waar kinderen naar school fietsen, geldt 30 kilometer per uur.',
      'Elke school in Leiden is veilig te bereiken, met veilige oversteken en 30 kilometer per uur waar kinderen fietsen.'),
    proposal('De wijken bereikbaar, ook \'s avonds', /bus|halte|parkeer|auto|busje/i,
      'De bus naar de buitenwijken rijdt ook \'s avonds en in het weekend minstens twee keer per uur, met een snelle lijn tussen de wijken, het station en het Bio Science Park. Samen met bewoners wordt bekeken waar parkeerplekken in drukke woonstraten plaats kunnen maken voor fietsen, groen en spelen.',
      'De wijken zijn ook \'s avonds en in het weekend goed met de bus bereikbaar, en de straat is er niet alleen voor de auto.'),
  ],
  'th-toerisme': [
    proposal('Een bezoekersplan voor de binnenstad', /toerist|bezoeker|druk|groepen/i,
      'Met bewoners en ondernemers wordt vastgesteld hoeveel bezoekers de binnenstad aankan. Routes langs molens en hofjes sturen bezoekers ook naar de wijken. De toeristenbelasting gaat naar een schone en leefbare binnenstad.',
      'Leiden maakt met bewoners en ondernemers een plan voor hoeveel bezoekers de binnenstad aankan.'),
    proposal('Grenzen aan vakantieverhuur', /vakantieverhuur|rolkoffer|verhuur/i,
      'Voor vakantieverhuur komt een registratieplicht en een maximum van dertig nachten per jaar. De gemeente controleert daarop en maakt elk jaar bekend hoeveel woningen worden verhuurd.',
      'Vakantieverhuur is geregistreerd en aan een maximum gebonden, zodat woningen woningen blijven.'),
    proposal('Evenementen met de buren', /evenement|feest|festival|horeca|terras|lakenfeest|3 oktober/i,
      'Evenementen worden beter over het jaar gespreid en omwonenden horen er minstens vier weken vooraf van. Elk jaar is er een avond van bewoners en horeca samen, zodat klachten niet alleen via de politie lopen.',
      'Evenementen worden over het jaar gespreid en vooraf met de buren besproken.'),
  ],
  'th-duurzaamheid': [
    proposal('Een energiecoach voor iedereen', /energie|isoler|gas|coach|huurder/i,
      'Elk huishouden kan een gratis energiecoach aan huis krijgen, ook huurders. De coach helpt met kleine maatregelen en wijst de weg naar subsidies; de gemeente spreekt met de corporaties af dat huurders mee kunnen doen.',
      'Elk Leids huishouden, ook een huurder, kan gratis hulp krijgen om energie te besparen.'),
    proposal('Zon op elk publiek dak', /zonnepan|zonnedak|dak/i,
      'Alle geschikte daken van de gemeente, scholen en sporthallen krijgen zonnepanelen. Daken die over zijn, worden beschikbaar gesteld voor gezamenlijke zonnedaken van bewoners zonder eigen geschikt dak.',
      'Alle geschikte publieke daken krijgen zonnepanelen, en bewoners zonder eigen dak kunnen meedoen.'),
    proposal('Repareren in de wijk', /repair|repar|weggooi|statiegeld|ruil/i,
      'In elke wijk krijgt een repaircafé ruimte en gereedschap, met een ruilplek voor spullen erbij. De wijken waar nu niets is, gaan voor.',
      'In elke wijk is een plek om spullen te repareren en te ruilen.'),
  ],
  'th-veiligheid': [
    proposal('Licht op de route naar huis', /licht|verlicht|donker|lantaarn|struik|tunnel/i,
      'De verlichting op fietspaden, bij haltes en in parken wordt op orde gebracht, te beginnen op de routes die bewoners zelf als onveilig aanwijzen. Struiken bij paden en speelplekken worden gesnoeid, zodat je kunt zien wie er staat.',
      'De routes waarop Leidenaren \'s avonds naar huis gaan, zijn goed verlicht en overzichtelijk.'),
    proposal('De wijkagent op de fiets', /wijkagent|politie|handhav/i,
      'Elke wijk heeft een wijkagent die te voet of op de fiets in de wijk is en een vast spreekuur houdt in het buurthuis. De gemeente maakt bekend wie de wijkagent is en hoe je hem of haar bereikt.',
      'Elke wijk heeft een wijkagent die bewoners kennen en die in de wijk te zien is.'),
    proposal('Samen veilig', /buurtpreventie|appgroep|inbraak|meld|oplicht|avondronde/i,
      'Buurtpreventieteams krijgen training en materiaal. Het meldpunt voor overlast meldt altijd terug wat er met een melding is gebeurd. In de buurthuizen komt voorlichting tegen oplichting aan de deur en aan de telefoon.',
      'Bewoners die samen voor een veilige buurt zorgen, krijgen steun, en elke melding krijgt een antwoord.'),
  ],
  'th-afval': [
    proposal('Containers die niet overlopen', /container|vol|zakken|weekend|meeuw/i,
      'De ondergrondse containers worden ook in het weekend geleegd. Met een app meld je een volle container, en die wordt dezelfde dag opgepakt. In wijken waar meeuwen de zakken openscheuren, komen afsluitbare bakken.',
      'Containers worden op tijd geleegd, ook in het weekend.'),
    proposal('Grofvuil zonder gedoe', /grofvuil|milieustraat|dump/i,
      'Grofvuil wordt een paar keer per jaar gratis aan huis opgehaald en een inzamelwagen rijdt elke maand langs de wijken. Het dumpen van afval wordt harder aangepakt.',
      'Grofvuil wordt gratis aan huis opgehaald en dumpen wordt aangepakt.'),
    proposal('Samen schoon', /schoonmaak|prikker|peuken|zwerf|hond|graffiti|adopteren/i,
      'Buurtschoonmaakdagen krijgen prikkers, zakken en een ophaalronde van de gemeente. Scholen kunnen een straat adopteren. Graffiti en hondenpoep worden sneller opgeruimd.',
      'Bewoners en scholen die hun straat schoonhouden, krijgen steun van de gemeente.'),
  ],
  'th-toegankelijkheid': [
    proposal('Stoepen voor iedereen', /stoep|rollator|rolstoel|kinderwagen|obstakel/i,
      'De looproutes in elke wijk worden vrijgemaakt van obstakels en stoepranden bij oversteken worden verlaagd, te beginnen rond zorgcentra, winkels en haltes.',
      'Iedereen kan in Leiden over de stoep, ook met een rollator, rolstoel of kinderwagen.'),
    proposal('Toegankelijke gebouwen', /gebouw|toilet|winkel|ingang|lift|trap/i,
      'Alle openbare gebouwen en openbare toiletten worden toegankelijk gemaakt. Winkeliers krijgen hulp bij een oprijplaat of een bel aan de deur.',
      'Openbare gebouwen en toiletten zijn voor iedereen toegankelijk.'),
    proposal('Ervaringsdeskundigen kijken mee', /beperking|blind|slechtzien|doof|geleide/i,
      'Bij elk nieuw ontwerp voor straten en pleinen kijken mensen met een beperking mee, voordat het ontwerp wordt vastgesteld.',
      'Mensen met een beperking kijken mee bij de inrichting van de stad.'),
  ],
  'th-betaalbaar-wonen': [
    proposal('Een vast deel betaalbaar', /nieuwbouw|sociale huur|betaal|huur|starter|middeninkomen/i,
      'Bij elke nieuwbouw wordt vooraf vastgelegd dat minstens een derde sociale huur is en een derde middenhuur. Starters die al jaren in Leiden wonen of werken, krijgen voorrang.',
      'Bij elke nieuwbouw is een vast deel betaalbaar voor lage en middeninkomens.'),
    proposal('Doorstromen in de eigen buurt', /ouderen|kleiner|gelijkvloers|verhuiz|ruil|kangoeroe/i,
      'Ouderen die kleiner willen wonen, krijgen hulp bij een verhuizing naar een gelijkvloerse woning in de eigen buurt. Een Leidse woningruilsite maakt wisselen makkelijker.',
      'Ouderen kunnen in hun eigen buurt kleiner gaan wonen, zodat gezinswoningen vrijkomen.'),
    proposal('Wonen om in te wonen', /belegger|opgekocht|zelfbewoning|leeg|boven winkels/i,
      'Voor nieuwe koopwoningen komt een zelfbewoningsplicht, en lege verdiepingen boven winkels worden weer bewoonbaar gemaakt.',
      'Woningen zijn er om in te wonen, niet om mee te beleggen.'),
  ],
  'th-studentenhuisvesting': [
    proposal('Studentenwoningen waar ze passen', /bouw|bio science|tijdelijk|unit|hostel/i,
      'Bij de universiteit en het Bio Science Park worden studentenwoningen gebouwd, en op plekken die nog jaren leegliggen komen tijdelijke units. Internationale studenten krijgen vóór het studiejaar een kamer.',
      'Studenten krijgen eigen woningen, zodat gezinswoningen in de wijken vrijkomen.'),
    proposal('Een maximum per straat', /straat|opgekocht|kamerverhuur|opsplits|splits/i,
      'Er komt een maximum aan het aantal kamerverhuurpanden per straat, en het opsplitsen van gezinswoningen wordt aan strengere regels gebonden.',
      'Er komt een maximum aan kamerverhuur per straat.'),
    proposal('Een huurteam voor huurders', /huisjesmelker|schimmel|huurteam|huisbaas|hospita|absurde/i,
      'Een huurteam helpt studenten en andere huurders tegen huisjesmelkers, met een gratis huurcheck. Hospitaverhuur wordt makkelijker gemaakt voor ouderen met een lege kamer.',
      'Huurders van kamers staan er niet alleen voor tegenover hun huisbaas.'),
  ],
};
