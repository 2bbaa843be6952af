import { createHash } from 'node:crypto';

/**
 * The approval count, pure so that the ledger, the publish step and anyone replaying the public
 * log get the same result from the same ballots. docs/summit.md explains how to recount by hand.
 */

/** How ties are broken, in the words that go into SummitResultDeclared. */
export const APPROVAL_TIE_BREAK =
  "Bij gelijke stemmen beslist de SHA-256-hash van 'procesId:themaId' (hexadecimaal, oplopend); een thema zonder stemmen wordt niet gekozen. / " +
  "Ties are broken by the SHA-256 hash of 'processId:themeId' (hexadecimal, ascending); a theme without votes is not chosen.";

export interface TallyInput {
  readonly processId: string;
  /** The themes on the ballot. */
  readonly themeIds: readonly string[];
  /** Each ballot's ticks; who cast it is never known, and their order does not matter. */
  readonly ballots: readonly { readonly choices: readonly string[] }[];
  /** How many themes go on. */
  readonly seats: number;
}

export interface TallyLine {
  readonly themeId: string;
  readonly votes: number;
  readonly rank: number;
  readonly chosen: boolean;
}

export interface Tally {
  readonly tally: TallyLine[];
  readonly chosenThemeIds: string[];
}

/**
 * The tie-break key: public, computable by anyone, and unrelated to the order in which themes were
 * put on the agenda (which the organisers chose).
 */
export const tieBreakKey = (processId: string, themeId: string): string => createHash('sha256').update(`${processId}:${themeId}`, 'utf8').digest('hex');

/**
 * Votes per theme = the ballots that tick it (a tick counts once per ballot; ticks of themes not
 * on the ballot are ignored). Ranked by votes, most first, ties by the hash key, ascending. The
 * first `seats` themes that received at least one vote are chosen.
 */
export const tallyApproval = ({ processId, themeIds, ballots, seats }: TallyInput): Tally => {
  const onBallot = new Set(themeIds);
  const votes = new Map(themeIds.map((id) => [id, 0]));
  for (const ballot of ballots) {
    for (const id of new Set(ballot.choices)) if (onBallot.has(id)) votes.set(id, (votes.get(id) ?? 0) + 1);
  }
  const ranked = [...onBallot]
    .map((themeId) => ({ themeId, votes: votes.get(themeId) ?? 0, key: tieBreakKey(processId, themeId) }))
    .sort((a, b) => b.votes - a.votes || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const tally = ranked.map(({ themeId, votes: v }, i) => ({ themeId, votes: v, rank: i + 1, chosen: i < seats && v > 0 }));
  return { tally, chosenThemeIds: tally.filter((l) => l.chosen).map((l) => l.themeId) };
};
