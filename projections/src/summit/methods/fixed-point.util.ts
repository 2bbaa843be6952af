/**
 * Vote values in whole hundred-thousandths, as BigInt: the Scottish rules compute every transfer
 * value to five decimal places with the remainder ignored (rule 48(3)), so counts in these units
 * are exact and a recount by hand or by machine agrees to the last digit.
 */
export const UNIT = 100_000n;

export const votesOf = (whole: number): bigint => BigInt(whole) * UNIT;

/** `1234567n` -> `"12.34567"`; always five decimals, so published counts line up. */
export const formatVotes = (units: bigint): string => {
  const sign = units < 0n ? '-' : '';
  const abs = units < 0n ? -units : units;
  return `${sign}${abs / UNIT}.${(abs % UNIT).toString().padStart(5, '0')}`;
};

/** `"12.34567"` -> `1234567n`; the inverse of formatVotes, for recounts and tests. */
export const parseVotes = (text: string): bigint => {
  const match = /^(-?)(\d+)(?:\.(\d{1,5}))?$/.exec(text);
  if (!match) throw new RangeError(`votes: "${text}" is not a number with at most five decimals`);
  const units = BigInt(match[2] ?? '0') * UNIT + BigInt((match[3] ?? '').padEnd(5, '0'));
  return match[1] === '-' ? -units : units;
};
