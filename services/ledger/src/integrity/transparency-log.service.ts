import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { EventStore, RecordedEvent, Subscription } from '@spoor/event-store';
import { hashLeaf, MerkleTree, type NoteSigner, signCheckpoint } from '@spoor/verify';
import type { LedgerConfig } from '../config/config.js';
import { CLOCK, type Clock, CONFIG, EVENT_STORE } from '../store/tokens.js';
import { type ArchivedCheckpoint, LogDb } from './log-db.js';
import { ideaOf, PUBLIC_RECORD_FORMAT, publicLineOf } from './public-record.js';
import { loadOrCreateLogSigner } from './signing-key.js';

/** Appends are written to log.db in batches of this many, or this long after the first of a batch. */
const FLUSH_EVERY = 1_000;
const FLUSH_AFTER_MS = 200;

/**
 * The transparency log: one RFC 9162 leaf per event, in the store's global order, kept in
 * `log.db` (LogDb) and appended as the store grows. It catches up from where it stopped, checks at
 * start that the store still holds the last event it appended, unchanged, and signs checkpoints
 * when asked to publish. A store that no longer matches is reported and not followed further:
 * the log keeps what it committed to, so publishing shows the difference (docs/integrity.md).
 */
@Injectable()
export class TransparencyLog implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('TransparencyLog');
  private db!: LogDb;
  private treeOf!: MerkleTree;
  private signerOf!: NoteSigner;
  private subscription: Subscription | undefined;
  private timer: NodeJS.Timeout | undefined;
  private divergence: string | undefined;
  private waiters: { position: bigint; resolve: () => void }[] = [];

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CONFIG) private readonly config: LedgerConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    this.db = new LogDb(this.config.dataDir);
    const origin = this.chooseOrigin();
    const { signer, source } = loadOrCreateLogSigner({ dataDir: this.config.dataDir, origin });
    this.signerOf = signer;
    if (source.kind === 'file' && source.created) this.logger.log(`created the log signing key ${source.path}; its public key is ${signer.verifier.keyString}`);
    this.checkFormat();
    this.treeOf = new MerkleTree(this.db);
    this.divergence = await this.findDivergence();
    if (this.divergence && this.db.archive().length === 0) {
      // Nothing was published yet, so nobody relies on this tree: rebuild it from the store as it is.
      this.logger.warn(`${this.divergence}; nothing was published yet, so the log is rebuilt from the store`);
      this.db.resetLeaves();
      this.treeOf = new MerkleTree(this.db);
      this.divergence = undefined;
    }
    if (this.divergence) {
      this.logger.error(`${this.divergence}; the transparency log stops following the store until this is resolved (see docs/integrity.md)`);
      return;
    }
    // A failure does not stop the ledger: the log stops growing, says why, and publishing warns.
    await new Promise<void>((resolve) => {
      this.subscription = this.store.subscribeToAll({
        after: this.db.position,
        onEvent: (event) => this.append(event),
        onCaughtUp: () => {
          this.flush();
          this.logger.log(`caught up: ${this.treeOf.size} leaves`);
          resolve();
        },
        onError: (error) => {
          this.divergence = `the transparency log could not append: ${error.message}`;
          this.logger.error(this.divergence);
          this.flush();
          for (const w of [...this.waiters]) w.resolve();
          resolve();
        },
      });
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscription?.stop();
    clearTimeout(this.timer);
    for (const w of this.waiters) w.resolve();
    this.waiters = [];
    this.db?.close();
  }

  /** The origin is fixed once a checkpoint is published: the key's name and every checkpoint carry it. */
  private chooseOrigin(): string {
    const stored = this.db.meta('origin');
    const wanted = this.config.logOrigin ?? stored ?? `spoor.local/ledger-${randomBytes(4).toString('hex')}`;
    if (stored !== undefined && stored !== wanted && this.db.archive().length > 0) {
      this.logger.warn(`SPOOR_LOG_ORIGIN is ${wanted}, but checkpoints were published as ${stored}; keeping ${stored}`);
      return stored;
    }
    this.db.setMeta('origin', wanted);
    return wanted;
  }

  private checkFormat(): void {
    const stored = this.db.meta('record_format');
    if (stored === PUBLIC_RECORD_FORMAT) return;
    if (stored !== undefined && this.db.size > 0) {
      if (this.db.archive().length > 0) {
        this.divergence = `the public record format changed (${stored} to ${PUBLIC_RECORD_FORMAT}) after checkpoints were published`;
        return;
      }
      this.logger.warn(`the public record format changed (${stored} to ${PUBLIC_RECORD_FORMAT}) and nothing was published yet: rebuilding the log`);
      this.db.resetLeaves();
    }
    this.db.setMeta('record_format', PUBLIC_RECORD_FORMAT);
  }

  /** The store must still hold the last event the log appended, at the same position and unchanged. */
  private async findDivergence(): Promise<string | undefined> {
    if (this.divergence) return this.divergence;
    const size = this.treeOf.size;
    if (size === 0) return undefined;
    const last = this.db.leaf(size - 1);
    if (!last) return `log.db holds ${size} leaves but not the event of the last one`;
    const page = await this.store.readAll({ after: last.position - 1n, maxCount: 1 });
    const event = page.events[0];
    if (!event || event.position !== last.position || event.id !== last.eventId) {
      return `the event store no longer holds event ${last.eventId} at position ${last.position} (leaf ${size - 1}): it was replaced or truncated`;
    }
    if (!Buffer.from(this.treeOf.leafHash(size - 1)).equals(hashLeaf(Buffer.from(publicLineOf(event, size - 1), 'utf8')))) {
      return `event ${size - 1} (${event.id}) in the event store differs from what the log committed to`;
    }
    return undefined;
  }

  private append(event: RecordedEvent): void {
    const index = this.treeOf.size;
    this.treeOf.appendSlotted(Buffer.from(`\n${publicLineOf(event, index)}`, 'utf8'));
    this.db.noteLeaf({ index, eventId: event.id, position: event.position }, ideaOf(event));
    if (this.db.pendingCount >= FLUSH_EVERY) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), FLUSH_AFTER_MS);
    const due = this.waiters.filter((w) => w.position <= event.position);
    for (const w of due) w.resolve();
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.db.flush();
  }

  /** Resolves once every event the store holds now is a leaf (or the log stopped following it). */
  async catchUp(timeoutMs = 60_000): Promise<void> {
    if (this.divergence) return;
    let last: bigint | undefined;
    for (let after: bigint | undefined = this.db.position; ; ) {
      const page = await this.store.readAll({ after, maxCount: 1_000 });
      last = page.lastPosition ?? last;
      if (page.isEnd || page.lastPosition === undefined) break;
      after = page.lastPosition;
    }
    const target = last;
    if (target === undefined || (this.db.position !== undefined && this.db.position >= target)) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => settle(), timeoutMs);
      const settle = () => {
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve();
      };
      const waiter = { position: target, resolve: settle };
      this.waiters.push(waiter);
    });
  }

  get tree(): MerkleTree {
    return this.treeOf;
  }

  get signer(): NoteSigner {
    return this.signerOf;
  }

  get leaves(): LogDb {
    return this.db;
  }

  /** Why the log stopped following the store, if it did. */
  get diverged(): string | undefined {
    return this.divergence;
  }

  get stats(): { leaves: number; position: string | null; checkpoints: number; diverged: string | null } {
    return { leaves: this.treeOf.size, position: this.db.position?.toString() ?? null, checkpoints: this.db.archive().length, diverged: this.divergence ?? null };
  }

  /** Every checkpoint signed so far, oldest first. */
  archive(): ArchivedCheckpoint[] {
    return this.db.archive();
  }

  latestCheckpoint(): ArchivedCheckpoint | undefined {
    return this.db.archive().at(-1);
  }

  /**
   * The checkpoint to publish: signs one at the current size (with a consistency proof from the
   * previous one) unless the latest already has that size. Call `catchUp` first to include
   * everything the store holds.
   */
  checkpointNow(): ArchivedCheckpoint {
    this.flush();
    const latest = this.latestCheckpoint();
    const size = this.treeOf.size;
    if (latest && latest.size === size) return latest;
    if (latest && latest.size > size) throw new Error(`the log holds ${size} leaves, fewer than its latest checkpoint (${latest.size})`);
    const signed = signCheckpoint({ origin: this.signerOf.name, size, rootHash: this.treeOf.root(size) }, this.signerOf);
    const checkpoint: ArchivedCheckpoint = {
      size,
      rootHash: signed.rootHash,
      note: signed.note,
      consistency: latest && latest.size > 0 ? this.treeOf.consistencyProof(latest.size, size).map((h) => Buffer.from(h)) : [],
      createdAt: this.clock.now().toISOString(),
    };
    this.db.addCheckpoint(checkpoint);
    this.logger.log(`signed checkpoint ${this.db.archive().length} at ${size} leaves`);
    return checkpoint;
  }
}
