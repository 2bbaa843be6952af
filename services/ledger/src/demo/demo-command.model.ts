import type { CommandInput, CommandType } from '@spoor/contracts';
import { type LocalTime, toAmsterdamIso, toUtcMillis } from './amsterdam-time.util.js';

/** Id of the demo process. */
export const DEMO_PROCESS_ID = 'leiden-demo';

/** The seed used when none is given: the year of the Leiden conversations. */
export const DEFAULT_DEMO_SEED = 2017;

/**
 * Who would issue a command in the real process, so that a test can send it with a token of that
 * role and scope: an ambassador for their own conversation, a secretary for their own group.
 */
export type DemoActor =
  | { readonly role: 'organiser' }
  | { readonly role: 'moderator' }
  | { readonly role: 'ambassador'; readonly ambassadorId: string }
  | { readonly role: 'facilitator' }
  | { readonly role: 'secretary'; readonly workingGroupId: string }
  /** No token at all: a resident voting on a tablet with the code from their badge. */
  | { readonly role: 'voter' };

export const ORGANISER: DemoActor = { role: 'organiser' };
export const MODERATOR: DemoActor = { role: 'moderator' };
export const FACILITATOR: DemoActor = { role: 'facilitator' };
export const VOTER: DemoActor = { role: 'voter' };
export const ambassador = (ambassadorId: string): DemoActor => ({ role: 'ambassador', ambassadorId });
export const secretary = (workingGroupId: string): DemoActor => ({ role: 'secretary', workingGroupId });

/** One command of the demo, as a ledger executes it: type, idempotency key, input, when it happened and who issued it. */
export type DemoCommand = {
  [T in CommandType]: {
    type: T;
    /** Stable idempotency key, e.g. `demo-register-participant-0001`. */
    commandId: string;
    input: CommandInput<T>;
    /** ISO 8601 with the Europe/Amsterdam offset of that day. */
    occurredAt: string;
    /** Who would issue it: the role, and the ambassador or working group a scoped token needs. */
    actor: DemoActor;
  };
}[CommandType];

export type DemoCommandOf<T extends CommandType> = Extract<DemoCommand, { type: T }>;

/** A command with the local time it happened at, before the demo is put in execution order. */
export interface TimedCommand {
  readonly command: DemoCommand;
  readonly at: LocalTime;
}

/** A command at a local time; organisers issue whatever no other role is named for. */
export const timed = <T extends CommandType>(type: T, commandId: string, input: CommandInput<T>, at: LocalTime, actor: DemoActor = ORGANISER): TimedCommand => ({
  command: { type, commandId, input, occurredAt: toAmsterdamIso(at), actor } as DemoCommandOf<T>,
  at,
});

/**
 * Execution order: by instant; commands at the same instant keep the order they were made in,
 * which each generator makes causal (registered before consent, held before ideas).
 */
export const inExecutionOrder = (commands: readonly TimedCommand[]): DemoCommand[] =>
  commands
    .map((c, i) => ({ c, i, utc: toUtcMillis(c.at) }))
    .sort((a, b) => a.utc - b.utc || a.i - b.i)
    .map(({ c }) => c.command);

/** Zero-padded number for ids: `pad(7, 3)` is `007`. */
export const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The number at the end of an id: `hk-007` gives `007`. */
export const idNumber = (id: string): string => id.slice(id.lastIndexOf('-') + 1);
