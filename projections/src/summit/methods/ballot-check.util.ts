/** Checks shared by every method; each returns a problem naming the field, or null. */

export const checkNotEmpty = (ballot: readonly string[]): string | null =>
  ballot.length === 0 ? 'choices: the ballot is empty; a blank ballot counts for nothing, so it is not recorded' : null;

export const checkOnBallot = (ballot: readonly string[], themeIds: readonly string[]): string | null => {
  const onBallot = new Set(themeIds);
  const i = ballot.findIndex((id) => !onBallot.has(id));
  return i < 0 ? null : `choices.${i}: theme ${ballot[i]} is not on the ballot`;
};

/** The first repeat, named by its position; `verb` says what a repeat would mean ("ticked", "ranked"). */
export const checkNoRepeats = (ballot: readonly string[], verb: string): string | null => {
  const seen = new Set<string>();
  for (const [i, id] of ballot.entries()) {
    if (seen.has(id)) return `choices.${i}: theme ${id} is ${verb} twice`;
    seen.add(id);
  }
  return null;
};

export const checkAtMost = (ballot: readonly string[], max: number, what: string): string | null =>
  ballot.length > max ? `choices.${max}: at most ${max} ${what} per ballot, this ballot has ${ballot.length}` : null;

/** The first problem of several checks, in order. */
export const firstProblem = (...checks: (() => string | null)[]): string | null => {
  for (const check of checks) {
    const problem = check();
    if (problem !== null) return problem;
  }
  return null;
};
