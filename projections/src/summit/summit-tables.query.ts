import { AgeBandSchema, GenderSchema } from '@spoor/contracts';
import { type PublishedCell, suppressCells } from '../representativeness/cell-suppression.js';
import type { StoredAllocation, StoredTable } from './summit.read-model.js';

export type TableDimension = 'district' | 'ageBand' | 'gender';

/** One table in public: its size and make-up in aggregate, never who sat there. */
export interface SummitTableView {
  table: number;
  size: number;
  wildcards: number;
  /** size - wildcards. */
  residents: number;
  /**
   * How many different districts, age bands and genders sit at the table: a measure of mix that
   * names no band, so it cannot place a person at a table.
   */
  diversity: { districts: number; ageBands: number; genders: number };
  /** Residents per band, suppressed: at a table of 8 nearly every cell is hidden, zeros included. */
  composition: { dimension: TableDimension; cells: PublishedCell[] }[];
}

export interface SummitTablesView {
  algorithm: string;
  algorithmVersion: number;
  seed: number;
  tableSize: number;
  tableCount: number;
  allocatedAt: string;
  tables: SummitTableView[];
}

const countsOf = (table: StoredTable, dimension: TableDimension): Record<string, number> =>
  dimension === 'district' ? table.districts : dimension === 'ageBand' ? table.ageBands : table.genders;

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The rows every table lists, in a fixed order: all age bands and genders of the register, and
 * the districts seated anywhere at the summit (which the summit's representativeness shows anyway).
 */
const bandsOf = (tables: readonly StoredTable[], dimension: TableDimension): string[] => {
  const known: readonly string[] = dimension === 'ageBand' ? AgeBandSchema.options : dimension === 'gender' ? GenderSchema.options : [];
  const seen = new Set(tables.flatMap((t) => Object.keys(countsOf(t, dimension))));
  return [...known, ...[...seen].filter((b) => !known.includes(b)).sort(byCode)];
};

const distinct = (counts: Record<string, number>) => Object.values(counts).filter((n) => n > 0).length;

/**
 * The latest allocation in public. Member ids never reach this function's input (the projection
 * drops them); per-band counts go through the same suppression as the representativeness
 * tables, with zeros hidden too: which districts are present at a table, next to which districts
 * are at the summit at all, could tell who sat where.
 */
export const tablesView = (allocation: StoredAllocation, threshold: number): SummitTablesView => {
  const dimensions: TableDimension[] = ['district', 'ageBand', 'gender'];
  const bands = Object.fromEntries(dimensions.map((d) => [d, bandsOf(allocation.tables, d)])) as Record<TableDimension, string[]>;
  return {
    algorithm: allocation.algorithm,
    algorithmVersion: allocation.algorithmVersion,
    seed: allocation.seed,
    tableSize: allocation.tableSize,
    tableCount: allocation.tables.length,
    allocatedAt: allocation.allocatedAt,
    tables: allocation.tables.map((t) => {
      const residents = Math.max(0, t.size - t.wildcards);
      return {
        table: t.table,
        size: t.size,
        wildcards: t.wildcards,
        residents,
        diversity: { districts: distinct(t.districts), ageBands: distinct(t.ageBands), genders: distinct(t.genders) },
        composition: dimensions.map((dimension) => {
          const counts = countsOf(t, dimension);
          const cells = bands[dimension].map((band) => ({ band, count: Object.hasOwn(counts, band) ? (counts[band] ?? 0) : 0 }));
          return { dimension, cells: suppressCells(cells, { threshold, total: residents, hideZeros: true }) };
        }),
      };
    }),
  };
};
