import type { Actor, ActorRole, CommandData, CommandType, DomainEvent, SealedBallotSchema, SealedPersonalData } from '@spoor/contracts';
import type { z } from 'zod';
import type { Aggregate } from './decider.js';

/** Who is calling: the actor that goes into the metadata, and the scope their token grants. */
export interface Principal {
  readonly actor: Actor;
  /** For ambassador tokens: the ambassador they act as; they may record only for conversations they host. */
  readonly ambassadorId?: string;
  /** For secretary tokens: their working group; they draft and revise only its proposals. */
  readonly workingGroupId?: string;
}

/** An aggregate's state as loaded from its stream. */
export interface Loaded<State> {
  readonly state: State;
  /** Revision of the last event, or undefined when the stream does not exist. */
  readonly revision: number | undefined;
}

/** What a use case may read besides its own stream, to check the steps it builds on. */
export interface ContextReader {
  load<State, Event extends DomainEvent>(aggregate: Aggregate<State, Event>, id: string): Promise<Loaded<State>>;
  /** Number of ideas recorded for a conversation, from the read model. */
  ideaCountOf(conversationId: string): number;
  /** The living-room conversation a participant took part in (ConversationHeld), from the ledger's internal read model. */
  livingRoomOf?(participantId: string): string | undefined;
  /**
   * Seals personal fields in the vault (creating the person's key on first use), so `decide` gets
   * only ciphertext. Absent in readers without a vault (spec harnesses): sealing there must fail.
   */
  seal?(personId: string, fields: Readonly<Record<string, string>>): SealedPersonalData;
  /** Seals a ballot in the process's ballot box (docs/secret-ballot.md). Absent without a vault. */
  sealBallot?(processId: string, choices: readonly string[]): z.infer<typeof SealedBallotSchema>;
  /** Opens every sealed ballot of the process's box, at closing. Absent without a vault. */
  openBallots?(processId: string, sealed: readonly z.infer<typeof SealedBallotSchema>[]): string[][];
}

/** The command with its aggregate id filled in (given by the client or derived from the commandId). */
export type Resolved<T extends CommandType, K extends string> = Omit<CommandData<T>, K> & { readonly [P in K]: string };

/**
 * One use case: which command, which aggregate it writes, who may issue it, what else it reads,
 * and the pure decision. The generic handler does the rest (see command-executor.ts).
 */
export interface UseCase<T extends CommandType, K extends string, State, Event extends DomainEvent, Ctx> {
  readonly command: T;
  readonly aggregate: Aggregate<State, Event>;
  /** The input field holding the aggregate id. */
  readonly idField: K;
  /** Roles allowed to issue the command at all. */
  readonly roles: readonly ActorRole[];
  /** Reads the aggregates the decision depends on. */
  loadContext(command: Resolved<T, K>, reader: ContextReader): Promise<Ctx>;
  /** Checks the caller's scope (e.g. an ambassador's own conversation); throws FORBIDDEN. */
  authorize?(principal: Principal, command: Resolved<T, K>, state: State, ctx: Ctx): void;
  /** Pure: the events the command produces, or a SpoorError. */
  decide(command: Resolved<T, K>, state: State, ctx: Ctx): Event[];
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the registry holds use cases of every command; each is checked where it is defined */
/** Any use case, as the registry and the generic handler hold them. */
export interface AnyUseCase {
  readonly command: CommandType;
  readonly aggregate: Aggregate<any, any>;
  readonly idField: string;
  readonly roles: readonly ActorRole[];
  loadContext(command: any, reader: ContextReader): Promise<unknown>;
  authorize?(principal: Principal, command: any, state: any, ctx: any): void;
  decide(command: any, state: any, ctx: any): DomainEvent[];
}
/* eslint-enable @typescript-eslint/no-explicit-any */

export const defineUseCase = <T extends CommandType, K extends string, State, Event extends DomainEvent, Ctx>(
  useCase: UseCase<T, K, State, Event, Ctx>,
): UseCase<T, K, State, Event, Ctx> => useCase;
