import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { parseEventEnvelope } from '@spoor/contracts';
import type { EventStore, RecordedEvent, Subscription } from '@spoor/event-store';
import { conversationsProjection, type ConversationsReadModel, type ProjectedEvent } from '@spoor/projections';
import { EVENT_STORE } from '../store/tokens.js';

interface Waiter {
  readonly position: bigint;
  readonly resolve: () => void;
}

const handled = new Set<string>(conversationsProjection.eventTypes);

/**
 * Keeps the read models up to date: catches up from the store, then follows it live. Also keeps
 * the index of commandIds seen, so a commandId reused on another stream is refused.
 */
@Injectable()
export class Projector implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Projector');
  conversations: ConversationsReadModel = conversationsProjection.initialState();
  private readonly commandStreams = new Map<string, string>();
  private position: bigint | undefined;
  private caughtUp = false;
  private waiters: Waiter[] = [];
  private subscription: Subscription | undefined;
  private eventCount = 0;
  private failures = 0;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  onModuleInit(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.subscription = this.store.subscribeToAll({
        onEvent: (event) => this.apply(event),
        onCaughtUp: () => {
          this.caughtUp = true;
          this.logger.log(`caught up: ${this.eventCount} events, ${Object.keys(this.conversations.ideas).length} ideas`);
          resolve();
        },
        onError: (error) => {
          this.logger.error(`subscription failed: ${error.message}`);
          if (!this.caughtUp) reject(error);
        },
      });
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscription?.stop();
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

  streamOfCommand(commandId: string): string | undefined {
    return this.commandStreams.get(commandId);
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
    try {
      const metadata = raw.metadata as { commandId?: unknown } | null;
      if (typeof metadata?.commandId === 'string') this.commandStreams.set(metadata.commandId, raw.streamId);
      if (handled.has(raw.type)) {
        const event: ProjectedEvent = parseEventEnvelope({ ...raw, position: raw.position.toString() });
        this.conversations = conversationsProjection.evolve(this.conversations, event);
      }
    } catch (error) {
      this.failures += 1;
      this.logger.error(`event ${raw.streamId}@${raw.revision} (${raw.type}) could not be projected: ${(error as Error).message}`);
    }
    const due = this.waiters.filter((w) => w.position <= raw.position);
    for (const w of due) w.resolve();
  }
}
