/** Writes rows as a spreadsheet would: cells with the delimiter, quotes or newlines in quotes. */
export const toCsv = (rows: readonly (readonly string[])[], { delimiter = ';', newline = '\r\n', bom = false } = {}): string =>
  (bom ? '\uFEFF' : '') +
  rows
    .map((cells) => cells.map((c) => (c.includes(delimiter) || c.includes('"') || c.includes('\n') ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter))
    .join(newline) +
  newline;

/** The file line each row (after the header) starts on, counting the newlines inside quoted cells. */
export const startLines = (rows: readonly (readonly string[])[]): number[] => {
  let line = 2;
  return rows.map((cells) => {
    const start = line;
    line += 1 + cells.join('').split('\n').length - 1;
    return start;
  });
};
