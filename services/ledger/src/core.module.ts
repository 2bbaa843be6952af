import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { EventStore } from '@spoor/event-store';
import { AuthService } from './auth/auth.service.js';
import { CommandExecutor } from './commands/command-executor.js';
import { ExecuteCommandHandler } from './commands/execute-command.js';
import type { LedgerConfig } from './config/config.js';
import { Projector } from './read-model/projector.service.js';
import { openEventStore } from './store/open-event-store.js';
import { ErasureReactor } from './privacy/erasure.reactor.js';
import { Vault } from './privacy/vault/vault.js';
import { CLOCK, CONFIG, EVENT_STORE, systemClock, VAULT, type Clock } from './store/tokens.js';

export interface LedgerOptions {
  readonly config: LedgerConfig;
  /** Use this store instead of opening the configured one (tests). */
  readonly store?: EventStore;
  readonly clock?: Clock;
}

class StoreCloser implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}
  onApplicationShutdown(): Promise<void> {
    return this.store.close();
  }
}

class VaultCloser implements OnApplicationShutdown {
  constructor(@Inject(VAULT) private readonly vault: Vault) {}
  onApplicationShutdown(): void {
    this.vault.close();
  }
}

/** Store, read models, auth and command handling: everything but the HTTP API (the CLI uses this alone). */
@Global()
@Module({})
export class CoreModule {
  static forRoot(options: LedgerOptions): DynamicModule {
    const providers = [
      { provide: CONFIG, useValue: options.config },
      { provide: CLOCK, useValue: options.clock ?? systemClock },
      { provide: EVENT_STORE, useFactory: () => options.store ?? openEventStore(options.config) },
      { provide: VAULT, useFactory: () => Vault.open({ dataDir: options.config.dataDir, env: process.env }) },
      AuthService,
      Projector,
      CommandExecutor,
      ExecuteCommandHandler,
      ErasureReactor,
      StoreCloser,
      VaultCloser,
    ];
    return {
      module: CoreModule,
      imports: [CqrsModule.forRoot()],
      providers,
      exports: [CONFIG, CLOCK, EVENT_STORE, VAULT, AuthService, Projector, CommandExecutor],
    };
  }
}
