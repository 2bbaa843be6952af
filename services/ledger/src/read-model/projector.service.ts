import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { EventStore, RecordedEvent, Subscription } from '@spoor/event-store';
import { conversationsProjection, type ConversationsReadModel } from '@spoor/projections';
import type { LedgerConfig } from '../config/config.js';
import { CONFIG, EVENT_STORE } from '../store/tokens.js';
import { commandIndexProjection } from './command-index.projection.js';
import { type LedgerProjection, ProjectionSet } from './projection-set.js';
import { ledgerProjections } from './projection-registry.js';
import { SnapshotStore } from './snapshot-store.js';

interface Waiter {
  readonly position: bigint;
  readonly resolve: () => void;
}

/** How long changes may wait before the read models are checkpointed again. */
const SNAPSHOT_EVERY_MS = 5_000;

/**
 * Keeps the read models up to date: resumes from their checkpoints (a projection whose version
 * changed starts over), catches up from the store, then follows it live, checkpointing as it goes.
 */
@Injectable()
export class Projector implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Projector');
  private readonly snapshots: SnapshotStore;
  private set!: ProjectionSet;
  private position: bigint | undefined;
  private caughtUp = false;
  private waiters: Waiter[] = [];
  private subscription: Subscription | undefined;
  private eventCount = 0;
  private failures = 0;
  private dirty = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CONFIG) config: LedgerConfig,
  ) {
    this.snapshots = new SnapshotStore(config.dataDir);
  }

  async onModuleInit(): Promise<void> {
    this.set = new ProjectionSet(ledgerProjections, this.snapshots.load());
    if (!(await this.storeHolds(this.set.resumeAfter))) {
      this.logger.warn(`the checkpoints are ahead of the store (position ${this.set.resumeAfter}); rebuilding every read model from the log`);
      this.set = new ProjectionSet(ledgerProjections);
    }
    const rebuilding = this.set.rebuilding;
    if (rebuilding.length > 0) this.logger.log(`rebuilding from the start of the log: ${rebuilding.join(', ')}`);
    this.position = this.set.resumeAfter;
    await new Promise<void>((resolve, reject) => {
      this.subscription = this.store.subscribeToAll({
        after: this.set.resumeAfter,
        onEvent: (event) => this.apply(event),
        onCaughtUp: () => {
          this.caughtUp = true;
          this.checkpoint();
          this.logger.log(`caught up at position ${this.position ?? 0} (${this.eventCount} events read)`);
          resolve();
        },
        onError: (error) => {
          this.logger.error(`subscription failed: ${error.message}`);
          if (!this.caughtUp) reject(error);
        },
      });
    });
  }

  /** Checkpoints belong to this store only if it holds the event they stopped at (a replaced store does not). */
  private async storeHolds(position: bigint | undefined): Promise<boolean> {
    if (position === undefined) return true;
    const page = await this.store.readAll({ after: position - 1n, maxCount: 1 });
    return page.events[0]?.position === position;
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscription?.stop();
    clearTimeout(this.timer);
    this.checkpoint();
    this.snapshots.close();
    for (const w of this.waiters) w.resolve();
    this.waiters = [];
  }

  /** True once the read models hold everything the store held at start. */
  get ready(): boolean {
    return this.caughtUp;
  }

  get stats(): { events: number; position: string | null; failures: number } {
    return { events: this.eventCount, position: this.position?.toString() ?? null, failures: this.failures };
  }

  /** The current read model of a projection. */
  model<R>(projection: LedgerProjection<R>): R {
    return this.set.state(projection);
  }

  get conversations(): ConversationsReadModel {
    return this.model(conversationsProjection);
  }

  streamOfCommand(commandId: string): string | undefined {
    return this.model(commandIndexProjection)[commandId];
  }

  /** Resolves once the read models include the given position, or after the timeout. */
  waitFor(position: bigint, timeoutMs: number): Promise<void> {
    if (this.position !== undefined && this.position >= position) return Promise.resolve();
    return new Promise((resolve) => {
      const waiter: Waiter = {
        position,
        resolve: () => {
          clearTimeout(timer);
          this.waiters = this.waiters.filter((w) => w !== waiter);
          resolve();
        },
      };
      const timer = setTimeout(waiter.resolve, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  private apply(raw: RecordedEvent): void {
    this.eventCount += 1;
    this.position = raw.position;
    for (const { projection, error } of this.set.apply(raw)) {
      this.failures += 1;
      this.logger.error(`event ${raw.streamId}@${raw.revision} (${raw.type}) could not be projected by ${projection}: ${error.message}`);
    }
    this.dirty = true;
    if (this.caughtUp && !this.timer) this.timer = setTimeout(() => this.checkpoint(), SNAPSHOT_EVERY_MS);
    const due = this.waiters.filter((w) => w.position <= raw.position);
    for (const w of due) w.resolve();
  }

  private checkpoint(): void {
    this.timer = undefined;
    if (!this.dirty) return;
    this.dirty = false;
    try {
      this.snapshots.save(this.set.snapshots());
    } catch (error) {
      this.logger.error(`could not checkpoint the read models: ${(error as Error).message}`);
    }
  }
}
