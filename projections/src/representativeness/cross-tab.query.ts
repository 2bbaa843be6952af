import type { SuppressionReason } from './cell-suppression.js';
import { type CellMark, crossSuppression, type SuppressedTable } from './cross-suppression.js';
import {
  bandOf,
  bandsFor,
  type CrossTabDimensionName,
  inStage,
  OTHER_PREFIX,
  otherDimensionsOf,
  type RepresentativenessStage,
} from './participant-bands.util.js';
import { own } from './read-model.util.js';
import type { RepresentativenessTotal } from './representativeness.query.js';
import type { RepresentativenessProcess, RepresentativenessReadModel } from './representativeness.read-model.js';

/** More dimensions make tables of nearly only hidden cells, and cost more than they tell. */
export const MAX_CROSS_TAB_DIMENSIONS = 4;
/** The most cells one answer holds, the table and all its margins together. */
export const MAX_CROSS_TAB_CELLS = 20_000;
/**
 * The most cells of the cube suppressed at once (every table over every combination of the
 * process's dimensions). Further bands that would make it larger cannot be crossed.
 */
export const MAX_CUBE_CELLS = 60_000;

/** One combination of bands, one per dimension of its table, in that table's order. */
export interface CrossTabCell {
  bands: string[];
  /** Participants with these bands at this stage; null when suppressed. */
  count: number | null;
  /** The count as text, or `< 5` (too small to show), `≥ 5` (hidden so a small cell cannot be worked out) or `x` (withheld). */
  countLabel: string;
  suppressed: boolean;
  suppression: SuppressionReason | null;
}

/** A table over some of the dimensions; every cell, zeros included, in row-major order. */
export interface CrossTabTable {
  dimensions: CrossTabDimensionName[];
  /** True when `< 5` in this table may also stand for 0 (zeros hidden so that no other cell could be worked out). */
  zerosHidden: boolean;
  cells: CrossTabCell[];
}

export interface RepresentativenessCrossTab {
  processId: string;
  stage: RepresentativenessStage;
  /** Counts from 1 to threshold - 1 are not shown. */
  threshold: number;
  /** The dimensions asked for, always in the order district, ageBand, gender, further bands; each with the bands its tables list. */
  dimensions: { dimension: CrossTabDimensionName; bands: string[] }[];
  /** Participants at this stage, as representativeness(stage) shows it. */
  total: RepresentativenessTotal;
  /** The table over all dimensions asked for. */
  table: CrossTabTable;
  /**
   * Its margins: the table over every smaller combination of the dimensions, largest first; the
   * one-way ones are exactly representativeness(stage)'s. Suppressed together with the table.
   */
  margins: CrossTabTable[];
}

export interface CrossTabOptions {
  /** The smallest count shown; 5 by default. */
  threshold?: number;
  /** The process; without it, the first process the log names. */
  processId?: string;
}

/** A request the query cannot answer; `field` names the argument at fault. */
export class CrossTabRequestError extends RangeError {
  override readonly name = 'CrossTabRequestError';
  constructor(
    readonly field: 'dimensions',
    message: string,
  ) {
    super(message);
  }
}

const labelOf = (mark: CellMark, count: number, threshold: number): string => {
  switch (mark) {
    case 'shown':
      return String(count);
    case 'small':
      return `< ${threshold}`;
    case 'secondary':
      return `≥ ${threshold}`;
    case 'withheld':
      return 'x';
  }
};

/** Every non-empty proper subset of 0..k-1 (as ascending index lists), largest first, then in order. */
const subsetsOf = (k: number): number[][] => {
  const all: number[][] = [];
  for (let mask = 1; mask < (1 << k) - 1; mask++) all.push(Array.from({ length: k }, (_, i) => i).filter((i) => mask & (1 << i)));
  return all.sort((a, b) => b.length - a.length || a.join(',').localeCompare(b.join(',')));
};

/** The dimensions a process's tables can be split by: district, ageBand, gender, then `other:<name>` per further band. */
export const crossTabDimensions = (model: RepresentativenessReadModel, processId?: string): CrossTabDimensionName[] => {
  const process = processOf(model, processId);
  if (!process) return [];
  return ['district', 'ageBand', 'gender', ...otherDimensionsOf(participantsOf(model, process))];
};

const processOf = (model: RepresentativenessReadModel, processId?: string): RepresentativenessProcess | undefined => {
  const id = processId ?? model.processIds[0];
  return id === undefined ? undefined : own(model.processes, id);
};

const participantsOf = (model: RepresentativenessReadModel, process: RepresentativenessProcess) =>
  Object.values(model.participants).filter((p) => p.processId === process.processId);

