import type { PublishedCell } from '../representativeness/cell-suppression.js';
import type { AllocationQuality, StoredAllocation, StoredLateChanges } from './summit.read-model.js';

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
  /**
   * Always empty. Residents per band at one table of about 8 are counts from 1 to 4 nearly
   * everywhere, and any band shown next to the table's size tells how many the others are; the
   * room's make-up is representativeness(stage "summit"). Kept so clients of the field still work.
   */
  composition: { dimension: TableDimension; cells: PublishedCell[] }[];
}

export interface SummitTablesView {
  algorithm: string;
  algorithmVersion: number;
  seed: number;
  tableSize: number;
  tableCount: number;
  allocatedAt: string;
  /** How well the tables mirror the room (docs/allocation.md), lower is better; null when the allocation did not measure it. */
  quality: AllocationQuality | null;
  /** Late changes on the day, summed; null when the tables were never re-allocated. */
  lateChanges: StoredLateChanges | null;
  tables: SummitTableView[];
}

const distinct = (counts: Record<string, number>) => Object.values(counts).filter((n) => n > 0).length;

/**
 * The latest allocation in public: the seating plan's shape, never who sat where. Member ids never
 * reach this function's input (the projection drops them). Per table: its size, its wildcards
 * (the plan spreads them, one or none a table) and how mixed it is (how many different bands,
 * naming none), but no count of residents per band: at tables of about 8 those are counts of 1 to 4,
 * and suppressing them leaves nothing to read while the table's size gives the rest away. The
 * threshold is kept in the signature for the callers; no count here is a count of people by band.
 */
export const tablesView = (allocation: StoredAllocation, _threshold: number): SummitTablesView => {
  return {
    algorithm: allocation.algorithm,
    algorithmVersion: allocation.algorithmVersion,
    seed: allocation.seed,
    tableSize: allocation.tableSize,
    tableCount: allocation.tables.length,
    allocatedAt: allocation.allocatedAt,
    quality: allocation.quality && structuredClone(allocation.quality),
    lateChanges: allocation.lateChanges && { ...allocation.lateChanges },
    tables: allocation.tables.map((t) => {
      const residents = Math.max(0, t.size - t.wildcards);
      return {
        table: t.table,
        size: t.size,
        wildcards: t.wildcards,
        residents,
        diversity: { districts: distinct(t.districts), ageBands: distinct(t.ageBands), genders: distinct(t.genders) },
        composition: [],
      };
    }),
  };
};
