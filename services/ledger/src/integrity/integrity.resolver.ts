import { Args, Query, Resolver } from '@nestjs/graphql';
import { ErrorCode, SpoorError } from '@spoor/contracts';
import { openCheckpoint } from '@spoor/verify';
import { TransparencyLog } from './transparency-log.service.js';

const b64 = (h: Uint8Array): string => Buffer.from(h).toString('base64');

const bad = (field: string, message: string): SpoorError => new SpoorError(ErrorCode.BadUserInput, `${field}: ${message}`, field);

/** Checkpoints, receipts and proofs, straight from the transparency log's stored hashes. */
@Resolver()
export class IntegrityResolver {
  constructor(private readonly log: TransparencyLog) {}

  /** The size of the latest published checkpoint, or of the one `back` before it. */
  private publishedSize(back = 0): number | undefined {
    const archive = this.log.archive();
    return archive[archive.length - 1 - back]?.size;
  }

  private checkSize(size: number, field: string): void {
    if (!Number.isSafeInteger(size) || size < 0 || size > this.log.tree.size) throw bad(field, `must be a tree size from 0 to ${this.log.tree.size}`);
  }

  @Query('checkpoint')
  checkpoint() {
    const latest = this.log.latestCheckpoint();
    if (!latest) return null;
    const { origin } = openCheckpoint(latest.note, this.log.signer.verifier);
    return { origin, treeSize: latest.size, rootHash: b64(latest.rootHash), note: latest.note, verifierKey: this.log.signer.verifier.keyString, signedAt: latest.createdAt };
  }

  @Query('receipt')
  receipt(@Args('code') code: string) {
    const latest = this.log.latestCheckpoint();
    const idea = this.log.leaves.idea(code);
    if (!latest || !idea || idea.index >= latest.size) return null;
    return {
      receiptCode: idea.receiptCode,
      ideaId: idea.ideaId,
      index: idea.index,
      leafHash: b64(this.log.tree.leafHash(idea.index)),
      inclusionProof: this.log.tree.inclusionProof(idea.index, latest.size).map(b64),
      treeSize: latest.size,
      checkpoint: latest.note,
    };
  }

  @Query('inclusionProof')
  inclusionProof(@Args('eventId') eventId: string | null, @Args('index') index: number | null, @Args('treeSize') treeSize: number | null) {
    const byEvent = typeof eventId === 'string';
    const byIndex = typeof index === 'number';
    if (byEvent && byIndex) throw bad('eventId', 'give either eventId or index, not both');
    const size = treeSize ?? this.publishedSize();
    if ((!byEvent && !byIndex) || size === undefined) return null;
    const leaf = byEvent ? this.log.leaves.indexOfEvent(eventId) : (index as number);
    if (leaf === undefined) throw new SpoorError(ErrorCode.NotFound, `eventId: no event ${eventId} in the log`, 'eventId');
    this.checkSize(size, 'treeSize');
    if (!Number.isSafeInteger(leaf) || leaf < 0 || leaf >= size) throw bad(byEvent ? 'eventId' : 'index', `leaf ${leaf} is not among the first ${size} events`);
    return {
      index: leaf,
      eventId: this.log.leaves.leaf(leaf)?.eventId,
      treeSize: size,
      leafHash: b64(this.log.tree.leafHash(leaf)),
      rootHash: b64(this.log.tree.root(size)),
      hashes: this.log.tree.inclusionProof(leaf, size).map(b64),
    };
  }

  @Query('consistencyProof')
  consistencyProof(@Args('from') from: number | null, @Args('to') to: number | null) {
    const size = to ?? this.publishedSize();
    const start = from ?? this.publishedSize(1);
    if (size === undefined || start === undefined) return null;
    this.checkSize(size, 'to');
    if (!Number.isSafeInteger(start) || start < 1 || start > size) throw bad('from', `must be a tree size from 1 to ${size}`);
    return { from: start, to: size, fromRootHash: b64(this.log.tree.root(start)), toRootHash: b64(this.log.tree.root(size)), hashes: this.log.tree.consistencyProof(start, size).map(b64) };
  }
}
