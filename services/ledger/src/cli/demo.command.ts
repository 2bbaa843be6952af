import { NestFactory } from '@nestjs/core';
import type { EventStore } from '@spoor/event-store';
import { CommandExecutor } from '../commands/command-executor.js';
import type { LedgerConfig } from '../config/config.js';
import { CoreModule } from '../core.module.js';
import { generateLeidenDemo } from '../demo/leiden-demo.js';
import { loadDemo } from '../demo-loader/load-demo.js';
import { jsonLogger } from '../logging/json-logger.js';
import { EVENT_STORE } from '../store/tokens.js';
import type { Progress } from './progress.js';

/** `spoor demo`: loads the Leiden demo into the configured store, without starting the API. */
export const runDemo = async (config: LedgerConfig, progress: Progress): Promise<void> => {
  const app = await NestFactory.createApplicationContext(CoreModule.forRoot({ config }), { logger: jsonLogger('warn') });
  try {
    const { executed } = await loadDemo(app.get<EventStore>(EVENT_STORE), app.get(CommandExecutor), generateLeidenDemo(), progress);
    process.stderr.write(`Demo loaded into ${config.storeUrl}: ${executed} commands checked or applied\n`);
  } finally {
    await app.close();
  }
};
