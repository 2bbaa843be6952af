import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalLine } from '../leaf.js';
import { hashLeaf } from '../merkle/hash.js';
import { MemoryHashStore } from '../merkle/hash-store.js';
import { MerkleTree } from '../merkle/merkle-tree.js';
import { signCheckpoint, type SignedCheckpoint } from '../note/checkpoint.js';
import type { NoteSigner } from '../note/note-keys.js';
import { archivePathOf, type ArchiveEntry, PUBLICATION_PATHS, type PublicLogRecord, type Receipt, receiptPathOf } from '../publication.js';

/** A small public log for tests: `count` events, every third one an IdeaRecorded with a receipt code. */
export const sampleRecords = (count: number, variant = ''): PublicLogRecord[] =>
  Array.from({ length: count }, (_, index) => ({
    index,
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    type: index % 3 === 1 ? 'IdeaRecorded' : 'ConversationHeld',
    schemaVersion: 1,
    stream: index % 3 === 1 ? `idea-${index}` : `conversation-${index}`,
    revision: 0,
    occurredAt: '2017-10-12T19:00:00.000Z',
    recordedAt: '2017-10-12T21:00:00.000Z',
    recordedBy: 'ambassador',
    demo: true,
    data: index % 3 === 1 ? { ideaId: `idea-${index}`, text: `Idee ${index}${variant}`, receiptCode: `R${index}-CODE` } : { conversationId: `hk-${index}`, heldOn: '2017-10-12' },
  }));

export interface PublicationOptions {
  readonly signer: NoteSigner;
  /** Tree sizes of the archived checkpoints, oldest first; the last is the latest. Default: [records.length]. */
  readonly checkpointSizes?: readonly number[];
  readonly leaves?: boolean;
  /** Checkpoints from an earlier publication to put in front of the archive as they were (a rewritten history keeps them). */
  readonly keepArchive?: readonly SignedCheckpoint[];
}

const write = (dir: string, path: string, content: string | Uint8Array): void => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), content);
};

/** Writes a publication as the ledger would (docs/publication.md); returns the tree and the checkpoints. */
export const makePublication = (dir: string, records: readonly PublicLogRecord[], options: PublicationOptions) => {
  const tree = new MerkleTree(new MemoryHashStore());
  const lines = records.map((r) => canonicalLine(r));
  for (const line of lines) tree.append(hashLeaf(Buffer.from(line)));
  const sizes = options.checkpointSizes ?? [records.length];
  const origin = options.signer.name;
  const fresh = sizes.map((size) => signCheckpoint({ origin, size, rootHash: tree.root(size) }, options.signer));
  const checkpoints = [...(options.keepArchive ?? []), ...fresh];
  const latest = checkpoints[checkpoints.length - 1];

  write(dir, PUBLICATION_PATHS.events, lines.map((l) => `${l}\n`).join(''));
  write(dir, PUBLICATION_PATHS.checkpoint, latest.note);
  write(dir, PUBLICATION_PATHS.publicKey, `${options.signer.verifier.keyString}\n`);
  if (options.leaves !== false) write(dir, PUBLICATION_PATHS.leaves, Buffer.concat(records.map((_, i) => tree.leafHash(i))));
  const index: ArchiveEntry[] = checkpoints.map((c, i) => ({
    size: c.size,
    rootHash: c.rootHash.toString('base64'),
    // A rewritten history cannot prove it extends the kept checkpoints: this proof is from the new tree.
    consistency: i === 0 ? [] : tree.consistencyProof(checkpoints[i - 1].size, c.size).map((h) => Buffer.from(h).toString('base64')),
  }));
  for (const c of checkpoints) write(dir, archivePathOf(c.size), c.note);
  write(dir, PUBLICATION_PATHS.archiveIndex, JSON.stringify(index));

  const receipts: Receipt[] = records
    .filter((r) => r.type === 'IdeaRecorded')
    .map((r) => ({
      receiptCode: String(r.data['receiptCode']),
      ideaId: String(r.data['ideaId']),
      index: r.index,
      leafHash: Buffer.from(tree.leafHash(r.index)).toString('base64'),
      inclusionProof: tree.inclusionProof(r.index, latest.size).map((h) => Buffer.from(h).toString('base64')),
      treeSize: latest.size,
      checkpoint: latest.note,
    }));
  for (const r of receipts) write(dir, receiptPathOf(r.receiptCode), JSON.stringify(r));
  write(dir, PUBLICATION_PATHS.receiptsIndex, JSON.stringify(receipts.map((r) => r.receiptCode).sort()));
  return { tree, checkpoints, latest, receipts };
};
