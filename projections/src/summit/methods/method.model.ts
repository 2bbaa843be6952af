/**
 * What every voting method offers: a ballot check, a deterministic count and a description in
 * plain words. A ballot is the list of theme ids a voter filled in; what the list means depends on
 * the method (a set of ticks, dots that may repeat, or a ranking).
 */

/** A text for the public, Dutch first, English second. */
export interface MethodText {
  readonly nl: string;
  readonly en: string;
}

/** One ballot: theme ids, in the order the voter wrote them (for STV, the order is the ranking). */
export type Ballot = readonly string[];

/**
 * What every method needs besides its own settings: the seed of the public tie-break. The ledger
 * passes the process id, so `sha256('<processId>:<themeId>')` decides ties, as it always has.
 */
export interface TieBreakParams {
  /** Seed of the tie-break hash; the process id. */
  readonly tieBreakSeed: string;
}

/** One theme's line in a count. */
export interface MethodTallyLine<V extends number | string = number | string> {
  readonly themeId: string;
  /** Approval: ticks; dots: dots; STV: the exact count (five decimals) when elected, excluded or at the end. */
  readonly votes: V;
  /** Place from 1, after the tie-break. */
  readonly rank: number;
  /** Whether the theme goes on. */
  readonly chosen: boolean;
}

/** The result of a count: every theme by rank, the chosen themes by rank, and how ties were broken. */
export interface MethodTally<V extends number | string = number | string, R = never> {
  /** Valid ballots counted. */
  readonly ballotCount: number;
  readonly lines: readonly MethodTallyLine<V>[];
  readonly chosenThemeIds: readonly string[];
  /** Every stage of the count, for methods that count in stages (STV). */
  readonly rounds?: readonly R[];
  /** The tie-break rule in words, Dutch and English, with the seed filled in. */
  readonly tieBreak: string;
}

/** A voting method: pure functions only, so the ledger, the publish step and a recount agree. */
export interface VotingMethodDefinition<K extends string, P extends TieBreakParams, T extends MethodTally<number | string, unknown>> {
  readonly kind: K;
  /** Null when the ballot is valid, otherwise one problem naming the field, e.g. `choices.2: theme x is ranked twice`. */
  validateBallot(ballot: Ballot, params: P, themeIds: readonly string[]): string | null;
  /** Counts valid ballots; the order of the ballots never matters. */
  tally(ballots: readonly Ballot[], params: P, themeIds: readonly string[]): T;
  /** How the method works and how to recount it by hand, for the portal. */
  describe(params: P): MethodText;
}
