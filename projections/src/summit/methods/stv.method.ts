import { checkAtMost, checkNoRepeats, checkNotEmpty, checkOnBallot, firstProblem } from './ballot-check.util.js';
import { formatVotes } from './fixed-point.util.js';
import type { MethodTally, TieBreakParams, VotingMethodDefinition } from './method.model.js';
import { themesEn, themesNl } from './ranked-count.util.js';
import { countStv, type StvRound } from './stv-count.util.js';
import { lotCommand, lotOrder, lotRule } from './tie-break.util.js';

export type { StvDecision, StvRound } from './stv-count.util.js';

export interface StvParams extends TieBreakParams {
  /** How many themes go on. */
  readonly seats: number;
}

export interface StvTally extends MethodTally<string, StvRound> {
  /** The Droop quota of rule 46, e.g. "101.00000". */
  readonly quota: string;
  readonly rounds: readonly StvRound[];
}

const tieBreak = (seed: string): string => {
  const lot = lotRule(seed);
  return (
    `Gelijke stand bij een overschot of bij uitsluiting: eerst telt de meest recente eerdere ronde waarin de thema's verschilden ` +
    `(Schotse regels 49 en 51); waren ze altijd gelijk, dan beslist in plaats van loting ${lot.nl} (de laagste hash wordt het eerst gekozen ` +
    `en het laatst uitgesloten). / Ties for a surplus or an exclusion: first the most recent earlier stage at which the themes differed ` +
    `counts (Scottish rules 49 and 51); if they were always equal, instead of drawing lots, ${lot.en} (the lowest hash is elected first and excluded last).`
  );
};

/**
 * Ranks every theme: the elected in the order they were elected; then those still continuing at
 * the end, most votes first; then the excluded, the last excluded first.
 */
const linesOf = (outcome: ReturnType<typeof countStv>, themeIds: readonly string[], seed: string): StvTally['lines'] => {
  const done = new Set([...outcome.elected, ...outcome.excluded]);
  const byLot = lotOrder(seed);
  const votes = (t: string): bigint => outcome.finalVotes.get(t) ?? 0n;
  const continuing = [...new Set(themeIds)].filter((t) => !done.has(t)).sort((a, b) => (votes(b) > votes(a) ? 1 : votes(b) < votes(a) ? -1 : byLot(a, b)));
  const order = [...outcome.elected, ...continuing, ...[...outcome.excluded].reverse()];
  const chosen = new Set(outcome.elected);
  return order.map((themeId, i) => ({ themeId, votes: formatVotes(votes(themeId)), rank: i + 1, chosen: chosen.has(themeId) }));
};

/**
 * Single transferable vote with the Droop quota, counted by the Scottish rules of 2007: rank the
 * themes 1, 2, 3, ... (as many as you like); a theme that reaches the quota is chosen and passes
 * its surplus on at a reduced value; otherwise the theme with the fewest votes drops out and its
 * papers move to their next preference. docs/voting.md says why this method and not another.
 */
export const stvMethod: VotingMethodDefinition<'stv', StvParams, StvTally> = {
  kind: 'stv',
  validateBallot: (ballot, _params, themeIds) =>
    firstProblem(
      () => checkNotEmpty(ballot),
      () => checkOnBallot(ballot, themeIds),
      () => checkNoRepeats(ballot, 'ranked'),
      () => checkAtMost(ballot, new Set(themeIds).size, 'ranks'),
    ),
  tally: (ballots, { seats, tieBreakSeed }, themeIds) => {
    const outcome = countStv(ballots, themeIds, seats, tieBreakSeed);
    return {
      ballotCount: outcome.validBallots,
      quota: formatVotes(outcome.quota),
      lines: linesOf(outcome, themeIds, tieBreakSeed),
      chosenThemeIds: [...outcome.elected],
      rounds: outcome.rounds,
      tieBreak: tieBreak(tieBreakSeed),
    };
  },
  describe: ({ seats, tieBreakSeed }) => {
    const lot = lotRule(tieBreakSeed);
    return {
      nl:
        `Overdraagbare stem (STV) met het Droop-quotum, geteld volgens de Schotse regels van 2007. Iedere kiezer nummert de thema's op volgorde ` +
        `van voorkeur: 1 bij het liefste thema, 2 bij het volgende, zo veel als hij wil. Er gaan ${themesNl(seats)} door. ` +
        `Het quotum is het aantal geldige biljetten gedeeld door ${seats + 1}, afgerond naar beneden, plus één: meer dan ${seats} thema's kunnen het nooit halen. ` +
        `Ronde 1: elk biljet telt voor zijn eerste voorkeur. Een thema met het quotum of meer is gekozen. Heeft een gekozen thema meer stemmen dan het quotum, ` +
        `dan gaat dat overschot naar de volgende voorkeur op al zijn biljetten, elk biljet voor overschot × waarde van het biljet ÷ stemmen van het thema, ` +
        `afgekapt op vijf decimalen (het grootste overschot eerst). Is er geen overschot meer, dan valt het thema met de minste stemmen af en gaan zijn ` +
        `biljetten met hun waarde naar de volgende voorkeur die nog meedoet. Zijn er nog evenveel thema's over als plaatsen, dan zijn die gekozen. ` +
        `Bij gelijke stand telt eerst de laatste eerdere ronde waarin de thema's verschilden, daarna ${lot.nl}. ` +
        `Zelf natellen: leg de biljetten op stapels per eerste voorkeur en tel ze; bereken het quotum; volg dan ronde na ronde de stapels van het ` +
        `gekozen of afgevallen thema en leg elk biljet bij de volgende voorkeur die nog meedoet, met een rekenmachine voor de overdrachtswaarde ` +
        `(vijf decimalen, niet afronden maar afkappen). Elke ronde staat met alle tussenstanden in de uitslag, zodat je per ronde kunt vergelijken. ` +
        `Bij gelijke stand bereken je ${lotCommand(tieBreakSeed, 'themaId')}. Of laat de computer het doen: npx spoor tally DIR, met DIR de map met het gepubliceerde logboek.`,
      en:
        `Single transferable vote (STV) with the Droop quota, counted by the Scottish rules of 2007. Every voter numbers the themes in order of ` +
        `preference: 1 for the favourite, 2 for the next, as many as they like. ${themesEn(seats)} go on. ` +
        `The quota is the number of valid ballots divided by ${seats + 1}, rounded down, plus one: more than ${seats} themes can never reach it. ` +
        `Stage 1: every ballot counts for its first preference. A theme with the quota or more is chosen. When a chosen theme has more votes than the ` +
        `quota, that surplus passes to the next preference on all its ballots, each ballot carrying surplus × the ballot's value ÷ the theme's votes, ` +
        `cut off at five decimals (the largest surplus first). When no surplus is left, the theme with the fewest votes drops out and its ballots move, ` +
        `at their value, to the next preference still in the count. When as many themes are left as places, they are chosen. ` +
        `On a tie, the last earlier stage at which the themes differed counts first, then ${lot.en}. ` +
        `Recount it yourself: sort the ballots into piles by first preference and count them; compute the quota; then, stage by stage, take the pile ` +
        `of the theme chosen or dropped and put each ballot on the next preference still in the count, using a calculator for the transfer value ` +
        `(five decimals, cut off, not rounded). Every stage is in the result with all its counts, so you can compare stage by stage. ` +
        `On a tie, compute ${lotCommand(tieBreakSeed, 'themeId')}. Or let the computer do it with npx spoor tally DIR, on the published log.`,
    };
  },
};
