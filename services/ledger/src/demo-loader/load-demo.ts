import { type EventStore, readAllPages } from '@spoor/event-store';
import type { CommandExecutor } from '../commands/command-executor.js';
import type { Principal } from '../shared/use-case.js';
import type { Progress } from '../cli/progress.js';
import type { DemoCommand } from '../demo/leiden-demo.js';

/** The ledger itself, loading demonstration data. */
export const demoLoader: Principal = { actor: { id: 'system-demo', role: 'system' } };

export class NonDemoDataError extends Error {
  override name = 'NonDemoDataError';
}

/** Refuses a store holding anything that is not demo data; true when it holds demo data already. */
export const assertOnlyDemoData = async (store: EventStore): Promise<{ demoEvents: number }> => {
  let demoEvents = 0;
  for await (const page of readAllPages(store)) {
    for (const event of page) {
      if ((event.metadata as { demo?: unknown } | null)?.demo !== true) {
        throw new NonDemoDataError(
          `The store already holds data that is not demo data (first: ${event.type} in ${event.streamId} at position ${event.position}); refusing to mix demo data in. Use an empty SPOOR_DATA_DIR or SPOOR_STORE.`,
        );
      }
      demoEvents += 1;
    }
  }
  return { demoEvents };
};

/**
 * Runs the demo's commands through the normal command path, so demo events obey every rule.
 * Commands already applied (same commandId) are skipped by idempotency, so an interrupted load
 * simply resumes.
 */
export const loadDemo = async (
  store: EventStore,
  executor: CommandExecutor,
  commands: readonly DemoCommand[],
  progress: Progress,
): Promise<{ executed: number }> => {
  await assertOnlyDemoData(store);
  progress.start(commands.length, 'Demo laden / loading demo');
  let executed = 0;
  for (const command of commands) {
    await executor.execute(command.type, { ...command.input, commandId: command.commandId, occurredAt: command.occurredAt }, demoLoader, {
      demo: true,
      waitForReadModel: false,
    });
    executed += 1;
    progress.update(executed);
  }
  progress.stop();
  return { executed };
};
