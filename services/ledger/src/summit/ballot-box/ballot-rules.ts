import { ErrorCode, SpoorError, type VotingMethod } from '@spoor/contracts';

const badChoice = (field: string, problem: string): SpoorError => new SpoorError(ErrorCode.BadUserInput, `${field}: ${problem}`, field);

/** Throws BAD_USER_INPUT naming the choice that the method does not allow. */
export const checkBallot = (method: VotingMethod, themeIds: readonly string[], choices: readonly string[]): void => {
  // A blank ballot is refused rather than counted: none of the methods has a use for it and turnout is not a result.
  if (choices.length === 0) throw badChoice('choices', 'choose at least one theme; a blank ballot is not recorded');
  choices.forEach((themeId, i) => {
    if (!themeIds.includes(themeId)) throw badChoice(`choices.${i}`, `theme ${themeId} is not on the ballot`);
    if (choices.indexOf(themeId) !== i) throw badChoice(`choices.${i}`, `theme ${themeId} is chosen twice`);
  });
  if (choices.length > method.maxChoices) throw badChoice('choices', `${choices.length} themes chosen; at most ${method.maxChoices} may be chosen`);
};

/** The form a ballot is sealed and published in: ticks in ballot order, so the order of ticking says nothing. */
export const canonicalBallot = (_method: VotingMethod, themeIds: readonly string[], choices: readonly string[]): string[] =>
  themeIds.filter((id) => choices.includes(id));
