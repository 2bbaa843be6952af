/**
 * Small-cell suppression for cross-tabulations (district x age band x gender, or any other
 * combination), generalising cell-suppression.ts from one dimension to several.
 *
 * All tables of one stage are suppressed together, as one cube: the table over every dimension
 * given and all its margins (the tables over every smaller combination, down to the stage total).
 * A reader who asks for district x gender and then for district x age band x gender sees the same
 * district x gender table both times, so combining answers shows nothing either hides. The
 * one-way tables and the total are fixed first, exactly as representativeness(stage) publishes them.
 *
 * Every line of a table of two or more dimensions (its cells along one dimension, the other bands
 * fixed) adds up to a cell of a margin table. Primary: a count from 1 to threshold - 1 is hidden
 * ("< 5"). Secondary: while some line lets a reader pin a hidden value (one possible value, given
 * what the line shows and what the labels say, see `boundsOf`), the smallest non-zero entry still
 * shown in that line is hidden too ("≥ 5"), a cell first, else the line's margin when that is not a
 * fixed one-way cell; with none left, the line's zeros are hidden as "< 5" and their table says that
 * "< 5" may stand for 0; if even that does not do, the line's hidden cells are withheld ("x").
 * Repeated until no line gives anything away: the standard iterate-to-a-fixed-point scheme,
 * checked line by line with interval bounds. An entry is never hidden where a line would pin it
 * regardless (its line's other entries are all fixed, or zeros under a margin that shows 0). The specs check the result
 * with an independent enumeration (testing/cross-tab-disclosure.check.ts).
 */
import { type Bounds, lineIsProtected, suppressCells } from './cell-suppression.js';

export type CellMark = 'shown' | 'small' | 'secondary' | 'withheld';

/** One table: counts over some dimensions, with what is hidden. */
export interface SuppressedTable {
  /** Indices of the dimensions, ascending. */
  readonly dims: readonly number[];
  /** Band count per dimension of `dims`. */
  readonly sizes: readonly number[];
  /** Counts in row-major order (the last dimension varies fastest). */
  readonly counts: readonly number[];
  readonly marks: readonly CellMark[];
  /** True when "< threshold" may also stand for 0 in this table. */
  readonly zerosHidden: boolean;
}

export interface CrossSuppressionInput {
  /** Band count of each dimension. */
  readonly sizes: readonly number[];
  /** Per person, their band index in each dimension. */
  readonly people: readonly (readonly number[])[];
  readonly threshold: number;
}

/** Cells of all tables in one array; a table is a bit mask of dimensions. */
interface Cube {
  readonly tableOf: Int32Array;
  readonly counts: number[];
  readonly marks: CellMark[];
  readonly offsets: number[];
  readonly zerosHidden: boolean[];
  /** No count exceeds the stage total, which a reader knows, or knows to be below the threshold. */
  cap: number;
}

interface Line {
  readonly cells: readonly number[];
  readonly margin: number;
}

const product = (sizes: readonly number[]) => sizes.reduce((a, b) => a * b, 1);
const dimsOf = (mask: number, d: number) => Array.from({ length: d }, (_, i) => i).filter((i) => mask & (1 << i));

/** Lines of one table: along each of its dimensions, for each cell of the margin without it. */
const linesOfTable = (mask: number, sizes: readonly number[], offsets: readonly number[]): Line[] => {
  const dims = dimsOf(mask, sizes.length);
  const tableSizes = dims.map((d) => sizes[d] ?? 0);
  const strides = tableSizes.map((_, p) => product(tableSizes.slice(p + 1)));
  const lines: Line[] = [];
  dims.forEach((d, p) => {
    const marginOffset = offsets[mask & ~(1 << d)] ?? 0;
    const otherSizes = tableSizes.filter((_, q) => q !== p);
    for (let m = 0; m < product(otherSizes); m++) {
      // m enumerates the other coordinates row-major, which is exactly the margin table's index.
      let rest = m;
      let base = offsets[mask] ?? 0;
      for (let q = tableSizes.length - 1; q >= 0; q--) {
        if (q === p) continue;
        const s = tableSizes[q] ?? 1;
        base += (rest % s) * (strides[q] ?? 0);
        rest = Math.floor(rest / s);
      }
      lines.push({ margin: marginOffset + m, cells: Array.from({ length: tableSizes[p] ?? 0 }, (_, k) => base + k * (strides[p] ?? 0)) });
    }
  });
  return lines;
};

