/** One class of a map's shading: its fill and what it means, in words. */
export interface MapClass {
  label: string;
  fill: string;
}

const blues = ['#e6f0f7', '#b2d7ee', '#5d8fb5', '#2a6496', '#154273'];
const diverging = ['#a6611a', '#dfc27d', '#f5f5f5', '#80cdc1', '#018571'];

/** Up to five equal classes from 0 to the largest value, with "from – to" labels. */
export const sequentialClasses = (values: readonly number[], format: (n: number) => string): { classes: MapClass[]; classOf: (v: number | null) => number | null } => {
  const max = Math.max(1, ...values);
  const step = Math.max(1, Math.ceil(max / 5));
  const count = Math.min(5, Math.ceil((max + 1) / step));
  const fills = blues.slice(5 - count);
  const classes = fills.map((fill, i) => ({ fill, label: `${format(i * step)} – ${format(Math.min(max, (i + 1) * step - 1))}` }));
  return { classes, classOf: (v) => (v === null ? null : Math.min(count - 1, Math.floor(v / step))) };
};

/** Five classes of a difference in percentage points, under-represented to over-represented. */
export const differenceClasses = (labels: readonly [string, string, string, string, string]): { classes: MapClass[]; classOf: (pp: number | null) => number | null } => ({
  classes: diverging.map((fill, i) => ({ fill, label: labels[i] })),
  classOf: (pp) => (pp === null ? null : pp <= -2 ? 0 : pp < -0.5 ? 1 : pp <= 0.5 ? 2 : pp < 2 ? 3 : 4),
});
