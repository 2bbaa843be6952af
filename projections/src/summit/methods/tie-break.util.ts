import { createHash } from 'node:crypto';

/**
 * The public lot. Where a rule would otherwise need a draw, every method orders the tied themes by
 * the SHA-256 hash (hexadecimal) of `<seed>:<themeId>`, lowest first: the lowest hash counts as
 * the luckiest (ranked higher, elected first, excluded last). The seed is the process id, so the
 * order is fixed before anyone votes, anyone can recompute it with `sha256sum`, and it does not
 * depend on the order in which organisers put themes on the agenda.
 */
export const tieBreakKey = (seed: string, themeId: string): string => createHash('sha256').update(`${seed}:${themeId}`, 'utf8').digest('hex');

/** Orders theme ids by the lot: lowest hash first. */
export const lotOrder = (seed: string): ((a: string, b: string) => number) => {
  const keys = new Map<string, string>();
  const key = (id: string): string => {
    let k = keys.get(id);
    if (k === undefined) {
      k = tieBreakKey(seed, id);
      keys.set(id, k);
    }
    return k;
  };
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
};

/** The lot in words, with the seed filled in, for the declared result. */
export const lotRule = (seed: string): { nl: string; en: string } => ({
  nl: `de SHA-256-hash (hexadecimaal) van '${seed}:themaId', de laagste eerst`,
  en: `the SHA-256 hash (hexadecimal) of '${seed}:themeId', lowest first`,
});

/** The shell command a reader can run to see one theme's lot. */
export const lotCommand = (seed: string, themeWord: string): string => `printf '%s' '${seed}:${themeWord}' | sha256sum`;
