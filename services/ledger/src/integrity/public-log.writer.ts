import { mkdir, open, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type EventStore, readAllPages } from '@spoor/event-store';
import { archivePathOf, type ArchiveEntry, hashLeaf, PUBLICATION_PATHS, type Receipt, receiptPathOf } from '@spoor/verify';
import type { Progress } from '../cli/progress.js';
import type { ArchivedCheckpoint } from './log-db.js';
import { publicLineOf } from './public-record.js';
import type { TransparencyLog } from './transparency-log.service.js';

/** An event whose public record, as the store holds it now, does not hash to the leaf the log committed to. */
export interface LeafMismatch {
  readonly index: number;
  readonly eventId: string;
  readonly type: string;
}

export interface PublicLogResult {
  readonly treeSize: number;
  /** Base64 root hash of the published checkpoint. */
  readonly rootHash: string;
  readonly checkpoints: number;
  readonly receipts: number;
  /** Events that differ from the log: published as the store holds them, so the verifier names them. */
  readonly mismatches: readonly LeafMismatch[];
}

export interface PublicLogOptions {
  readonly store: EventStore;
  readonly log: TransparencyLog;
  /** The checkpoint to publish (default: the log's latest). */
  readonly checkpoint?: ArchivedCheckpoint;
  readonly progress?: Progress;
  /** Told about every event that no longer matches the log (default: nothing). */
  readonly warn?: (message: string) => void;
}

const b64 = (h: Uint8Array): string => Buffer.from(h).toString('base64');

const write = async (outDir: string, path: string, content: string): Promise<void> => {
  await mkdir(dirname(join(outDir, path)), { recursive: true });
  await writeFile(join(outDir, path), content);
};

/**
 * Writes log/ and receipts/ of a publication (docs/publication.md) for one checkpoint: the first
 * `checkpoint.size` events as NDJSON, re-read from the store; the leaf hashes the log committed to
 * (leaves.bin); the checkpoint, its archive with consistency proofs, the public key; one receipt per
 * idea. It replaces log/ and receipts/ in `outDir` and leaves everything else there alone.
 *
 * An event the store now holds differently from what the log committed to (a byte changed in the
 * store) is still written as the store holds it, next to the committed leaf hash, so the verifier
 * names it ("event 1234: leaf hash differs"); it is also returned and passed to `warn`.
 */
export const writePublicLog = async (outDir: string, options: PublicLogOptions): Promise<PublicLogResult> => {
  const { log, store, progress } = options;
  const checkpoint = options.checkpoint ?? log.latestCheckpoint();
  if (!checkpoint) throw new Error('no checkpoint to publish: sign one first (TransparencyLog.checkpointNow)');
  const size = checkpoint.size;
  if (size > log.tree.size) throw new Error(`the checkpoint covers ${size} events, the log holds ${log.tree.size}`);
  await rm(join(outDir, 'log'), { recursive: true, force: true });
  await rm(join(outDir, PUBLICATION_PATHS.receiptsDir), { recursive: true, force: true });
  await mkdir(join(outDir, PUBLICATION_PATHS.archiveDir), { recursive: true });

  const mismatches: LeafMismatch[] = [];
  const events = await open(join(outDir, PUBLICATION_PATHS.events), 'w');
  const leaves = await open(join(outDir, PUBLICATION_PATHS.leaves), 'w');
  let index = 0;
  try {
    progress?.start(size, 'Publiek logboek / public log');
    for await (const page of readAllPages(store)) {
      const lines: string[] = [];
      const from = index;
      for (const event of page) {
        if (index >= size) break;
        const line = publicLineOf(event, index);
        if (!hashLeaf(Buffer.from(line, 'utf8')).equals(Buffer.from(log.tree.leafHash(index)))) {
          mismatches.push({ index, eventId: event.id, type: event.type });
          options.warn?.(`event ${index} (${event.type} ${event.id}): the store no longer matches the transparency log (leaf hash differs); published as the store holds it, the verifier will name it`);
        }
        lines.push(`${line}\n`);
        index += 1;
      }
      await events.write(lines.join(''));
      await leaves.write(log.leaves.leafHashes(from, index));
      progress?.update(index);
      if (index >= size) break;
    }
    progress?.stop();
  } finally {
    await events.close();
    await leaves.close();
  }
  if (index < size) throw new Error(`the event store holds ${index} events, fewer than the ${size} the checkpoint covers`);

  const archive = log.archive().filter((c) => c.size <= size);
  const entries: ArchiveEntry[] = archive.map((c) => ({ size: c.size, rootHash: b64(c.rootHash), consistency: c.consistency.map(b64) }));
  for (const c of archive) await write(outDir, archivePathOf(c.size), c.note);
  await write(outDir, PUBLICATION_PATHS.archiveIndex, `${JSON.stringify(entries, null, 1)}\n`);
  await write(outDir, PUBLICATION_PATHS.checkpoint, checkpoint.note);
  await write(outDir, PUBLICATION_PATHS.publicKey, `${log.signer.verifier.keyString}\n`);

  const ideas = log.leaves.ideasBefore(size);
  progress?.start(ideas.length, 'Bewijzen / receipts');
  await mkdir(join(outDir, PUBLICATION_PATHS.receiptsDir), { recursive: true });
  for (const [i, idea] of ideas.entries()) {
    const receipt: Receipt = {
      receiptCode: idea.receiptCode,
      ideaId: idea.ideaId,
      index: idea.index,
      leafHash: b64(log.tree.leafHash(idea.index)),
      inclusionProof: log.tree.inclusionProof(idea.index, size).map(b64),
      treeSize: size,
      checkpoint: checkpoint.note,
    };
    await writeFile(join(outDir, receiptPathOf(idea.receiptCode)), `${JSON.stringify(receipt, null, 1)}\n`);
    if (i % 100 === 0) progress?.update(i);
  }
  progress?.update(ideas.length);
  progress?.stop();
  await write(outDir, PUBLICATION_PATHS.receiptsIndex, `${JSON.stringify(ideas.map((i) => i.receiptCode).sort())}\n`);
  return { treeSize: size, rootHash: b64(checkpoint.rootHash), checkpoints: archive.length, receipts: ideas.length, mismatches };
};
