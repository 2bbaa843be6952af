import type { CommandInput, CommandType } from '@spoor/contracts';
import { CommandExecutor } from '../commands/command-executor.js';
import { LEIDEN_DISTRICTS } from '../demo/leiden-demo.js';
import type { Ledger } from '../shared/testing/ledger-harness.js';
import type { Principal } from '../shared/use-case.js';

export const organiser: Principal = { actor: { id: 'test-organiser', role: 'organiser' } };

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
export const ambassadorRef = (n: number): string => `amb-${pad(n, 3)}`;
export const participantRef = (n: number): string => `p-${pad(n, 4)}`;

let setupCommands = 0;

type SetupCommand = { [T in CommandType]: readonly [T, CommandInput<T>] }[CommandType];
export const setupCommand = <T extends CommandType>(type: T, input: CommandInput<T>): SetupCommand => [type, input] as SetupCommand;

/** Sends commands straight to the executor, as setup for import specs. */
export const given = async (ledger: Ledger, commands: readonly SetupCommand[]): Promise<void> => {
  const executor = ledger.app.get(CommandExecutor);
  for (const [type, input] of commands) {
    setupCommands += 1;
    await executor.execute(type, { commandId: `setup-${setupCommands}`, ...input }, organiser);
  }
};

/** A started process over Leiden's ten districts, with registered ambassadors and participants (not via any import). */
export const givenProcess = async (ledger: Ledger, { processId = 'leiden', ambassadors = 0, participants = 0 } = {}): Promise<void> => {
  await given(ledger, [
    setupCommand('StartProcess', {
      processId,
      title: 'Agenda voor Leiden',
      city: 'Leiden',
      municipalityCode: 'GM0546',
      description: 'Importtest',
      plannedPhases: [{ phase: 'werving' }, { phase: 'gesprekken' }],
      districts: LEIDEN_DISTRICTS.map((d) => ({ code: d.code, name: d.name })),
    }),
    ...Array.from({ length: ambassadors }, (_, i) => setupCommand('RegisterAmbassador', { ambassadorId: ambassadorRef(i + 1), processId, districtCode: 'WK054600' })),
    ...Array.from({ length: participants }, (_, i) =>
      setupCommand('RegisterParticipant', { participantId: participantRef(i + 1), processId, districtCode: 'WK054603', ageBand: '27-39', gender: 'vrouw' }),
    ),
  ]);
};

/** Number of events of one type in the whole log. */
export const countEvents = async (ledger: Ledger, type: string): Promise<number> =>
  (await ledger.store.readAll({ maxCount: 100000 })).events.filter((e) => e.type === type).length;
