import { createHash, randomBytes } from 'node:crypto';

// Crockford base32 (no I, L, O, U): what people can read off a badge and type without confusion.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 4;
const GROUP_LENGTH = 4;

/** Upper case, no spaces or dashes, and the look-alikes a person may type mapped as Crockford says (O->0, I/L->1). */
export const normaliseVotingCode = (code: string): string =>
  code
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');

/** The form printed on a badge: `K7M4-QX2P-9RTA-BC2D`. */
export const formatVotingCode = (code: string): string => {
  const n = normaliseVotingCode(code);
  return Array.from({ length: GROUPS }, (_, g) => n.slice(g * GROUP_LENGTH, (g + 1) * GROUP_LENGTH)).join('-');
};

/** What the ledger stores instead of a code: SHA-256 over a labelled, normalised code (80 random bits make it unguessable). */
export const hashVotingCode = (code: string): string => createHash('sha256').update(`spoor.voting-code.v1|${normaliseVotingCode(code)}`, 'utf8').digest('hex');

/** A code from 80 bits of randomness; `bytes` is injectable so the demo can draw codes from its seed. */
export const votingCodeFrom = (bytes: Uint8Array): string => {
  if (bytes.length < 10) throw new Error('bytes: a voting code needs 10 random bytes');
  let bits = 0n;
  for (const b of bytes.subarray(0, 10)) bits = (bits << 8n) | BigInt(b);
  let chars = '';
  for (let i = 0; i < GROUPS * GROUP_LENGTH; i++) chars += ALPHABET[Number((bits >> BigInt(5 * i)) & 31n)];
  return formatVotingCode(chars);
};

/** `count` fresh codes from the operating system's CSPRNG. */
export const newVotingCodes = (count: number): string[] => Array.from({ length: count }, () => votingCodeFrom(randomBytes(10)));
