/**
 * What a reader can work out from a published cross-table, one line at a time: for every line
 * (the cells along one dimension with the other bands fixed, adding up to a cell of the margin
 * table, or to the stage total), the values each hidden cell and a hidden margin cell can still
 * take. Written apart from cross-suppression.ts: it reads only the published labels, and it
 * enumerates reachable sums instead of using interval arithmetic, so the specs test the algorithm
 * rather than repeat it. Returns a list of problems, empty when nothing is given away.
 */
import type { RepresentativenessCrossTab } from '../cross-tab.query.js';

interface PublishedEntry {
  count: number | null;
  countLabel: string;
}

interface Table {
  dimensions: string[];
  zerosHidden: boolean;
  cells: (PublishedEntry & { bands: string[] })[];
}

/** A participant as the test generated them: their band per dimension name. */
export type Microdata = readonly Readonly<Record<string, string>>[];

const truthOf = (people: Microdata, dimensions: readonly string[], bands: readonly string[]) =>
  people.filter((p) => dimensions.every((d, i) => p[d] === bands[i])).length;

interface LineSpec {
  where: string;
  cells: string[];
  margin: string;
}

/**
 * Problems with a published cross-table, empty when none: a shown count from 1 to threshold - 1, a
 * shown count or label that does not fit the truth, or a hidden count (cell or margin) that one
 * line pins down. A hidden count a line pins to 0 is tolerated: it tells that nobody has those
 * bands, which is no count of people. This is the linear, one-line check; a reader who combines
 * several lines (e.g. carries such a 0 into another line) can sometimes do better in very sparse
 * tables, which docs/privacy.md names as a limit.
 */
export const crossTabProblems = (result: RepresentativenessCrossTab, people: Microdata, threshold: number): string[] => {
  const problems: string[] = [];
  // What a reader knows bounds every count: the stage total, or below the threshold when it is hidden.
  const n = result.total.count ?? threshold - 1;
  const grand: Table = { dimensions: [], zerosHidden: false, cells: [{ bands: [], count: result.total.count, countLabel: result.total.countLabel }] };
  const tables: Table[] = [result.table, ...result.margins, grand];
  const entries = new Map<string, { table: Table; cell: PublishedEntry; truth: number }>();
  const keyOf = (dimensions: readonly string[], bands: readonly string[]) => `${dimensions.join('|')}#${bands.join('|')}`;

  const labelRange = (table: Table, entry: PublishedEntry): [number, number] => {
    if (entry.count !== null) return [entry.count, entry.count];
    if (entry.countLabel === `< ${threshold}`) return [table.zerosHidden ? 0 : 1, threshold - 1];
    if (entry.countLabel === `≥ ${threshold}`) {
      if (table.dimensions.length !== 1) return [threshold, n];
      // a one-way table hides the smallest cell next, so a "≥" cell is at most the smallest one shown
      const shown = table.cells.map((c) => c.count ?? 0).filter((c) => c > 0);
      return [threshold, Math.min(n, ...shown, result.total.count ?? n)];
    }
    if (entry.countLabel === 'x') return [0, n];
    problems.push(`unknown label ${entry.countLabel}`);
    return [0, n];
  };

  const lines: LineSpec[] = [];
  for (const table of tables) {
    for (const cell of table.cells) {
      const truth = truthOf(people, table.dimensions, cell.bands);
      entries.set(keyOf(table.dimensions, cell.bands), { table, cell, truth });
      const where = `${table.dimensions.join('×') || 'total'} ${cell.bands.join('/')}`;
      if (cell.count !== null && cell.count > 0 && cell.count < threshold) problems.push(`${where}: shows ${cell.count}`);
      if (cell.count !== null && cell.count !== truth) problems.push(`${where}: shows ${cell.count}, truth ${truth}`);
      const [lo, hi] = labelRange(table, cell);
      if (truth < lo || truth > hi) problems.push(`${where}: label ${cell.countLabel} does not fit the truth ${truth}`);
    }
    table.dimensions.forEach((dimension, p) => {
      const marginDimensions = table.dimensions.filter((_, q) => q !== p);
      const grouped = new Map<string, string[]>();
      for (const cell of table.cells) {
        const rest = cell.bands.filter((_, q) => q !== p);
        grouped.set(rest.join('|'), [...(grouped.get(rest.join('|')) ?? []), keyOf(table.dimensions, cell.bands)]);
      }
      for (const [rest, cells] of grouped) {
        lines.push({ where: `${table.dimensions.join('×')} along ${dimension} at ${rest || 'total'}`, cells, margin: keyOf(marginDimensions, rest === '' ? [] : rest.split('|')) });
      }
    });
  }

  const rangeOf = (key: string): [number, number] => {
    const entry = entries.get(key);
    return entry ? labelRange(entry.table, entry.cell) : [0, n];
  };
  const hiddenIn = (line: LineSpec) => [...line.cells, line.margin].filter((k) => entries.get(k)?.cell.count === null);
  for (const line of lines) {
    if (!entries.has(line.margin)) {
      problems.push(`${line.where}: no margin cell ${line.margin}`);
      continue;
    }
    const hidden = hiddenIn(line);
    for (const [key, values] of possibleValues(line, rangeOf, n)) {
      if (!hidden.includes(key)) continue;
      // a hidden 0 that a line shows to be 0 says nobody has those bands, which is no count of people
      if (values.length < 2 && !(values.length === 1 && values[0] === 0)) problems.push(`${line.where}: hidden ${key} can only be ${values.join(',') || 'nothing'}`);
      if (!values.includes(entries.get(key)?.truth ?? -1)) problems.push(`${line.where}: hidden ${key} cannot be its truth`);
    }
  }
  return problems;
};

/** Per hidden entry of the line (cells and margin), the values it can take given the others' ranges. */
const possibleValues = (line: LineSpec, rangeOf: (key: string) => [number, number], n: number): Map<string, number[]> => {
  const cellRanges = line.cells.map((k) => [k, rangeOf(k)] as const);
  const [tLo, tHi] = rangeOf(line.margin);
  // sums the cells other than `skip` can reach, up to n
  const reachable = (skip: number): boolean[] => {
    let sums = Array.from({ length: n + 1 }, (_, s) => s === 0);
    cellRanges.forEach(([, [lo, hi]], i) => {
      if (i === skip) return;
      const next = Array.from({ length: n + 1 }, () => false);
      sums.forEach((ok, s) => {
        if (ok) for (let v = lo; v <= hi && s + v <= n; v++) next[s + v] = true;
      });
      sums = next;
    });
    return sums;
  };
  const out = new Map<string, number[]>();
  cellRanges.forEach(([key, [lo, hi]], i) => {
    if (lo === hi) return;
    const others = reachable(i);
    const values: number[] = [];
    for (let v = lo; v <= Math.min(hi, n); v++) if (others.some((ok, r) => ok && v + r >= tLo && v + r <= tHi)) values.push(v);
    out.set(key, values);
  });
  if (tLo !== tHi) {
    const all = reachable(-1);
    const values: number[] = [];
    for (let t = tLo; t <= Math.min(tHi, n); t++) if (all[t]) values.push(t);
    out.set(line.margin, values);
  }
  return out;
};
