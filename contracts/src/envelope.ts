import { z } from 'zod';
import { type ActorRole, EventMetadataSchema } from './metadata.js';
import type { CommitFunction } from './public-view.js';
import { eventDefinitions, isEventType, publicViewOf, type DomainEvent, type PublicDomainEvent } from './registry.js';

/** A stored event as the ledger hands it out: identity, place in the log, data and metadata. */
export const EventEnvelopeSchema = z.object({
  /** Unique id of the event (UUID). */
  id: z.uuid(),
  /** Event type, past tense, e.g. `IdeaRecorded`. */
  type: z.string().regex(/^[A-Z][A-Za-z]+(\.v\d+)?$/, 'must be a PascalCase event type'),
  /** The stream (one aggregate instance), e.g. `idea-4f2a`. */
  streamId: z.string().min(1),
  /** Position in its stream, from 0. */
  revision: z.number().int().nonnegative(),
  /** Position in the whole log, as a decimal string (it may exceed 2^53 on EventStoreDB). */
  position: z.string().regex(/^\d+$/),
  /** The event's data, validated against its type's schema. */
  data: z.record(z.string(), z.unknown()),
  /** Who, when, why. */
  metadata: EventMetadataSchema,
});
export type EventEnvelope = z.infer<typeof EventEnvelopeSchema>;

/** An envelope whose data has been checked against its type's schema. */
export type TypedEventEnvelope = Omit<EventEnvelope, 'type' | 'data'> & DomainEvent;

/**
 * Validates a stored event against the envelope and its type's schema. Throws a ZodError naming
 * the offending field, so a corrupt or unknown event is never folded silently.
 */
export const parseEventEnvelope = (raw: unknown): TypedEventEnvelope => {
  const envelope = EventEnvelopeSchema.parse(raw);
  if (!isEventType(envelope.type)) {
    throw new z.ZodError([{ code: 'custom', path: ['type'], message: `unknown event type ${envelope.type}`, input: envelope.type }]);
  }
  const data = eventDefinitions[envelope.type].schema.parse(envelope.data);
  return { ...envelope, data } as TypedEventEnvelope;
};

/**
 * An event as it leaves the ledger: what the public log, the open data and the public projections
 * see (docs/publication.md). Its data is the event type's public view; of the metadata only the
 * actor's role and the times remain.
 */
export type PublicEvent = {
  /** Unique id of the event. */
  readonly id: string;
  /** The stream (aggregate instance). */
  readonly stream: string;
  /** Position in its stream, from 0. */
  readonly revision: number;
  /** Version of the event's data schema. */
  readonly schemaVersion: number;
  /** When it happened in the world. */
  readonly occurredAt: string;
  /** When the ledger stored it. */
  readonly recordedAt: string;
  /** The role of whoever issued the command; never who. */
  readonly recordedBy: ActorRole;
  /** Present (true) only for demonstration data. */
  readonly demo?: true;
} & PublicDomainEvent;

/** A line of the public log: a public event and its leaf index in the Merkle tree. */
export type PublicLogRecord = PublicEvent & { readonly index: number };

/** The public event of a validated envelope; `commit` computes commitments (SHA-256 in the ledger). */
export const toPublicEvent = (envelope: TypedEventEnvelope, commit: CommitFunction): PublicEvent =>
  ({
    id: envelope.id,
    stream: envelope.streamId,
    revision: envelope.revision,
    schemaVersion: envelope.metadata.schemaVersion,
    occurredAt: envelope.metadata.occurredAt,
    recordedAt: envelope.metadata.recordedAt,
    recordedBy: envelope.metadata.actor.role,
    ...(envelope.metadata.demo === true ? { demo: true } : {}),
    type: envelope.type,
    data: publicViewOf(envelope.type, envelope.data as never, commit),
  }) as PublicEvent;
