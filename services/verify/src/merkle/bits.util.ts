/**
 * Bit operations on tree sizes and indexes. JavaScript's bitwise operators work on 32 bits, and
 * a log may outgrow that, so these work on any safe integer (up to 2^53) by splitting it into a
 * high and a low 32-bit half. They stand in for Go's math/bits in the ported proof code.
 */
const TWO_32 = 2 ** 32;

const popcount32 = (x: number): number => {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};

const ctz32 = (x: number): number => 31 - Math.clz32(x & -x);

const hiOf = (x: number): number => Math.floor(x / TWO_32);
const loOf = (x: number): number => x >>> 0;

/** Number of bits needed to write x (0 for 0): Go's bits.Len64. */
export const bitLength = (x: number): number => (x < TWO_32 ? 32 - Math.clz32(x) : 32 + bitLength(hiOf(x)));

/** Number of trailing zero bits (64 for 0): Go's bits.TrailingZeros64. */
export const trailingZeros = (x: number): number => {
  if (x === 0) return 64;
  const lo = loOf(x);
  return lo !== 0 ? ctz32(lo) : 32 + ctz32(hiOf(x));
};

/** Number of one bits: Go's bits.OnesCount64. */
export const onesCount = (x: number): number => popcount32(loOf(x)) + popcount32(hiOf(x));

/** x >> k for k >= 0. */
export const shiftRight = (x: number, k: number): number => Math.floor(x / 2 ** k);

/** x << k, exact while the result stays a safe integer. */
export const shiftLeft = (x: number, k: number): number => x * 2 ** k;

/** x ^ y. */
export const xor = (x: number, y: number): number => ((hiOf(x) ^ hiOf(y)) >>> 0) * TWO_32 + ((loOf(x) ^ loOf(y)) >>> 0);

/** Bit k of x (0 or 1). */
export const bitAt = (x: number, k: number): number => shiftRight(x, k) % 2;

/** Throws unless x is a whole number from 0 to 2^53 - 1: every size and index goes through this. */
export const assertIndex = (x: number, what: string): void => {
  if (!Number.isSafeInteger(x) || x < 0) throw new RangeError(`${what}: must be a whole number from 0, got ${String(x)}`);
};
