import type { MessageTemplate } from './localise.js';

/**
 * The short label of each step of an idea's trail, Dutch first, English second. `{name}` is a
 * placeholder; `{n|one|other}` prints the number n with the singular or plural noun.
 */
export const stepMessages = {
  ideaRecorded: { nl: 'Idee vastgelegd in een huiskamergesprek in {district}', en: 'Idea recorded in a living-room conversation in {district}' },
  ideaTextRevised: { nl: 'Tekst van het idee aangepast: {reason}', en: 'Text of the idea revised: {reason}' },
  ideaWithdrawnParticipantRequest: {
    nl: 'Idee ingetrokken op verzoek van de deelnemer; de tekst wordt niet meer getoond',
    en: "Idea withdrawn at the participant's request; its text is no longer shown",
  },
  ideaWithdrawnDuplicate: { nl: 'Idee ingetrokken: het was twee keer vastgelegd', en: 'Idea withdrawn: it had been recorded twice' },
  ideaWithdrawnRecordedInError: { nl: 'Idee ingetrokken: het was per vergissing vastgelegd', en: 'Idea withdrawn: it had been recorded in error' },
  linkedToTheme: { nl: "Gekoppeld aan thema '{theme}': {rationale}", en: "Linked to theme '{theme}': {rationale}" },
  unlinkedFromTheme: { nl: "Losgekoppeld van thema '{theme}': {rationale}", en: "Unlinked from theme '{theme}': {rationale}" },
  themeMerged: { nl: "Thema {sources} opgegaan in thema '{target}': {rationale}", en: "Theme {sources} merged into theme '{target}': {rationale}" },
  themeSplit: {
    nl: "Thema '{source}' gesplitst in {parts}; dit idee ging naar {taken}: {rationale}",
    en: "Theme '{source}' split into {parts}; this idea went to {taken}: {rationale}",
  },
  themeRenamed: { nl: "Thema '{before}' heet nu '{title}': {reason}", en: "Theme '{before}' is now called '{title}': {reason}" },
  themeDescriptionRevised: { nl: "Beschrijving van thema '{title}' aangepast: {reason}", en: "Description of theme '{title}' revised: {reason}" },
  putOnAgenda: { nl: "Thema '{theme}' op de agenda van de burgertop gezet: {rule}", en: "Theme '{theme}' put on the summit agenda: {rule}" },
  voteChosen: {
    nl: "Thema '{theme}' gekozen op de burgertop: {votes|stem|stemmen}, plaats {rank} van {of}",
    en: "Theme '{theme}' chosen at the summit: {votes|vote|votes}, place {rank} of {of}",
  },
  voteNotChosen: {
    nl: "Thema '{theme}' niet gekozen op de burgertop: {votes|stem|stemmen}, plaats {rank} van {of}; de eerste {chosen} gingen door",
    en: "Theme '{theme}' not chosen at the summit: {votes|vote|votes}, place {rank} of {of}; the top {chosen} went on",
  },
  workingGroupFormed: { nl: '{group} gevormd voor {themes}', en: '{group} formed for {themes}' },
  workingGroupFormedByOverride: {
    nl: '{group} gevormd voor {themes}, op besluit van de organisatie: {rationale}',
    en: "{group} formed for {themes}, by the organisers' decision: {rationale}",
  },
  proposalDrafted: { nl: "Voorstel '{proposal}' opgesteld door {group}", en: "Proposal '{proposal}' drafted by {group}" },
  proposalDraftedNamingIdea: {
    nl: "Voorstel '{proposal}' opgesteld door {group}; het noemt dit idee met name",
    en: "Proposal '{proposal}' drafted by {group}; it names this idea",
  },
  proposalRevised: { nl: "Voorstel '{proposal}' herzien (versie {version}): {note}", en: "Proposal '{proposal}' revised (version {version}): {note}" },
  proposalSubmitted: { nl: "Voorstel '{proposal}' ingediend (versie {version})", en: "Proposal '{proposal}' submitted (version {version})" },
  proposalAdopted: { nl: "Voorstel '{proposal}' aangenomen (versie {version})", en: "Proposal '{proposal}' adopted (version {version})" },
  proposalRejected: { nl: "Voorstel '{proposal}' afgewezen (versie {version}): {note}", en: "Proposal '{proposal}' rejected (version {version}): {note}" },
  clauseAdded: { nl: 'Artikel {number} toegevoegd aan het manifest; het verwijst naar {proposals}', en: 'Clause {number} added to the manifesto; it cites {proposals}' },
  clauseRevised: { nl: 'Artikel {number} herzien: {reason}', en: 'Clause {number} revised: {reason}' },
  clauseRevisedDroppingCitation: {
    nl: 'Artikel {number} herzien: {reason}; het verwijst niet meer naar {proposals}',
    en: 'Clause {number} revised: {reason}; it no longer cites {proposals}',
  },
  clauseWithdrawn: { nl: 'Artikel {number} ingetrokken: {reason}', en: 'Clause {number} withdrawn: {reason}' },
  manifestoAdopted: { nl: "Manifest '{manifesto}' vastgesteld", en: "Manifesto '{manifesto}' adopted" },
  manifestoPresented: { nl: "Manifest '{manifesto}' gepresenteerd: {occasion}", en: "Manifesto '{manifesto}' presented: {occasion}" },
} as const satisfies Record<string, MessageTemplate>;