/**
 * Suppresses every table of the cube over all given dimensions together; call the result with
 * the (ascending) dimension indices of the table wanted.
 */
export const crossSuppression = ({ sizes, people, threshold }: CrossSuppressionInput): ((dims: readonly number[]) => SuppressedTable) => {
  if (!Number.isInteger(threshold) || threshold < 1) throw new RangeError(`threshold: must be a whole number of at least 1, got ${threshold}`);
  const d = sizes.length;
  const masks = Array.from({ length: 1 << d }, (_, mask) => mask);
  const offsets: number[] = [];
  let total = 0;
  for (const mask of masks) {
    offsets.push(total);
    total += product(dimsOf(mask, d).map((i) => sizes[i] ?? 0));
  }
  const cube: Cube = { tableOf: new Int32Array(total), counts: new Array<number>(total).fill(0), marks: [], offsets, zerosHidden: masks.map(() => false), cap: 0 };
  for (const mask of masks) {
    const dims = dimsOf(mask, d);
    const end = offsets[mask + 1] ?? total;
    cube.tableOf.fill(mask, offsets[mask], end);
    for (const person of people) {
      let index = 0;
      for (const i of dims) index = index * (sizes[i] ?? 0) + (person[i] ?? 0);
      const at = (offsets[mask] ?? 0) + index;
      cube.counts[at] = (cube.counts[at] ?? 0) + 1;
    }
  }
  const fixedBelow = 2; // the total and the one-way tables are fixed as representativeness() has them
  const order = (mask: number) => dimsOf(mask, d).length;
  cube.marks.push(...cube.counts.map((c, i): CellMark => (order(cube.tableOf[i] ?? 0) >= fixedBelow && c > 0 && c < threshold ? 'small' : 'shown')));
  const n = people.length;
  cube.marks[0] = n > 0 && n < threshold ? 'small' : 'shown';
  cube.cap = cube.marks[0] === 'shown' ? n : threshold - 1;
  for (let i = 0; i < d; i++) fixOneWay(cube, 1 << i, threshold);
  if (d >= 2) suppressJointly(cube, masks.filter((mask) => order(mask) >= 2).flatMap((mask) => linesOfTable(mask, sizes, offsets)), threshold);

  return (dims: readonly number[]): SuppressedTable => {
    const mask = dims.reduce((m, i) => m | (1 << i), 0);
    const start = offsets[mask] ?? 0;
    const end = start + product(dims.map((i) => sizes[i] ?? 0));
    return {
      dims: [...dims],
      sizes: dims.map((i) => sizes[i] ?? 0),
      counts: cube.counts.slice(start, end),
      marks: cube.marks.slice(start, end),
      zerosHidden: cube.zerosHidden[mask] ?? false,
    };
  };
};

/** A one-way table exactly as representativeness() publishes it. */
const fixOneWay = (cube: Cube, mask: number, threshold: number): void => {
  const start = cube.offsets[mask] ?? 0;
  const end = cube.offsets[mask + 1] ?? cube.counts.length;
  const counts = cube.counts.slice(start, end);
  const published = suppressCells(
    counts.map((count, i) => ({ band: String(i), count })),
    { threshold, total: cube.counts[0] ?? 0, totalHidden: cube.marks[0] !== 'shown' },
  );
  published.forEach((cell, i) => {
    cube.marks[start + i] = cell.suppression ?? 'shown';
  });
  cube.zerosHidden[mask] = published.some((c, i) => c.suppression === 'small' && counts[i] === 0);
};

const bitCount = (mask: number) => mask.toString(2).replaceAll('0', '').length;

