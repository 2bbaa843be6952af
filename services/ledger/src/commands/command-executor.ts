import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { eventDefinitions, ErrorCode, SpoorError, type CommandType, type DomainEvent, type EventMetadata } from '@spoor/contracts';
import { isWrongExpectedVersionError, type EventStore, type NewEvent } from '@spoor/event-store';
import type { Vault } from '../privacy/vault/vault.js';
import { EVENT_STORE, CLOCK, VAULT, type Clock } from '../store/tokens.js';
import { Projector } from '../read-model/projector.service.js';
import type { Aggregate } from '../shared/decider.js';
import { deriveId } from '../shared/ids.js';
import type { ContextReader, Principal } from '../shared/use-case.js';
import { livingRoomsProjection } from '../summit/allocation/living-rooms.projection.js';
import { openBallots, sealBallot } from '../summit/ballot-box/ballot-box.js';
import { useCases } from '../use-cases.js';
import { parseCommandInput } from './command-input.js';
import { AggregateLoader, type StoredEvent } from './aggregate-loader.js';
import { resultOf, type CommandResult } from './command-result.js';

export interface ExecuteOptions {
  /** Marks the events as demonstration data. */
  readonly demo?: boolean;
  /** Wait until the read models include the events before returning (read-your-writes). */
  readonly waitForReadModel?: boolean;
}

/** A stable event id, so a retried append is recognised by stores that deduplicate on ids. */
const eventIdOf = (commandId: string, streamId: string, index: number): string => {
  const h = createHash('sha256').update(`${commandId}\u0000${streamId}\u0000${index}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16] ?? '0', 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/**
 * The one command handler: loads the stream, decides, appends with the expected revision and
 * maps errors. Every use case goes through it, so idempotency, concurrency, validation and
 * metadata are the same for all of them.
 */
@Injectable()
export class CommandExecutor {
  private readonly logger = new Logger('CommandExecutor');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly projector: Projector,
    @Inject(VAULT) private readonly vault: Vault,
  ) {
    this.loader = new AggregateLoader(store);
  }

  private readonly loader: AggregateLoader;

  private readonly reader: ContextReader = {
    load: async <S, E extends DomainEvent>(aggregate: Aggregate<S, E>, id: string) => {
      const { state, revision } = await this.loader.load(aggregate, `${aggregate.streamPrefix}-${id}`);
      return { state, revision };
    },
    ideaCountOf: (conversationId) => this.projector.conversations.conversations[conversationId]?.ideaIds.length ?? 0,
    livingRoomOf: (participantId) => this.projector.model(livingRoomsProjection)[participantId],
    seal: (personId, fields) => this.vault.seal(personId, fields),
    sealBallot: (processId, choices) => sealBallot(this.vault, processId, choices),
    openBallots: (processId, sealed) => openBallots(this.vault, processId, sealed),
  };

  async execute(type: CommandType, input: unknown, principal: Principal, options: ExecuteOptions = {}): Promise<CommandResult> {
    const useCase = useCases[type];
    if (principal.actor.role !== 'system' && !useCase.roles.includes(principal.actor.role)) {
      throw new SpoorError(ErrorCode.Forbidden, `The role ${principal.actor.role} may not ${type}`);
    }
    const { metadata, payload } = parseCommandInput(type, input);
    const { commandId } = metadata;
    const aggregateId = (payload[useCase.idField] as string | undefined) ?? deriveId(useCase.aggregate.streamPrefix, commandId);
    const command = { ...payload, [useCase.idField]: aggregateId };
    const streamId = `${useCase.aggregate.streamPrefix}-${aggregateId}`;

    const known = this.projector.streamOfCommand(commandId);
    if (known !== undefined && known !== streamId) {
      throw new SpoorError(ErrorCode.IdempotencyKeyReused, `commandId: ${commandId} was already used for a command on another stream`, 'commandId');
    }
    const { state, revision, eventsOf } = await this.loader.load(useCase.aggregate, streamId);
    const earlier = eventsOf(commandId);
    if (earlier.length > 0) return this.replayed(commandId, streamId, aggregateId, earlier);

    if (metadata.expectedRevision !== undefined && metadata.expectedRevision !== (revision ?? -1)) {
      throw new SpoorError(ErrorCode.Conflict, `expectedRevision: the stream is at revision ${revision ?? -1}, not ${metadata.expectedRevision}; reload and try again`, 'expectedRevision');
    }
    const context = await useCase.loadContext(command, this.reader);
    useCase.authorize?.(principal, command, state, context);
    const decided: DomainEvent[] = useCase.decide(command, state, context);
    if (decided.length === 0) throw new SpoorError(ErrorCode.InvalidState, `${type} changes nothing`);

    const now = this.clock.now().toISOString();
    const newEvents: NewEvent[] = decided.map((event, index) => {
      const definition = eventDefinitions[event.type];
      const meta: EventMetadata = {
        commandId,
        correlationId: metadata.correlationId ?? commandId,
        causationId: metadata.causationId ?? commandId,
        actor: principal.actor,
        occurredAt: metadata.occurredAt ?? now,
        recordedAt: now,
        schemaVersion: definition.version,
        ...(options.demo ? { demo: true } : {}),
      };
      return { id: eventIdOf(commandId, streamId, index), type: event.type, data: definition.schema.parse(event.data), metadata: meta };
    });

    let appended: { position: bigint };
    try {
      appended = await this.store.append(streamId, newEvents, revision ?? 'no_stream');
    } catch (error) {
      if (!isWrongExpectedVersionError(error)) throw error;
      const replay = (await this.loader.load(useCase.aggregate, streamId)).eventsOf(commandId);
      if (replay.length > 0) return this.replayed(commandId, streamId, aggregateId, replay);
      throw new SpoorError(ErrorCode.Conflict, `${streamId} was changed by someone else at the same time; reload and try again`, 'expectedRevision');
    }
    const first = (revision ?? -1) + 1;
    const written = newEvents.map((e, i) => ({ type: e.type, data: e.data, revision: first + i }));
    const result = resultOf(commandId, streamId, aggregateId, written, appended.position);
    if (options.waitForReadModel !== false) await this.projector.waitFor(BigInt(result.position), 2000);
    this.logger.debug?.(`${type} ${commandId} -> ${streamId}@${result.revision}`);
    return result;
  }

  /** The same result as the first time, for a repeated commandId. */
  private replayed(commandId: string, streamId: string, aggregateId: string, events: readonly StoredEvent[]): CommandResult {
    this.logger.log(`commandId ${commandId} was applied before; returning its result`);
    return resultOf(commandId, streamId, aggregateId, events, events.at(-1)?.position ?? 0n);
  }
}
