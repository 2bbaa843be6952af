import { ErrorCode, type CommandType } from '@spoor/contracts';
import type { RecordedEvent } from '@spoor/event-store';
import { silentProgress } from '../cli/progress.js';
import { CommandExecutor } from '../commands/command-executor.js';
import { loadDemo } from '../demo-loader/load-demo.js';
import { type Ledger, startLedger } from '../shared/testing/ledger-harness.js';
import type { Principal } from '../shared/use-case.js';
import { type DemoActor, type DemoCommand, generateLeidenDemo } from './leiden-demo.js';

/** The token a demo actor would hold: its role, and the ambassador or working group it is scoped to. */
const principalOf = (actor: DemoActor): Principal => ({
  actor: { id: `demo-${actor.role}`, role: actor.role },
  ...('ambassadorId' in actor ? { ambassadorId: actor.ambassadorId } : {}),
  ...('workingGroupId' in actor ? { workingGroupId: actor.workingGroupId } : {}),
});

const inputOf = (command: DemoCommand) => ({ ...command.input, commandId: command.commandId, occurredAt: command.occurredAt });
const readLog = async (ledger: Ledger): Promise<RecordedEvent[]> => (await ledger.store.readAll({ maxCount: 100_000 })).events;
/** What the ledger decided, without who sent it or when it was stored. */
// A sealed ballot's IV is fresh every time, so only its presence is compared.
const withoutCiphertext = (data: Record<string, unknown>) => ('sealedBallot' in data ? { ...data, sealedBallot: 'sealed' } : data);
const decisions = (log: readonly RecordedEvent[]) => log.map((e) => ({ streamId: e.streamId, type: e.type, data: withoutCiphertext(e.data as Record<string, unknown>) }));

/** The whole Leiden demo, every command through the real command path on SQLite. */
describe('the Leiden demo in a real ledger', () => {
  const demo = generateLeidenDemo();
  let loaded: Ledger;
  let byActors: Ledger;
  let loadedLog: RecordedEvent[];

  beforeAll(async () => {
    [loaded, byActors] = await Promise.all([startLedger(), startLedger()]);
  });
  afterAll(async () => {
    await Promise.all([loaded.close(), byActors.close()]);
  });

  it('loads through the demo loader without a single refusal, one event per command of the matching kind', async () => {
    await loadDemo(loaded.store, loaded.app.get(CommandExecutor), demo, silentProgress);
    loadedLog = await readLog(loaded);
    expect(loadedLog).toHaveLength(demo.length);

    const eventTypesOf = new Map<CommandType, Set<string>>();
    const eventOf = new Map(loadedLog.map((e) => [(e.metadata as { commandId: string }).commandId, e.type]));
    for (const command of demo) {
      const type = eventOf.get(command.commandId);
      expect([command.commandId, type]).toEqual([command.commandId, expect.any(String)]);
      eventTypesOf.set(command.type, (eventTypesOf.get(command.type) ?? new Set()).add(type ?? ''));
    }
    const count = <T>(items: readonly T[], key: (item: T) => string) => items.reduce<Record<string, number>>((n, i) => ({ ...n, [key(i)]: (n[key(i)] ?? 0) + 1 }), {});
    const commandsPerType = count(demo, (c) => c.type);
    const eventsPerType = count(loadedLog, (e) => e.type);
    for (const [commandType, eventTypes] of eventTypesOf) {
      expect([commandType, eventTypes.size]).toEqual([commandType, 1]);
      expect([commandType, eventsPerType[[...eventTypes][0] ?? '']]).toEqual([commandType, commandsPerType[commandType]]);
    }
    expect(Object.keys(eventsPerType)).toHaveLength(Object.keys(commandsPerType).length);
    expect(loadedLog.every((e) => (e.metadata as { demo?: boolean }).demo === true)).toBe(true);
  }, 60_000);

  it('accepts every command from the actor named on it, with that role and scope, and decides exactly the same', async () => {
    const executor = byActors.app.get(CommandExecutor);
    for (const command of demo) {
      try {
        await executor.execute(command.type, inputOf(command), principalOf(command.actor), { demo: true, waitForReadModel: false });
      } catch (error) {
        throw new Error(`${command.commandId} (${command.type}) as ${JSON.stringify(command.actor)} was refused: ${(error as Error).message}`);
      }
    }
    const log = await readLog(byActors);
    expect(decisions(log)).toEqual(decisions(loadedLog));
    const roles = new Set(log.map((e) => (e.metadata as { actor: { role: string } }).actor.role));
    expect(roles).toEqual(new Set(['organiser', 'moderator', 'ambassador', 'facilitator', 'secretary', 'voter']));
  }, 60_000);

  it('would refuse a secretary recording for another group, so the scopes above were really checked', async () => {
    const executor = byActors.app.get(CommandExecutor);
    const drafts = demo.filter((c): c is Extract<DemoCommand, { type: 'DraftProposal' }> => c.type === 'DraftProposal');
    const [first] = drafts;
    const other = drafts.find((d) => d.input.workingGroupId !== first?.input.workingGroupId);
    if (!first || !other) throw new Error('the demo has drafts of at least two groups');
    const input = { ...inputOf(first), commandId: 'demo-test-foreign-draft', proposalId: 'vs-test-foreign' };
    await expect(executor.execute('DraftProposal', input, principalOf(other.actor))).rejects.toMatchObject({ code: ErrorCode.Forbidden });
  });
});