/**
 * What a reader may assume about a hidden count from its label alone: "< t" is 1..t-1 (0..t-1
 * when the table hides zeros), "≥ t" at least t, "x" anything; none more than the stage total. In a
 * one-way table a "≥ t" cell is also at most the smallest non-zero cell shown, since that table
 * always hides the smallest next.
 */
const boundsOf = (cube: Cube, i: number, threshold: number): Bounds => {
  const mask = cube.tableOf[i] ?? 0;
  const count = cube.counts[i] ?? 0;
  switch (cube.marks[i]) {
    case 'small':
      return { lo: cube.zerosHidden[mask] ? 0 : 1, hi: Math.min(threshold - 1, cube.cap) };
    case 'secondary':
      return { lo: threshold, hi: Math.min(cube.cap, bitCount(mask) === 1 ? smallestShownNonZero(cube, mask) : Infinity) };
    case 'withheld':
      return { lo: 0, hi: cube.cap };
    default:
      return { lo: count, hi: count };
  }
};

const smallestShownNonZero = (cube: Cube, mask: number): number => {
  let smallest = Infinity;
  for (let i = cube.offsets[mask] ?? 0; i < (cube.offsets[mask + 1] ?? cube.counts.length); i++) {
    const c = cube.counts[i] ?? 0;
    if (cube.marks[i] === 'shown' && c > 0 && c < smallest) smallest = c;
  }
  return smallest;
};

const suppressJointly = (cube: Cube, lines: readonly Line[], threshold: number): void => {
  const { counts, marks } = cube;
  const fixed = (i: number) => bitCount(cube.tableOf[i] ?? 0) < 2;
  const linesOf: Line[][] = counts.map(() => []);
  for (const line of lines) for (const i of [...line.cells, line.margin]) linesOf[i]?.push(line);
  const othersOf = (line: Line, i: number) => [...line.cells, line.margin].filter((j) => j !== i);
  const shownZero = (i: number) => marks[i] === 'shown' && counts[i] === 0;
  // A zero in a line whose margin shows 0 is public while that margin is shown: hiding it gives nothing.
  const knownZero = (i: number) => shownZero(i) && (linesOf[i] ?? []).some((l) => l.margin !== i && shownZero(l.margin));
  const fixedOrKnown = (j: number) => marks[j] === 'shown' && (fixed(j) || knownZero(j));
  // Hiding this entry would leave it pinned by a line nothing more can be hidden in.
  const stuck = (i: number) => (linesOf[i] ?? []).some((l) => othersOf(l, i).every(fixedOrKnown));
  const isProtected = (line: Line): boolean => {
    const hidden = line.cells.filter((i) => marks[i] !== 'shown').map((i) => boundsOf(cube, i, threshold));
    const shownSum = line.cells.reduce((s, i) => (marks[i] === 'shown' ? s + (counts[i] ?? 0) : s), 0);
    return lineIsProtected(hidden, marks[line.margin] !== 'shown', boundsOf(cube, line.margin, threshold), shownSum);
  };
  const hideMore = (line: Line): boolean => {
    const candidates = [...line.cells, line.margin].filter((i) => marks[i] === 'shown' && (counts[i] ?? 0) > 0 && !fixed(i) && !stuck(i));
    const next = candidates.reduce<number | null>((best, i) => (best === null || (counts[i] ?? 0) < (counts[best] ?? 0) ? i : best), null);
    if (next !== null) {
      marks[next] = 'secondary';
      return true;
    }
    const zeros = line.cells.filter((i) => shownZero(i) && !fixed(i) && !knownZero(i));
    if (zeros.length > 0) {
      for (const i of zeros) {
        marks[i] = 'small';
        cube.zerosHidden[cube.tableOf[i] ?? 0] = true;
      }
      return true;
    }
    const hidden = [...line.cells, line.margin].filter((i) => !fixed(i) && (marks[i] === 'small' || marks[i] === 'secondary'));
    for (const i of hidden) marks[i] = 'withheld';
    return hidden.length > 0;
  };
  // Hiding more only widens what a reader can infer, so a protected line stays protected: this ends.
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) if (!isProtected(line) && hideMore(line)) changed = true;
  }
};
