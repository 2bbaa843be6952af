import fc from 'fast-check';
import { suppressCells } from './cell-suppression.js';
import { possibleValues } from './testing/disclosure.check.js';

const cells = (...counts: number[]) => counts.map((count, i) => ({ band: `b${i}`, count }));
const labels = (counts: number[], total: number | null, hideZeros = false) =>
  suppressCells(cells(...counts), { threshold: 5, total, hideZeros }).map((c) => c.countLabel);

describe('small-cell suppression', () => {
  it('shows counts from the threshold up and zeros as they are', () => {
    expect(labels([0, 5, 12], 17)).toEqual(['0', '5', '12']);
  });

  it('hides a count from 1 to 4 as "< 5", with its count null', () => {
    const [small] = suppressCells(cells(3, 7, 9), { threshold: 5, total: null });
    expect(small).toEqual({ band: 'b0', count: null, countLabel: '< 5', suppressed: true, suppression: 'small' });
  });

  it('hides the next smallest cell too when a lone hidden cell could be worked out from the total', () => {
    // 24 - 12 - 9 would give the 3 away; with the 9 hidden too, 12 splits as 1+11 ... 4+8.
    expect(labels([3, 12, 9], 24)).toEqual(['< 5', '12', '≥ 5']);
  });

  it('needs no second cell when the total is not published', () => {
    expect(labels([3, 12, 9], null)).toEqual(['< 5', '12', '9']);
  });

  it('leaves two small cells alone when their sum does not pin them down', () => {
    expect(labels([2, 1, 20, 30], 53)).toEqual(['< 5', '< 5', '20', '30']);
  });

  it('hides more when two small cells can only be 1 and 1', () => {
    // Two hidden cells of at least 1 that add up to 2 are both 1: hide the 20 as well.
    expect(labels([1, 1, 20, 30], 52)).toEqual(['< 5', '< 5', '≥ 5', '30']);
  });

  it('knows that a reader knows the smallest cell is hidden first', () => {
    // 4 hidden with one 5: the other 5s shown tell the hidden one is at most 5, so 4 and 5 follow; all go.
    expect(labels([4, 5, 5, 5], 19)).toEqual(['< 5', '≥ 5', '≥ 5', '≥ 5']);
  });

  it('hides zeros as "< 5" when nothing else is left to hide', () => {
    // 1 + 5 = 6 with a shown zero: the 1 is the only value left for the small cell.
    expect(labels([1, 5, 0], 6)).toEqual(['< 5', '≥ 5', '< 5']);
  });

  it('withholds the whole dimension when even that cannot protect a cell', () => {
    expect(labels([1, 1, 5], 7)).toEqual(['x', 'x', 'x']);
  });

  it('hides zeros from the start when asked (table compositions)', () => {
    expect(labels([0, 3, 6, 0], 9, true)).toEqual(['< 5', '< 5', '6', '< 5']);
  });

  it('protects the cells of a total shown as "< 5" too: four cells of 1 that add up to less than 5 would each be 1', () => {
    const hidden = (...counts: number[]) =>
      suppressCells(cells(...counts), { threshold: 5, total: counts.reduce((a, b) => a + b, 0), totalHidden: true }).map((c) => c.countLabel);
    // b0..b3 lie in 1..4 and add up to at most 4: all 1. With the zero hidden too, each may be 0..4.
    expect(hidden(1, 1, 1, 1, 0)).toEqual(['< 5', '< 5', '< 5', '< 5', '< 5']);
    expect(hidden(1, 1, 1, 1)).toEqual(['x', 'x', 'x', 'x']);
    // one cell of 2 and zeros: the cell is the total, 1..4 either way; the zeros stay
    expect(hidden(2, 0, 0)).toEqual(['< 5', '0', '0']);
  });

  it('with threshold 1 shows everything', () => {
    expect(suppressCells(cells(1, 2), { threshold: 1, total: 3 }).map((c) => c.countLabel)).toEqual(['1', '2']);
  });

  it('never shows 1..threshold-1 and never leaves a hidden cell with one possible value (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 14 }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 2, max: 7 }),
        fc.boolean(),
        (counts, threshold, hideZeros) => {
          const sum = counts.reduce((a, b) => a + b, 0);
          // as the query does: a total from 1 to threshold - 1 is not published either
          const total = sum > 0 && sum < threshold ? null : sum;
          const published = suppressCells(cells(...counts), { threshold, total, hideZeros });
          for (const cell of published) {
            if (cell.count !== null) expect(cell.count === 0 || cell.count >= threshold).toBe(true);
            if (cell.count !== null) expect(cell.countLabel).toBe(String(cell.count));
          }
          if (total === null) return;
          expect(published.filter((c) => c.suppressed).length).not.toBe(1);
          const values = possibleValues(published, counts, total, threshold, hideZeros);
          for (const v of values) expect(v.length).toBeGreaterThanOrEqual(2);
          // and the truth is among them: the labels never lie
          const hiddenTruth = counts.filter((_, i) => published[i]?.count === null);
          hiddenTruth.forEach((truth, i) => expect(values[i]).toContain(truth));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
