import type { VotingMethod } from '@spoor/contracts';
import type { VoterGroup } from './summit.read-model.js';

/** A text for the public, Dutch first, English second. */
export interface SummitText {
  nl: string;
  en: string;
}

const themes = (n: number): SummitText => ({ nl: n === 1 ? '1 thema' : `${n} thema's`, en: n === 1 ? '1 theme' : `${n} themes` });

const voterGroup: Record<VoterGroup, SummitText> = {
  residents: { nl: 'iedere bewoner die aanwezig was', en: 'every resident who attended' },
  'residents-and-wildcards': { nl: 'iedere aanwezige bewoner en wildcard', en: 'every resident and wildcard who attended' },
};

/** How the summit chose its themes, in plain words; docs/summit.md has the worked example. */
export const methodExplanation = (method: VotingMethod, voters: VoterGroup): SummitText => {
  const ticks = themes(method.maxChoices);
  const seats = themes(method.seats);
  return {
    nl:
      `Goedkeuringsstemming: ${voterGroup[voters].nl} mocht stemmen en kruiste op het stembiljet hoogstens ${ticks.nl} aan. ` +
      `Elk kruisje is één stem voor dat thema. De ${seats.nl} met de meeste stemmen gaan door; een thema zonder stemmen wordt nooit gekozen. ` +
      `Bij gelijke stemmen gaat het thema met de laagste SHA-256-hash van 'procesId:themaId' (hexadecimaal) voor: een openbare regel die niet ` +
      `afhangt van de volgorde van de agenda. Een stembiljet heeft een willekeurig nummer en de aangekruiste thema's, nooit de naam van de kiezer.`,
    en:
      `Approval voting: ${voterGroup[voters].en} could vote, ticking at most ${ticks.en} on the ballot. ` +
      `Each tick is one vote for that theme. The ${seats.en} with the most votes go on; a theme without votes is never chosen. ` +
      `Ties are broken by the SHA-256 hash of 'processId:themeId' (hexadecimal), lowest first: a public rule that does not ` +
      `depend on the order of the agenda. A ballot has a random id and the themes ticked, never the voter's name.`,
  };
};

/** How anyone can recount the result from the published ballots. */
export const recountExplanation = (processId: string, seats: number): SummitText => {
  const chosen = themes(seats);
  return {
    nl:
      `Zelf natellen: neem de gepubliceerde stembiljetten van dit proces. Tel per thema op het stembiljet hoeveel biljetten het aankruisen; ` +
      `de volgorde van de biljetten doet er niet toe. Zet de thema's op volgorde, de meeste stemmen eerst. Bij gelijke stand bereken je ` +
      `voor elk thema de hash, bijvoorbeeld printf '%s' '${processId}:themaId' | sha256sum, en gaat de laagste voor. ` +
      `De eerste ${chosen.nl} met minstens één stem zijn gekozen. Vergelijk het aantal biljetten, de stemmen per thema en de gekozen ` +
      `thema's met de uitslag; ze moeten gelijk zijn.`,
    en:
      `Recount it yourself: take this process's published ballots. For each theme on the ballot, count the ballots that tick it; ` +
      `the order of the ballots does not matter. Rank the themes, most votes first. On a tie, compute each theme's hash, for example ` +
      `printf '%s' '${processId}:themeId' | sha256sum, and the lowest goes first. ` +
      `The first ${chosen.en} with at least one vote are chosen. Compare the number of ballots, the votes per theme and the chosen ` +
      `themes with the result; they must be the same.`,
  };
};
