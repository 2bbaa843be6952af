import { type PublishedCell, type SuppressionReason, suppressCells } from './cell-suppression.js';
import { bandOf, bandsFor, inStage, type RepresentativenessStage, representativenessStages } from './participant-bands.util.js';
import { dimensionReference, type RepresentativenessDimensionName } from './reference-population.js';
import { basisPoints, own } from './read-model.util.js';
import type { ParticipantStages, RepresentativenessProcess, RepresentativenessReadModel } from './representativeness.read-model.js';

export { type RepresentativenessStage, representativenessStages };

/** One band of one dimension at one stage, set against the reference population. */
export interface RepresentativenessRow {
  /** District code, age band or gender band. */
  band: string;
  /** Participants in this band at this stage; null when suppressed. */
  count: number | null;
  /** The count as text, or `< 5` (too small to show), `≥ 5` (hidden so a small cell cannot be worked out) or `x` (dimension withheld). */
  countLabel: string;
  /** Share of the stage's participants, a fraction with 4 decimals; null when suppressed or nobody is at this stage. */
  share: number | null;
  /** Inhabitants in this band according to the reference population; null when it gives none. */
  referenceCount: number | null;
  /** Share of the reference population, a fraction with 4 decimals. */
  referenceShare: number | null;
  /** share - referenceShare in percentage points (2 decimals); negative means under-represented. */
  difference: number | null;
  suppressed: boolean;
  /** Why the count is not shown, or null when it is. */
  suppression: SuppressionReason | null;
  /** True when the reference figure for this band was invented (e.g. demo data); the portal must say so. */
  referenceInvented: boolean;
}

export interface RepresentativenessDimension {
  dimension: RepresentativenessDimensionName;
  /** The inhabitants the reference shares are taken of; null without reference figures for this dimension. */
  referenceTotal: number | null;
  /** True when any reference figure of this dimension (bands or total) was invented. */
  referenceInvented: boolean;
  rows: RepresentativenessRow[];
}

export interface RepresentativenessTotal {
  /** Participants at this stage; null when 1 to threshold - 1 (then every cell is suppressed too). */
  count: number | null;
  countLabel: string;
  suppressed: boolean;
}

export interface RepresentativenessResult {
  processId: string;
  stage: RepresentativenessStage;
  /** Counts from 1 to threshold - 1 are not shown. */
  threshold: number;
  total: RepresentativenessTotal;
  /** The reference population's source and date; null when none is recorded. */
  reference: { source: string; referenceDate: string; invented: boolean } | null;
  dimensions: RepresentativenessDimension[];
}

export interface RepresentativenessOptions {
  /** The smallest count shown; 5 by default. */
  threshold?: number;
  /** The process; without it, the first process the log names. */
  processId?: string;
}

const withShares = (cell: PublishedCell, total: number | null, ref: { count: number | null; bp: number | null; invented: boolean }): RepresentativenessRow => {
  const shareBp = cell.count !== null && total !== null ? basisPoints(cell.count, total) : null;
  return {
    band: cell.band,
    count: cell.count,
    countLabel: cell.countLabel,
    share: shareBp === null ? null : shareBp / 10000,
    referenceCount: ref.count,
    referenceShare: ref.bp === null ? null : ref.bp / 10000,
    difference: shareBp === null || ref.bp === null ? null : (shareBp - ref.bp) / 100,
    suppressed: cell.suppressed,
    suppression: cell.suppression,
    referenceInvented: ref.invented,
  };
};

const dimensionRows = (
  dimension: RepresentativenessDimensionName,
  process: RepresentativenessProcess,
  members: readonly ParticipantStages[],
  publishedTotal: number | null,
  threshold: number,
): RepresentativenessDimension => {
  const n = members.length;
  const reference = dimensionReference(process.reference, dimension);
  const counts = new Map<string, number>();
  for (const p of members) counts.set(bandOf(p, dimension), (counts.get(bandOf(p, dimension)) ?? 0) + 1);
  const bands = bandsFor(dimension, process, members, members);
  const cells = suppressCells(
    bands.map((band) => ({ band, count: counts.get(band) ?? 0 })),
    // A total shown as "< 5" still tells a reader the cells add up to 1..4, so it counts as a hidden total.
    { threshold, total: n, totalHidden: publishedTotal === null },
  );
  const rows = cells.map((cell) => {
    const ref = reference.bands.get(cell.band);
    const bp = ref && reference.total !== null ? basisPoints(ref.inhabitants, reference.total) : null;
    return withShares(cell, publishedTotal, { count: ref?.inhabitants ?? null, bp, invented: ref?.invented ?? false });
  });
  return { dimension, referenceTotal: reference.total, referenceInvented: reference.invented, rows };
};

/**
 * Representativeness of one stage against the reference population, per district, age band and
 * gender. Pure: the same model and options give the same result. No published count lies between
 * 1 and threshold - 1, and no hidden count can be worked out from the others and the total
 * (see cell-suppression.ts). Null when the model knows no such process.
 */
export const representativeness = (
  model: RepresentativenessReadModel,
  stage: RepresentativenessStage,
  { threshold = 5, processId }: RepresentativenessOptions = {},
): RepresentativenessResult | null => {
  if (!Number.isInteger(threshold) || threshold < 1) throw new RangeError(`threshold: must be a whole number of at least 1, got ${threshold}`);
  const id = processId ?? model.processIds[0];
  const process = id === undefined ? undefined : own(model.processes, id);
  if (!process) return null;
  const members = Object.values(model.participants).filter((p) => p.processId === process.processId && inStage(p, stage));
  const n = members.length;
  const totalSuppressed = n > 0 && n < threshold;
  const publishedTotal = totalSuppressed ? null : n;
  const reference = process.reference;
  return {
    processId: process.processId,
    stage,
    threshold,
    total: { count: publishedTotal, countLabel: totalSuppressed ? `< ${threshold}` : String(n), suppressed: totalSuppressed },
    reference: reference && {
      source: reference.source,
      referenceDate: reference.referenceDate,
      invented: reference.figures.some((f) => f.invented),
    },
    dimensions: (['district', 'ageBand', 'gender'] as const).map((dimension) => dimensionRows(dimension, process, members, publishedTotal, threshold)),
  };
};
