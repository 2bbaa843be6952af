/**
 * A receipt code as people type it back: any case, with spaces, with or without the dash, with a
 * look-alike letter for a digit. Crockford base 32 reads O as 0 and I and L as 1, and its codes
 * never contain them, so reading them that way can only turn a typo into the right code.
 * Returns null when what is left is not eight code characters.
 */
export const normaliseReceiptCode = (input: string): string | null => {
  const compact = input
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015\u2212_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return /^[0-9A-HJKMNP-TV-Z]{8}$/.test(compact) ? `${compact.slice(0, 4)}-${compact.slice(4)}` : null;
};
