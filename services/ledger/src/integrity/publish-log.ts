import type { INestApplicationContext } from '@nestjs/common';
import type { EventStore } from '@spoor/event-store';
import type { Progress } from '../cli/progress.js';
import { EVENT_STORE } from '../store/tokens.js';
import { type PublicLogResult, writePublicLog } from './public-log.writer.js';
import { TransparencyLog } from './transparency-log.service.js';

/**
 * The publishing hook for `spoor publish`: brings the log up to the store, signs a checkpoint at
 * that size (unless the latest already has it) and writes log/ and receipts/ into `outDir`. The
 * application context must include the CoreModule and the IntegrityModule.
 */
export const publishPublicLog = async (
  app: INestApplicationContext,
  outDir: string,
  options: { progress?: Progress; warn?: (message: string) => void } = {},
): Promise<PublicLogResult> => {
  const log = app.get(TransparencyLog);
  await log.catchUp();
  if (log.diverged) options.warn?.(`${log.diverged}; publishing what the log committed to, so the verifier shows the difference`);
  const checkpoint = log.checkpointNow();
  return writePublicLog(outDir, { store: app.get<EventStore>(EVENT_STORE), log, checkpoint, progress: options.progress, warn: options.warn });
};
