import { type ApprovalParams, approvalMethod, type ApprovalTally } from './approval.method.js';
import { type DotsParams, dotsMethod, type DotsTally } from './dots.method.js';
import { type StvParams, stvMethod, type StvTally } from './stv.method.js';

export { approvalMethod, type ApprovalParams, type ApprovalTally } from './approval.method.js';
export { dotsMethod, type DotsParams, type DotsTally } from './dots.method.js';
export { stvMethod, type StvDecision, type StvParams, type StvRound, type StvTally } from './stv.method.js';
export type { Ballot, MethodTally, MethodTallyLine, MethodText, TieBreakParams, VotingMethodDefinition } from './method.model.js';
export { formatVotes, parseVotes } from './fixed-point.util.js';
export { lotOrder, lotRule, tieBreakKey } from './tie-break.util.js';

/** Every voting method, keyed by the `kind` that OpenVoting declares. */
export const votingMethods = {
  approval: approvalMethod,
  dots: dotsMethod,
  stv: stvMethod,
} as const;

export type VotingMethodKind = keyof typeof votingMethods;

/** A declared method: its kind and its settings, as OpenVoting records them (plus the tie-break seed). */
export type DeclaredMethod =
  | ({ readonly kind: 'approval' } & ApprovalParams)
  | ({ readonly kind: 'dots' } & DotsParams)
  | ({ readonly kind: 'stv' } & StvParams);

export type AnyMethodTally = ApprovalTally | DotsTally | StvTally;

/** Checks one ballot under the declared method; null when valid. */
export const validateBallotFor = (method: DeclaredMethod, ballot: readonly string[], themeIds: readonly string[]): string | null => {
  switch (method.kind) {
    case 'approval':
      return approvalMethod.validateBallot(ballot, method, themeIds);
    case 'dots':
      return dotsMethod.validateBallot(ballot, method, themeIds);
    case 'stv':
      return stvMethod.validateBallot(ballot, method, themeIds);
    default: {
      const _exhaustive: never = method;
      throw new Error(`method: unknown voting method ${JSON.stringify(_exhaustive)}`);
    }
  }
};

/** Counts the ballots by the declared method. */
export const tallyFor = (method: DeclaredMethod, ballots: readonly (readonly string[])[], themeIds: readonly string[]): AnyMethodTally => {
  switch (method.kind) {
    case 'approval':
      return approvalMethod.tally(ballots, method, themeIds);
    case 'dots':
      return dotsMethod.tally(ballots, method, themeIds);
    case 'stv':
      return stvMethod.tally(ballots, method, themeIds);
    default: {
      const _exhaustive: never = method;
      throw new Error(`method: unknown voting method ${JSON.stringify(_exhaustive)}`);
    }
  }
};

/** The method's description for the portal. */
export const describeMethod = (method: DeclaredMethod): { nl: string; en: string } => {
  switch (method.kind) {
    case 'approval':
      return approvalMethod.describe(method);
    case 'dots':
      return dotsMethod.describe(method);
    case 'stv':
      return stvMethod.describe(method);
    default: {
      const _exhaustive: never = method;
      throw new Error(`method: unknown voting method ${JSON.stringify(_exhaustive)}`);
    }
  }
};
