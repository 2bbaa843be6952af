import type { MessageTemplate } from './localise.js';

/*
 * Every sentence the trail shows a resident, Dutch first, English second. `{name}` is a
 * placeholder; `{n|one|other}` prints the number n with the singular or plural noun.
 */

/** Where an idea's trail stops, and why. */
export const explanationMessages = {
  withdrawnParticipantRequest: {
    nl: 'Dit idee is op verzoek van de deelnemer ingetrokken. De tekst wordt niet meer getoond (het ondertekende logboek bewaart hem, want het wordt nooit herschreven); de plaats van het idee in het spoor blijft zichtbaar.',
    en: "This idea was withdrawn at the participant's request. Its text is no longer shown (the signed log keeps it, as it is never rewritten); the idea's place in the trail stays visible.",
  },
  withdrawnDuplicate: {
    nl: 'Dit idee is ingetrokken omdat het twee keer was vastgelegd. De tekst wordt niet meer getoond (het ondertekende logboek bewaart hem, want het wordt nooit herschreven); de plaats van het idee in het spoor blijft zichtbaar.',
    en: "This idea was withdrawn because it had been recorded twice. Its text is no longer shown (the signed log keeps it, as it is never rewritten); the idea's place in the trail stays visible.",
  },
  withdrawnRecordedInError: {
    nl: 'Dit idee is ingetrokken omdat het per vergissing was vastgelegd. De tekst wordt niet meer getoond (het ondertekende logboek bewaart hem, want het wordt nooit herschreven); de plaats van het idee in het spoor blijft zichtbaar.',
    en: "This idea was withdrawn because it had been recorded in error. Its text is no longer shown (the signed log keeps it, as it is never rewritten); the idea's place in the trail stays visible.",
  },
  inManifesto: {
    nl: 'Dit idee staat in het manifest: {clauses}, via {proposals}. Het manifest is vastgesteld op {date}.',
    en: 'This idea is in the manifesto: {clauses}, through {proposals}. The manifesto was adopted on {date}.',
  },
  inDraftManifesto: {
    nl: 'Dit idee staat in het concept van het manifest: {clauses}, via {proposals}. Het manifest is nog niet vastgesteld.',
    en: 'This idea is in the draft manifesto: {clauses}, through {proposals}. The manifesto has not been adopted yet.',
  },
  proposalAdopted: {
    nl: "Voorstel '{proposal}' bouwt voort op dit idee en is op {date} aangenomen; het manifest verwijst er nog niet naar.",
    en: "Proposal '{proposal}' builds on this idea and was adopted on {date}; the manifesto does not cite it yet.",
  },
  proposalSubmitted: {
    nl: "Voorstel '{proposal}' (versie {version}) bouwt voort op dit idee; het is op {date} ingediend en wacht op een besluit.",
    en: "Proposal '{proposal}' (version {version}) builds on this idea; it was submitted on {date} and awaits a decision.",
  },
  proposalDrafting: {
    nl: "{group} werkt aan voorstel '{proposal}' (versie {version}), dat voortbouwt op dit idee; het is nog niet ingediend.",
    en: "{group} is working on proposal '{proposal}' (version {version}), which builds on this idea; it has not been submitted yet.",
  },
  proposalRejected: {
    nl: "Voorstel '{proposal}', dat voortbouwde op dit idee, is op {date} afgewezen: {reason}",
    en: "Proposal '{proposal}', which built on this idea, was rejected on {date}: {reason}",
  },
  inWorkingGroup: {
    nl: "{group} werkt aan het thema '{theme}'; er is nog geen voorstel dat voortbouwt op dit idee.",
    en: "{group} is working on the theme '{theme}'; no proposal builds on this idea yet.",
  },
  chosen: {
    nl: "Het thema '{theme}' is op de burgertop gekozen: {votes|stem|stemmen}, plaats {rank} van {of}. Er is nog geen werkgroep die eraan werkt.",
    en: "The theme '{theme}' was chosen at the summit: {votes|vote|votes}, place {rank} of {of}. No working group is working on it yet.",
  },
  notChosen: {
    nl: "Het thema '{theme}' is op de burgertop niet gekozen: {votes|stem|stemmen}, plaats {rank} van {of}; de eerste {chosen} gingen door.",
    en: "The theme '{theme}' was not chosen at the summit: {votes|vote|votes}, place {rank} of {of}; the top {chosen} went on.",
  },
  onAgenda: {
    nl: "Het thema '{theme}' staat op de agenda van de burgertop ({rule}); er is nog niet over gestemd.",
    en: "The theme '{theme}' is on the summit agenda ({rule}); it has not been voted on yet.",
  },
  onAgendaNotOnBallot: {
    nl: "Het thema '{theme}' kwam op de agenda nadat de stemming was geopend, en stond daardoor niet op het stembiljet.",
    en: "The theme '{theme}' was put on the agenda after voting had opened, so it was not on the ballot.",
  },
  notOnAgenda: {
    nl: "Dit idee zit in {themes}, dat niet op de agenda van de burgertop is gekomen; de agenda telde {agenda|thema|thema's}.",
    en: 'This idea is in {themes}, which did not make it onto the summit agenda; the agenda had {agenda|theme|themes}.',
  },
  notOnAgendaMany: {
    nl: "Dit idee zit in {themes}, die geen van alle op de agenda van de burgertop zijn gekomen; de agenda telde {agenda|thema|thema's}.",
    en: 'This idea is in {themes}, none of which made it onto the summit agenda; the agenda had {agenda|theme|themes}.',
  },
  notOnAgendaNoTheme: {
    nl: "Dit idee zit in geen enkel thema en is daardoor niet op de agenda van de burgertop gekomen; de agenda telde {agenda|thema|thema's}.",
    en: 'This idea is in no theme, so it did not reach the summit agenda; the agenda had {agenda|theme|themes}.',
  },
  inBundlingInTheme: {
    nl: 'Dit idee is gebundeld in {themes}; de agenda van de burgertop is nog niet vastgesteld.',
    en: 'This idea has been bundled into {themes}; the summit agenda has not been set yet.',
  },
  inBundlingNotLinked: {
    nl: 'Dit idee wacht nog op bundeling: het is nog aan geen enkel thema gekoppeld.',
    en: 'This idea is still waiting to be bundled: it has not been linked to any theme yet.',
  },
  inBundlingUnlinked: {
    nl: "Dit idee is losgekoppeld van het thema '{theme}' ({rationale}) en zit nu in geen enkel thema; het wacht op een nieuwe plek.",
    en: "This idea was unlinked from the theme '{theme}' ({rationale}) and is now in no theme; it is waiting for a new place.",
  },
} as const satisfies Record<string, MessageTemplate>;

