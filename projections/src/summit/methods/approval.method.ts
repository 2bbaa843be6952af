import { checkAtMost, checkNoRepeats, checkNotEmpty, checkOnBallot, firstProblem } from './ballot-check.util.js';
import type { MethodTally, TieBreakParams, VotingMethodDefinition } from './method.model.js';
import { rankByVotes, themesEn, themesNl } from './ranked-count.util.js';
import { lotCommand, lotRule } from './tie-break.util.js';

export interface ApprovalParams extends TieBreakParams {
  /** How many themes a voter may tick at most. */
  readonly maxChoices: number;
  /** How many themes go on. */
  readonly seats: number;
}

export type ApprovalTally = MethodTally<number>;

const tieBreak = (seed: string): string => {
  const lot = lotRule(seed);
  return (
    `Bij gelijke stemmen beslist ${lot.nl}; een thema zonder stemmen wordt niet gekozen. / ` +
    `Ties are broken by ${lot.en}; a theme without votes is not chosen.`
  );
};

/**
 * Approval voting: tick up to `maxChoices` themes; a tick counts once per ballot; the `seats`
 * themes with the most ticks go on. Ticks of themes not on the ballot are ignored (the ledger
 * refuses such ballots before they are recorded).
 */
export const approvalMethod: VotingMethodDefinition<'approval', ApprovalParams, ApprovalTally> = {
  kind: 'approval',
  validateBallot: (ballot, { maxChoices }, themeIds) =>
    firstProblem(
      () => checkNotEmpty(ballot),
      () => checkOnBallot(ballot, themeIds),
      () => checkNoRepeats(ballot, 'ticked'),
      () => checkAtMost(ballot, maxChoices, 'ticks'),
    ),
  tally: (ballots, { seats, tieBreakSeed }, themeIds) => {
    const onBallot = new Set(themeIds);
    const votes = new Map<string, number>();
    for (const ballot of ballots) {
      for (const id of new Set(ballot)) if (onBallot.has(id)) votes.set(id, (votes.get(id) ?? 0) + 1);
    }
    const lines = rankByVotes(votes, themeIds, seats, tieBreakSeed);
    return { ballotCount: ballots.length, lines, chosenThemeIds: lines.filter((l) => l.chosen).map((l) => l.themeId), tieBreak: tieBreak(tieBreakSeed) };
  },
  describe: ({ maxChoices, seats, tieBreakSeed }) => {
    const lot = lotRule(tieBreakSeed);
    return {
      nl:
        `Goedkeuringsstemming. Iedere kiezer kruist op het stembiljet hoogstens ${themesNl(maxChoices)} aan. Elk kruisje is één stem voor dat thema; ` +
        `een thema telt hoogstens één keer per biljet. De ${themesNl(seats)} met de meeste stemmen gaan door; een thema zonder stemmen wordt nooit gekozen. ` +
        `Bij gelijke stemmen beslist ${lot.nl}: een openbare regel die vastligt voordat er gestemd wordt. ` +
        `Zelf natellen: zet voor elk thema een streepje per biljet dat het aankruist en tel de streepjes; de volgorde van de biljetten doet er niet toe. ` +
        `Zet de thema's op volgorde, de meeste stemmen eerst. Bij gelijke stand bereken je per thema ${lotCommand(tieBreakSeed, 'themaId')} en gaat de laagste voor. ` +
        `Of laat de computer het doen: npx spoor tally DIR, met DIR de map met het gepubliceerde logboek.`,
      en:
        `Approval voting. Every voter ticks at most ${themesEn(maxChoices)} on the ballot. Each tick is one vote for that theme; ` +
        `a theme counts at most once per ballot. The ${themesEn(seats)} with the most votes go on; a theme without votes is never chosen. ` +
        `Ties are broken by ${lot.en}: a public rule fixed before anyone votes. ` +
        `Recount it yourself: for each theme, make a mark per ballot that ticks it and add up the marks; the order of the ballots does not matter. ` +
        `Rank the themes, most votes first. On a tie, compute ${lotCommand(tieBreakSeed, 'themeId')} for each theme; the lowest goes first. ` +
        `Or let the computer do it with npx spoor tally DIR, on the published log.`,
    };
  },
};
