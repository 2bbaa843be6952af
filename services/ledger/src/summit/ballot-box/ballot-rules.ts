import { ErrorCode, SpoorError, type VotingMethod } from '@spoor/contracts';
import { validateBallotFor } from '@spoor/projections';

/**
 * Throws BAD_USER_INPUT naming the choice the declared method does not allow, with the method's
 * own check (projections/src/summit/methods), so the ledger refuses exactly what a recount would
 * not count. A blank ballot is refused under every method: none has a use for it.
 */
export const checkBallot = (method: VotingMethod, processId: string, themeIds: readonly string[], choices: readonly string[]): void => {
  const problem = validateBallotFor({ ...method, tieBreakSeed: processId }, choices, themeIds);
  if (problem === null) return;
  const field = problem.slice(0, problem.indexOf(':'));
  throw new SpoorError(ErrorCode.BadUserInput, problem, field);
};

/**
 * The form a ballot is sealed and published in, so that the order of filling it in says nothing
 * the method does not need: ticks in agenda order (approval), dots grouped by theme in agenda
 * order (dot voting: each dot still counts), and for STV the ranking as given, which is the vote.
 */
export const canonicalBallot = (method: VotingMethod, themeIds: readonly string[], choices: readonly string[]): string[] => {
  switch (method.kind) {
    case 'approval':
      return themeIds.filter((id) => choices.includes(id));
    case 'dots':
      return themeIds.flatMap((id) => choices.filter((c) => c === id));
    case 'stv':
      return [...choices];
    default: {
      const _exhaustive: never = method;
      throw new Error(`method: unknown voting method ${JSON.stringify(_exhaustive)}`);
    }
  }
};
