import canonicalize from 'canonicalize';
import { hashLeaf } from './merkle/hash.js';
import type { PublicLogRecord } from './publication.js';

/** The line of a public log record: its RFC 8785 canonical JSON (no trailing newline). */
export const canonicalLine = (record: PublicLogRecord): string => {
  const line = canonicalize(record);
  if (line === undefined) throw new TypeError('a public log record must be a JSON object');
  return line;
};

/** Leaf data: the UTF-8 bytes of the record's canonical JSON. */
export const leafDataOfRecord = (record: PublicLogRecord): Buffer => Buffer.from(canonicalLine(record), 'utf8');

/** The RFC 9162 leaf hash of a public log record. */
export const leafHashOfRecord = (record: PublicLogRecord): Buffer => hashLeaf(leafDataOfRecord(record));
