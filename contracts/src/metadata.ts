import { z } from 'zod';
import { IdSchema, IsoDateTimeSchema } from './primitives.js';

/**
 * Roles a token can carry. `system` is the ledger itself (demo loader, imports run by the CLI);
 * `voter` is no token at all: someone casting a ballot with a one-time voting code.
 */
export const ActorRoleSchema = z.enum(['organiser', 'moderator', 'ambassador', 'facilitator', 'secretary', 'system', 'voter']);
export type ActorRole = z.infer<typeof ActorRoleSchema>;

/** Who issued a command: a pseudonymous actor id, never a name. */
export const ActorSchema = z.object({
  /** Pseudonymous id of the token holder, e.g. `actor-3f9c2a`; never a name or e-mail. */
  id: IdSchema,
  /** The role the command was issued under. */
  role: ActorRoleSchema,
});
export type Actor = z.infer<typeof ActorSchema>;

/** What a client sends along with every command. */
export const CommandMetadataSchema = z.object({
  /** The client's idempotency key: the same commandId twice is applied once. */
  commandId: IdSchema,
  /** Groups the commands of one user action or import run; defaults to the commandId. */
  correlationId: IdSchema.optional(),
  /** The command or event that caused this one, if any. */
  causationId: IdSchema.optional(),
  /** When it happened in the world (e.g. the evening of the conversation); defaults to when the ledger records it. */
  occurredAt: IsoDateTimeSchema.optional(),
  /** Optimistic concurrency: the revision of the stream the client last saw; a stale value is refused with CONFLICT. */
  expectedRevision: z.number().int().min(-1, 'must be -1 (no stream yet) or a revision').optional(),
});
export type CommandMetadata = z.infer<typeof CommandMetadataSchema>;

/** Metadata stored with every event. */
export const EventMetadataSchema = z.object({
  /** The idempotency key of the command that produced this event. */
  commandId: IdSchema,
  /** Groups the events of one user action or import run. */
  correlationId: IdSchema,
  /** The command (its commandId) or event that caused this event. */
  causationId: IdSchema,
  /** Who issued the command, pseudonymously. */
  actor: ActorSchema,
  /** When it happened in the world. */
  occurredAt: IsoDateTimeSchema,
  /** When the ledger stored it. */
  recordedAt: IsoDateTimeSchema,
  /** Version of the event's data schema. */
  schemaVersion: z.number().int().positive(),
  /** True when the event belongs to generated demonstration data, not to a real process. */
  demo: z.boolean().optional(),
});
export type EventMetadata = z.infer<typeof EventMetadataSchema>;
