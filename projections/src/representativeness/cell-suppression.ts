/**
 * Small-cell suppression for one dimension of a public table (e.g. participants per district).
 *
 * Primary: a count from 1 to threshold - 1 is not shown; its label says "< 5".
 *
 * Secondary: when the cells' total is published, a reader can subtract the shown cells from it.
 * One hidden cell would then be given away, and several can be too: two hidden "< 5" cells whose
 * sum is 2 are both 1. So we ask what a reader who knows these rules can derive: every hidden
 * "< 5" cell lies in 1..threshold-1 (0 when zeros are hidden too), every secondary cell is at
 * least the threshold and at most the smallest non-zero cell still shown (we always hide the
 * smallest next), and together they add up to the total minus the shown cells. If that leaves a
 * single possible value for any hidden cell, we hide the next smallest non-zero cell (label
 * "≥ 5") and ask again. If no non-zero cell is left to hide, the zeros are hidden as "< 5" as well
 * (true of a zero); if even that does not do, every cell of the dimension is withheld ("x", the
 * CBS sign for a confidential figure). docs/representativeness.md explains this for the public.
 */

/** Why a cell is not shown: below the threshold, hidden to protect a small cell, or the whole dimension withheld. */
export type SuppressionReason = 'small' | 'secondary' | 'withheld';

/** A count to publish, before suppression. */
export interface CountCell {
  band: string;
  count: number;
}

/** A cell as published: either its count, or a label saying why not. */
export interface PublishedCell {
  band: string;
  /** The count, or null when suppressed. */
  count: number | null;
  /** The count as text, or `< 5` (small), `≥ 5` (hidden to protect a small cell) or `x` (withheld). */
  countLabel: string;
  suppressed: boolean;
  suppression: SuppressionReason | null;
}

export interface SuppressionOptions {
  /** Counts from 1 to threshold - 1 are not shown. */
  threshold: number;
  /** The total the cells add up to, when it is published; null when it is not (nothing to subtract from). */
  total: number | null;
  /**
   * The total is not shown because it is from 1 to threshold - 1, and says so ("< 5"): a reader
   * then knows the cells add up to that much, so they are protected as if the total were a hidden cell.
   */
  totalHidden?: boolean;
  /** Hide zeros too (tables at the summit: a shown zero would tell which bands sit at a table). */
  hideZeros?: boolean;
}

type Mark = 'shown' | SuppressionReason;

/** What a reader can tell of a hidden count: it lies from lo to hi (hi may be Infinity). */
export interface Bounds {
  lo: number;
  hi: number;
}

export const withheldLabel = 'x';

export const suppressCells = (cells: readonly CountCell[], { threshold, total, totalHidden = false, hideZeros = false }: SuppressionOptions): PublishedCell[] => {
  // A published total of 0 says every cell is 0: nothing to hide.
  let zerosHidden = hideZeros && total !== 0;
  const isSmall = (count: number) => (count > 0 && count < threshold) || (zerosHidden && count === 0);
  const marks: Mark[] = cells.map((c) => (isSmall(c.count) ? 'small' : 'shown'));
  const totalBounds: Bounds | null = total === null ? null : totalHidden ? { lo: 1, hi: threshold - 1 } : { lo: total, hi: total };
  while (totalBounds !== null && !isProtected(cells, marks, threshold, totalBounds, totalHidden, zerosHidden)) {
    const next = smallestShownNonZero(cells, marks);
    if (next !== null) {
      marks[next] = 'secondary';
    } else if (!zerosHidden && cells.some((c, i) => marks[i] === 'shown' && c.count === 0)) {
      zerosHidden = true;
      cells.forEach((c, i) => {
        if (isSmall(c.count) && marks[i] === 'shown') marks[i] = 'small';
      });
    } else {
      marks.fill('withheld');
    }
  }
  return cells.map((c, i) => publish(c, marks[i] ?? 'shown', threshold));
};

const publish = (cell: CountCell, mark: Mark, threshold: number): PublishedCell => {
  switch (mark) {
    case 'shown':
      return { band: cell.band, count: cell.count, countLabel: String(cell.count), suppressed: false, suppression: null };
    case 'small':
      return { band: cell.band, count: null, countLabel: `< ${threshold}`, suppressed: true, suppression: 'small' };
    case 'secondary':
      return { band: cell.band, count: null, countLabel: `≥ ${threshold}`, suppressed: true, suppression: 'secondary' };
    case 'withheld':
      return { band: cell.band, count: null, countLabel: withheldLabel, suppressed: true, suppression: 'withheld' };
  }
};

const smallestShownNonZero = (cells: readonly CountCell[], marks: readonly Mark[]): number | null => {
  let best: number | null = null;
  cells.forEach((c, i) => {
    if (marks[i] === 'shown' && c.count > 0 && (best === null || c.count < (cells[best]?.count ?? Infinity))) best = i;
  });
  return best;
};

/**
 * True when no hidden cell (nor a hidden total) has a single possible value. With each hidden cell
 * in [lo, hi] and their sum fixed, the values a cell can take form exactly the interval
 * [max(lo, sum - others' his), min(hi, sum - others' los)]; with the total itself only known to
 * lie in an interval, the sum's bounds take its place.
 */
export const lineIsProtected = (hidden: readonly Bounds[], totalHidden: boolean, total: Bounds, shownSum: number): boolean => {
  if (hidden.length === 0 && !totalHidden) return true;
  const loSum = hidden.reduce((s, b) => s + b.lo, 0);
  const finiteHi = hidden.reduce((s, b) => (Number.isFinite(b.hi) ? s + b.hi : s), 0);
  const infinite = hidden.filter((b) => !Number.isFinite(b.hi)).length;
  const othersHi = (b: Bounds) => (infinite - (Number.isFinite(b.hi) ? 0 : 1) > 0 ? Infinity : finiteHi - (Number.isFinite(b.hi) ? b.hi : 0));
  const cellsFree = hidden.every((b) => Math.min(b.hi, total.hi - shownSum - (loSum - b.lo)) > Math.max(b.lo, total.lo - shownSum - othersHi(b)));
  if (!cellsFree || !totalHidden) return cellsFree;
  return Math.min(total.hi, shownSum + (infinite > 0 ? Infinity : finiteHi)) > Math.max(total.lo, shownSum + loSum);
};

const isProtected = (cells: readonly CountCell[], marks: readonly Mark[], threshold: number, total: Bounds, totalHidden: boolean, zerosHidden: boolean): boolean => {
  if (marks.every((m) => m === 'withheld')) return true;
  const shownNonZero = cells.filter((c, i) => marks[i] === 'shown' && c.count > 0).map((c) => c.count);
  const smallestShown = shownNonZero.length > 0 ? Math.min(...shownNonZero) : Infinity;
  const bounds = (mark: Mark): Bounds => {
    switch (mark) {
      case 'small':
        return { lo: zerosHidden ? 0 : 1, hi: threshold - 1 };
      case 'secondary':
        return { lo: threshold, hi: smallestShown };
      case 'withheld':
      case 'shown':
        return { lo: 0, hi: Infinity };
    }
  };
  const shownSum = cells.reduce((sum, c, i) => (marks[i] === 'shown' ? sum + c.count : sum), 0);
  const hidden = cells.flatMap((_, i) => (marks[i] === 'shown' ? [] : [bounds(marks[i] ?? 'shown')]));
  return lineIsProtected(hidden, totalHidden, total, shownSum);
};
