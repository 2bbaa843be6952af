import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { EventStore, RecordedEvent, Subscription } from '@spoor/event-store';
import { EVENT_STORE, VAULT } from '../store/tokens.js';
import { ballotBoxKeyId } from '../summit/ballot-box/ballot-box.js';
import type { Vault } from './vault/vault.js';

/**
 * Destroys a participant's vault key for every ParticipantDataErased in the log, and a vote's
 * ballot-box key for every VotingClosed. The event is the
 * decision; the key destruction follows it. Reading the whole log at start-up (then following it
 * live) repairs a crash between the append and the erasure; `vault.erase` is idempotent.
 */
@Injectable()
export class ErasureReactor implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ErasureReactor');
  private subscription: Subscription | undefined;
  private erasedCount = 0;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(VAULT) private readonly vault: Vault,
  ) {}

  async onModuleInit(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      let caughtUp = false;
      this.subscription = this.store.subscribeToAll({
        onEvent: (event) => this.react(event),
        onCaughtUp: () => {
          caughtUp = true;
          if (this.erasedCount > 0) this.logger.warn(`destroyed ${this.erasedCount} vault key(s) of erasures recorded before a restart`);
          resolve();
        },
        onError: (error) => {
          // Erasure must not silently stop: fail the start, or shout; the next start repairs it.
          this.logger.error(`erasure subscription failed: ${error.message}; erasures are applied again at the next start`);
          if (!caughtUp) reject(error);
        },
      });
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscription?.stop();
  }

  private react(event: RecordedEvent): void {
    if (event.type === 'ParticipantDataErased') {
      const { participantId } = event.data as { participantId: string };
      if (this.vault.erase(participantId)) this.erasedCount++;
    } else if (event.type === 'VotingClosed') {
      // The ballot box was opened into VotingClosed; its key goes, so no spent code can be matched to a ballot.
      const { processId } = event.data as { processId: string };
      if (this.vault.erase(ballotBoxKeyId(processId))) this.erasedCount++;
    }
  }
}
