import { canonicalLine } from '../leaf.js';
import { digestEquals, HASH_SIZE, leafDigestOfSlotted } from '../merkle/hash.js';
import { MemoryHashStore } from '../merkle/hash-store.js';
import { MerkleTree } from '../merkle/merkle-tree.js';
import { PUBLICATION_PATHS, type PublicLogRecord } from '../publication.js';
import { Mismatch } from './report.js';
import type { PublicationSource } from './source.js';

export interface LogPass {
  /** The tree rebuilt from the lines as published. */
  readonly tree: MerkleTree;
  /** Receipt code -> index and idea id, from the IdeaRecorded lines. */
  readonly ideas: ReadonlyMap<string, { readonly index: number; readonly ideaId: string }>;
  /** Every record, when a replay needs them. */
  readonly records: PublicLogRecord[] | undefined;
}

const parseRecord = (text: string, index: number): PublicLogRecord => {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (error) {
    throw new Mismatch('log', `event ${index}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new Mismatch('log', `event ${index}: not a JSON object`);
  const r = record as Partial<PublicLogRecord>;
  if (r.index !== index) throw new Mismatch('log', `event ${index}: the line holds index ${JSON.stringify(r.index)}: a line is missing, added or out of order`);
  if (typeof r.type !== 'string' || typeof r.data !== 'object' || r.data === null) throw new Mismatch('log', `event ${index}: no type or data`);
  return r as PublicLogRecord;
};

/**
 * One pass over log/events.ndjson: each line parses, holds its own line number as `index`, is
 * canonical JSON, and (when leaves.bin is published) hashes to the leaf the log committed to.
 * Stops at the first line that does not.
 */
export const checkLogLines = async (
  source: PublicationSource,
  size: number,
  leaves: Buffer | undefined,
  options: { keepRecords: boolean; onProgress?: (line: string) => void },
): Promise<LogPass> => {
  const lines = await source.lines(PUBLICATION_PATHS.events);
  if (!lines) throw new Mismatch('log', `log: ${PUBLICATION_PATHS.events} is missing`);
  if (leaves && leaves.length !== size * HASH_SIZE) {
    throw new Mismatch('leaves', `log: leaves.bin holds ${leaves.length / HASH_SIZE} leaf hashes, the checkpoint covers ${size} events`);
  }
  const tree = new MerkleTree(new MemoryHashStore());
  const ideas = new Map<string, { index: number; ideaId: string }>();
  const records: PublicLogRecord[] | undefined = options.keepRecords ? [] : undefined;
  // Progress every 10%, for logs big enough to take a while.
  const step = size >= 50_000 ? Math.ceil(size / 10) : Infinity;
  let index = 0;
  for await (const line of lines) {
    if (index >= size) throw new Mismatch('log', `event ${index}: events.ndjson has more lines than the ${size} events the checkpoint covers`);
    if ((line as { unterminated?: true }).unterminated) throw new Mismatch('log', `event ${index}: the last line does not end with a newline (cut off?)`);
    const text = line.toString('utf8', 1);
    const record = parseRecord(text, index);
    if (canonicalLine(record) !== text) throw new Mismatch('log', `event ${index}: the line is not the canonical JSON (RFC 8785) of its record`);
    const digest = leafDigestOfSlotted(line);
    if (leaves && !digestEquals(digest, leaves, index * HASH_SIZE)) throw new Mismatch('leaves', `event ${index}: leaf hash differs`);
    tree.appendLeafDigest(digest);
    if (record.type === 'IdeaRecorded' && typeof record.data['receiptCode'] === 'string') {
      ideas.set(record.data['receiptCode'], { index, ideaId: String(record.data['ideaId']) });
    }
    records?.push(record);
    index += 1;
    if (index % step === 0 && index < size) options.onProgress?.(`log: ${index}/${size} events read`);
  }
  if (index < size) throw new Mismatch('log', `log: events.ndjson has ${index} lines, the checkpoint covers ${size} events`);
  return { tree, ideas, records };
};
