import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { LedgerConfig } from '../config/config.js';
import { CoreModule } from '../core.module.js';
import { jsonLogger } from '../logging/json-logger.js';
import { IntegrityModule } from './integrity.module.js';
import { TransparencyLog } from './transparency-log.service.js';

/** The core and the transparency log, without the HTTP API: for CLI commands. */
@Module({})
export class IntegrityCliModule {
  static forRoot(config: LedgerConfig): DynamicModule {
    return { module: IntegrityCliModule, imports: [CoreModule.forRoot({ config }), IntegrityModule] };
  }
}

/** `spoor checkpoint`: signs a checkpoint of the log as it is now (unless the latest covers it) and prints it. */
export const runCheckpointCommand = async (config: LedgerConfig): Promise<number> => {
  const app = await NestFactory.createApplicationContext(IntegrityCliModule.forRoot(config), { logger: jsonLogger('warn') });
  try {
    const log = app.get(TransparencyLog);
    await log.catchUp();
    if (log.diverged) {
      process.stderr.write(`spoor: ${log.diverged}\n`);
      return 1;
    }
    const checkpoint = log.checkpointNow();
    process.stdout.write(checkpoint.note);
    process.stderr.write(`Checkpoint of ${checkpoint.size} events, checkpoint ${log.archive().length} of the archive. Verifier key: ${log.signer.verifier.keyString}\n`);
    return 0;
  } finally {
    await app.close();
  }
};
