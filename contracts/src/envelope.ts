import { z } from 'zod';
import { EventMetadataSchema } from './metadata.js';
import { eventDefinitions, isEventType, type DomainEvent } from './registry.js';

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
