import { createHash } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const base32 = (bytes: Uint8Array, length: number): string => {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += CROCKFORD[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
    if (out.length === length) break;
  }
  return out;
};

const digest = (...parts: string[]): Buffer => createHash('sha256').update(parts.join('\u0000')).digest();

/**
 * The id of a new aggregate when the client leaves it out: derived from the commandId, so a
 * retried command addresses the same stream and is caught by idempotency instead of duplicated.
 */
export const deriveId = (kind: string, commandId: string): string => base32(digest('spoor-id', kind, commandId), 12).toLowerCase();

/**
 * An idea's receipt code, derived from its id: eight Crockford base-32 characters (40 bits) in
 * two groups. With 1,500 ideas the chance of any collision is about one in a million; the
 * ledger still refuses a duplicate.
 */
export const receiptCodeFor = (ideaId: string): string => {
  const code = base32(digest('spoor-receipt', ideaId), 8);
  return `${code.slice(0, 4)}-${code.slice(4)}`;
};