/** Answers when a receipt code, clause or theme is not found. */
export const lookupMessages = {
  receiptCodeUnknown: {
    nl: 'Er is geen idee met volgcode {code}. Controleer de code op je bonnetje.',
    en: 'There is no idea with receipt code {code}. Please check the code on your receipt.',
  },
  receiptCodeMalformed: {
    nl: "'{input}' is geen volgcode: een volgcode heeft acht tekens, zoals K7M4-QX2P.",
    en: "'{input}' is not a receipt code: a receipt code has eight characters, such as K7M4-QX2P.",
  },
  clauseUnknown: { nl: 'Er is geen artikel met id {clauseId} in het manifest.', en: 'There is no clause with id {clauseId} in the manifesto.' },
  themeUnknown: { nl: 'Er is geen thema met id {themeId}.', en: 'There is no theme with id {themeId}.' },
} as const satisfies Record<string, MessageTemplate>;

/** The one sentence under a clause that says where it comes from. */
export const rootsMessages = {
  summary: {
    nl: 'gaat terug op {ideas|idee|ideeën} uit {conversations|huiskamer|huiskamers} in {districts} van de {total} wijken',
    en: 'goes back to {ideas|idea|ideas} from {conversations|living room|living rooms} in {districts} of the {total} districts',
  },
  summaryWithoutTotal: {
    nl: 'gaat terug op {ideas|idee|ideeën} uit {conversations|huiskamer|huiskamers} in {districts|wijk|wijken}',
    en: 'goes back to {ideas|idea|ideas} from {conversations|living room|living rooms} in {districts|district|districts}',
  },
  withdrawnSuffix: { nl: '; {withdrawn|idee is|ideeën zijn} later ingetrokken', en: '; {withdrawn|idea was|ideas were} withdrawn later' },
  editorial: { nl: 'is een redactioneel artikel en verwijst naar geen voorstel: {note}', en: 'is an editorial clause and cites no proposal: {note}' },
} as const satisfies Record<string, MessageTemplate>;

/** Words that go into the sentences above. */
export const wordMessages = {
  theme: { nl: "thema '{title}'", en: "theme '{title}'" },
  quoted: { nl: "'{title}'", en: "'{title}'" },
  proposal: { nl: "voorstel '{title}'", en: "proposal '{title}'" },
  proposals: { nl: 'de voorstellen {titles}', en: 'proposals {titles}' },
  clause: { nl: 'artikel {number}', en: 'clause {number}' },
  clauses: { nl: 'artikelen {numbers}', en: 'clauses {numbers}' },
  werkgroep: { nl: 'werkgroep', en: 'working group' },
  rondetafel: { nl: 'rondetafel', en: 'round table' },
  /** A group's name with its kind in front, unless its title starts with it ("Werkgroep Groen in de wijk"). */
  groupNamed: { nl: '{kind} {title}', en: '{kind} {title}' },
  theGroup: { nl: 'De {name}', en: 'The {name}' },
  byTheGroup: { nl: 'de {name}', en: 'the {name}' },
} as const satisfies Record<string, MessageTemplate>;