const checkDimensions = (asked: readonly string[], available: readonly CrossTabDimensionName[]): CrossTabDimensionName[] => {
  if (asked.length === 0) throw new CrossTabRequestError('dimensions', 'dimensions: name at least one dimension');
  if (asked.length > MAX_CROSS_TAB_DIMENSIONS) throw new CrossTabRequestError('dimensions', `dimensions: at most ${MAX_CROSS_TAB_DIMENSIONS} at a time, got ${asked.length}`);
  const twice = asked.find((d, i) => asked.indexOf(d) !== i);
  if (twice !== undefined) throw new CrossTabRequestError('dimensions', `dimensions: ${twice} is named twice`);
  for (const d of asked) {
    if (!(available as readonly string[]).includes(d)) {
      const hint = d.startsWith(OTHER_PREFIX) ? '' : ` (a further band is named ${OTHER_PREFIX}<name>)`;
      throw new CrossTabRequestError('dimensions', `dimensions: unknown dimension "${d}"${hint}; this process has ${available.join(', ')}`);
    }
  }
  return [...asked] as CrossTabDimensionName[];
};

/**
 * Participants at one stage cross-tabulated by any combination of dimensions, with the table's
 * margins, small cells suppressed across all of them (cross-suppression.ts). Pure. Null when the
 * model knows no such process; a CrossTabRequestError for dimensions it cannot split by.
 */
export const representativenessCrossTab = (
  model: RepresentativenessReadModel,
  stage: RepresentativenessStage,
  dimensions: readonly string[],
  { threshold = 5, processId }: CrossTabOptions = {},
): RepresentativenessCrossTab | null => {
  if (!Number.isInteger(threshold) || threshold < 1) throw new RangeError(`threshold: must be a whole number of at least 1, got ${threshold}`);
  const process = processOf(model, processId);
  if (!process) return null;
  const everyone = participantsOf(model, process);
  const available: CrossTabDimensionName[] = ['district', 'ageBand', 'gender', ...otherDimensionsOf(everyone)];
  // One fixed order whatever the order asked: the secondary cells chosen depend on the layout, and
  // two layouts of the same table with different hidden cells would together show more than either.
  const asked = checkDimensions(dimensions, available).sort((a, b) => available.indexOf(a) - available.indexOf(b));
  const members = everyone.filter((p) => inStage(p, stage));
  // Suppressed as one cube over every dimension of the process, so that every answer shows each table alike.
  const cubeDims: CrossTabDimensionName[] = [];
  const cubeBands: string[][] = [];
  let cubeCells = 1;
  for (const dimension of available) {
    const list = bandsFor(dimension, process, members, everyone);
    if (cubeCells * (list.length + 1) > MAX_CUBE_CELLS) continue;
    cubeCells *= list.length + 1;
    cubeDims.push(dimension);
    cubeBands.push(list);
  }
  const tooMany = asked.find((d) => !cubeDims.includes(d));
  if (tooMany !== undefined) {
    throw new CrossTabRequestError('dimensions', `dimensions: ${tooMany} cannot be crossed: the process has too many further bands to suppress small cells across all of them`);
  }
  const positions = asked.map((d) => cubeDims.indexOf(d));
  const bands = positions.map((i) => cubeBands[i] ?? []);
  const subsets = subsetsOf(asked.length);
  const cellCount = [asked.map((_, i) => i), ...subsets].reduce((sum, s) => sum + s.reduce((m, i) => m * (bands[i]?.length ?? 0), 1), 0);
  if (cellCount > MAX_CROSS_TAB_CELLS) {
    throw new CrossTabRequestError('dimensions', `dimensions: these would make ${cellCount} cells, more than ${MAX_CROSS_TAB_CELLS}; ask for fewer dimensions`);
  }
  const indexOf = cubeBands.map((list) => new Map(list.map((band, i) => [band, i])));
  const people = members.map((p) => cubeDims.map((d, k) => indexOf[k]?.get(bandOf(p, d)) ?? 0));
  const cube = crossSuppression({ sizes: cubeBands.map((b) => b.length), people, threshold });
  // `asked` is in the cube's order, so ascending positions keep the request's order.
  const tableOf = (dims: number[]): SuppressedTable => cube(dims.map((i) => positions[i] ?? 0));

  const publish = (dims: number[]): CrossTabTable => {
    const t: SuppressedTable = tableOf(dims);
    const cells = t.counts.map((count, index): CrossTabCell => {
      const mark = t.marks[index] ?? 'shown';
      let rest = index;
      const coords = [...dims].reverse().map((d) => {
        const size = bands[d]?.length ?? 1;
        const c = rest % size;
        rest = Math.floor(rest / size);
        return bands[d]?.[c] ?? '';
      });
      const shown = mark === 'shown';
      return { bands: coords.reverse(), count: shown ? count : null, countLabel: labelOf(mark, count, threshold), suppressed: !shown, suppression: shown ? null : mark };
    });
    return { dimensions: dims.map((d) => asked[d] ?? 'district'), zerosHidden: t.zerosHidden, cells };
  };

  const n = members.length;
  const totalSuppressed = n > 0 && n < threshold;
  return {
    processId: process.processId,
    stage,
    threshold,
    dimensions: asked.map((dimension, i) => ({ dimension, bands: bands[i] ?? [] })),
    total: { count: totalSuppressed ? null : n, countLabel: totalSuppressed ? `< ${threshold}` : String(n), suppressed: totalSuppressed },
    table: publish(asked.map((_, i) => i)),
    margins: subsets.map(publish),
  };
};
