/**
 * A record's own entry. Ids such as `constructor` or `toString` are valid ids, and a query may be
 * handed anything, so a plain `record[id]` could find an Object.prototype member instead.
 */
export const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/** The last element of a list that is never empty by construction (versions, histories). */
export const latest = <T>(list: readonly T[]): T => list[list.length - 1];

/** The local calendar day of an ISO date-time with offset, as the people there saw it. */
export const localDay = (at: string): string => at.slice(0, 10);
