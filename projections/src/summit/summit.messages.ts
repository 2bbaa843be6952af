import type { VotingMethod } from '@spoor/contracts';
import { type DeclaredMethod, describeMethod } from './methods/index.js';
import type { VoterGroup } from './summit.read-model.js';

/** A text for the public, Dutch first, English second. */
export interface SummitText {
  nl: string;
  en: string;
}

const voterGroup: Record<VoterGroup, SummitText> = {
  residents: { nl: 'iedere bewoner die aanwezig was', en: 'every resident who attended' },
  'residents-and-wildcards': { nl: 'iedere aanwezige bewoner en wildcard', en: 'every resident and wildcard who attended' },
};

/** The declared method with the tie-break seed the ledger counts with: the process id. */
export const declaredMethod = (method: VotingMethod, processId: string): DeclaredMethod => ({ ...method, tieBreakSeed: processId });

/**
 * How the summit chose its themes, in plain words: who could vote, then the method's own
 * description (methods/), so the portal says exactly what the count does.
 */
export const methodExplanation = (method: VotingMethod, voters: VoterGroup, processId: string): SummitText => {
  const described = describeMethod(declaredMethod(method, processId));
  return {
    nl: `Stemmen mocht ${voterGroup[voters].nl}; een stembiljet draagt nooit de naam van de kiezer. ${described.nl}`,
    en: `${voterGroup[voters].en.charAt(0).toUpperCase()}${voterGroup[voters].en.slice(1)} could vote; a ballot never carries the voter's name. ${described.en}`,
  };
};

/** How anyone can recount the result from the published ballots, whatever the method. */
export const recountExplanation = (processId: string): SummitText => ({
  nl:
    `Zelf natellen: de gepubliceerde stembiljetten zijn alle biljetten uit de geopende stembus, zonder naam, nummer of tijdstip. ` +
    `Tel ze volgens de uitleg van de methode hierboven. Bij gelijke stand beslist de hash, bijvoorbeeld printf '%s' '${processId}:themaId' | sha256sum, ` +
    `de laagste eerst. Of laat de computer het doen: npx spoor tally DIR, met DIR de map met het gepubliceerde logboek. ` +
    `Het aantal biljetten, de stemmen per thema en de gekozen thema's moeten gelijk zijn aan de uitslag.`,
  en:
    `Recount it yourself: the published ballots are every ballot from the opened ballot box, without name, number or time. ` +
    `Count them as the method above describes. On a tie, the hash decides, for example printf '%s' '${processId}:themeId' | sha256sum, ` +
    `lowest first. Or let the computer do it: npx spoor tally DIR, with DIR the folder of the published log. ` +
    `The number of ballots, the votes per theme and the chosen themes must equal the result.`,
});
