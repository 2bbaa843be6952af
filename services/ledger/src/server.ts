import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { EventStore } from '@spoor/event-store';
import type { LedgerConfig } from './config/config.js';
import { CommandExecutor } from './commands/command-executor.js';
import { generateLeidenDemo } from './demo/leiden-demo.js';
import { loadDemo } from './demo-loader/load-demo.js';
import { LedgerModule } from './ledger.module.js';
import { jsonLogger } from './logging/json-logger.js';
import type { Progress } from './cli/progress.js';
import { EVENT_STORE } from './store/tokens.js';

export interface ServeOptions {
  /** Load the Leiden demo first (refused when the store holds non-demo data). */
  readonly demo?: Progress;
  readonly store?: EventStore;
}

/**
 * Graceful shutdown: stop taking requests, stop the projector, close the store, exit 0. (Nest's
 * own shutdown hooks re-raise the signal after cleaning up, which reads as a crash to supervisors.)
 */
const stopOnSignals = (app: INestApplication): void => {
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`Spoor ledger: ${signal} received, shutting down\n`);
    app.close().then(
      () => {
        process.stderr.write('Spoor ledger: stopped cleanly\n');
        process.exit(0);
      },
      (error: unknown) => {
        process.stderr.write(`Spoor ledger: shutdown failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
};

/** Starts the ledger: read models caught up, demo loaded if asked, then the API listening. */
export const startServer = async (config: LedgerConfig, options: ServeOptions = {}): Promise<INestApplication> => {
  const app = await NestFactory.create(LedgerModule.forRoot({ config, store: options.store }), { logger: jsonLogger(config.logLevel) });
  stopOnSignals(app);
  await app.init(); // read models caught up before anything is loaded or served
  if (options.demo) {
    const { executed } = await loadDemo(app.get<EventStore>(EVENT_STORE), app.get(CommandExecutor), generateLeidenDemo(), options.demo);
    process.stderr.write(`Demo: ${executed} commands checked or applied\n`);
  }
  await app.listen(config.port, config.host);
  return app;
};
