/**
 * Helpers shared by the representativeness, summit and progress read models.
 *
 * Read models are plain JSON objects keyed by ids a client chose; an id such as `constructor`
 * would find `Object.prototype.constructor` through a bare `record[id]`, so lookups go through
 * `own`, which sees only the record's own keys (also after a JSON round trip).
 */
export const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/**
 * `numerator / denominator` rounded half up to a whole number, in integer arithmetic so that every
 * replay on every machine rounds alike. Both arguments are non-negative integers, denominator > 0.
 */
export const roundHalfUp = (numerator: number, denominator: number): number => Math.floor((2 * numerator + denominator) / (2 * denominator));

/** A share as a fraction with 4 decimals, via whole basis points (1 bp = 0.0001). */
export const basisPoints = (part: number, whole: number): number | null => (whole > 0 ? roundHalfUp(part * 10000, whole) : null);
