import { checkAtMost, checkNotEmpty, checkOnBallot, firstProblem } from './ballot-check.util.js';
import type { MethodTally, TieBreakParams, VotingMethodDefinition } from './method.model.js';
import { rankByVotes, themesEn, themesNl } from './ranked-count.util.js';
import { lotCommand, lotRule } from './tie-break.util.js';

export interface DotsParams extends TieBreakParams {
  /** How many dots every voter may place; several may go on one theme (cumulative). */
  readonly dots: number;
  /** How many themes go on. */
  readonly seats: number;
}

export type DotsTally = MethodTally<number>;

const dotsNl = (n: number): string => (n === 1 ? '1 stip' : `${n} stippen`);
const dotsEn = (n: number): string => (n === 1 ? '1 dot' : `${n} dots`);

const tieBreak = (seed: string): string => {
  const lot = lotRule(seed);
  return (
    `Bij een gelijk aantal stippen beslist ${lot.nl}; een thema zonder stippen wordt niet gekozen. / ` +
    `Ties are broken by ${lot.en}; a theme without dots is not chosen.`
  );
};

/**
 * Dot voting, cumulative: every voter places up to `dots` dots, as many on one theme as they like.
 * A ballot lists one theme id per dot, so a theme id may repeat. The `seats` themes with the most
 * dots go on. Of a ballot the ledger would refuse, only dots on themes on the ballot count, and
 * no more than `dots` of them.
 */
export const dotsMethod: VotingMethodDefinition<'dots', DotsParams, DotsTally> = {
  kind: 'dots',
  validateBallot: (ballot, { dots }, themeIds) =>
    firstProblem(
      () => checkNotEmpty(ballot),
      () => checkOnBallot(ballot, themeIds),
      () => checkAtMost(ballot, dots, 'dots'),
    ),
  tally: (ballots, { dots, seats, tieBreakSeed }, themeIds) => {
    const onBallot = new Set(themeIds);
    const votes = new Map<string, number>();
    for (const ballot of ballots) {
      for (const id of ballot.filter((t) => onBallot.has(t)).slice(0, dots)) votes.set(id, (votes.get(id) ?? 0) + 1);
    }
    const lines = rankByVotes(votes, themeIds, seats, tieBreakSeed);
    return { ballotCount: ballots.length, lines, chosenThemeIds: lines.filter((l) => l.chosen).map((l) => l.themeId), tieBreak: tieBreak(tieBreakSeed) };
  },
  describe: ({ dots, seats, tieBreakSeed }) => {
    const lot = lotRule(tieBreakSeed);
    return {
      nl:
        `Stippen plakken. Iedere kiezer verdeelt hoogstens ${dotsNl(dots)} over de thema's, en mag er meer dan één op hetzelfde thema zetten. ` +
        `De ${themesNl(seats)} met de meeste stippen gaan door; een thema zonder stippen wordt nooit gekozen. ` +
        `Bij een gelijk aantal stippen beslist ${lot.nl}: een openbare regel die vastligt voordat er gestemd wordt. ` +
        `Zelf natellen: tel per thema alle stippen op alle biljetten (een thema dat drie keer op een biljet staat, krijgt drie stippen); ` +
        `de volgorde van de biljetten doet er niet toe. Zet de thema's op volgorde, de meeste stippen eerst. Bij gelijke stand bereken je per thema ` +
        `${lotCommand(tieBreakSeed, 'themaId')} en gaat de laagste voor. Of laat de computer het doen: npx spoor tally DIR, met DIR de map met het gepubliceerde logboek.`,
      en:
        `Dot voting. Every voter spreads at most ${dotsEn(dots)} over the themes, and may put more than one on the same theme. ` +
        `The ${themesEn(seats)} with the most dots go on; a theme without dots is never chosen. ` +
        `Ties are broken by ${lot.en}: a public rule fixed before anyone votes. ` +
        `Recount it yourself: for each theme, add up its dots on all ballots (a theme listed three times on a ballot has three dots); ` +
        `the order of the ballots does not matter. Rank the themes, most dots first. On a tie, compute ${lotCommand(tieBreakSeed, 'themeId')} ` +
        `for each theme; the lowest goes first. Or let the computer do it with npx spoor tally DIR, on the published log.`,
    };
  },
};
