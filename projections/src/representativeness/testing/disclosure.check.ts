/**
 * What a reader who knows the suppression rules can work out from one published dimension: for
 * each hidden cell, the values it can take given the labels and the published total. Written
 * independently of cell-suppression.ts (it enumerates reachable sums instead of using interval
 * arithmetic), so the specs check the algorithm rather than repeat it.
 */
export interface PublishedForCheck {
  count: number | null;
  countLabel: string;
  suppression: 'small' | 'secondary' | 'withheld' | null;
}

/** The values each hidden cell can take, in order of the hidden cells; `trueCounts` tells whether zeros were hidden. */
export const possibleValues = (
  cells: readonly PublishedForCheck[],
  trueCounts: readonly number[],
  total: number,
  threshold: number,
  hideZeros = false,
): number[][] => {
  const zerosHidden = hideZeros || cells.some((c, i) => c.suppression === 'small' && trueCounts[i] === 0);
  const shown = cells.filter((c) => c.count !== null).map((c) => c.count ?? 0);
  const smallestShown = Math.min(...shown.filter((c) => c > 0), total);
  const rest = total - shown.reduce((a, b) => a + b, 0);
  const ranges = cells
    .filter((c) => c.count === null)
    .map((c): [number, number] => {
      if (c.suppression === 'small') return [zerosHidden ? 0 : 1, threshold - 1];
      if (c.suppression === 'secondary') return [threshold, smallestShown];
      return [0, rest];
    });
  const reachable = (skip: number): boolean[] => {
    let sums = Array.from({ length: rest + 1 }, (_, s) => s === 0);
    ranges.forEach(([lo, hi], i) => {
      if (i === skip) return;
      const next = Array.from({ length: rest + 1 }, () => false);
      sums.forEach((ok, s) => {
        if (!ok) return;
        for (let v = lo; v <= hi && s + v <= rest; v++) next[s + v] = true;
      });
      sums = next;
    });
    return sums;
  };
  return ranges.map(([lo, hi], i) => {
    const others = reachable(i);
    const values: number[] = [];
    for (let v = lo; v <= Math.min(hi, rest); v++) if (others[rest - v]) values.push(v);
    return values;
  });
};
