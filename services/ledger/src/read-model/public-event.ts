import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { type EventMetadata, type EventType, type PublicEvent, publicViewOf } from '@spoor/contracts';
import type { RecordedEvent } from '@spoor/event-store';

/**
 * The commitment that replaces a field the public may not see: SHA-256 over its RFC 8785
 * canonical JSON. Only unguessable values (ciphertext) are committed to, so it hides them.
 */
export const sha256Commitment = (value: unknown): string =>
  `sha256:${createHash('sha256')
    .update(canonicalize(value) ?? 'null', 'utf8')
    .digest('hex')}`;

/**
 * An event as everything public sees it (docs/publication.md): the public view of its data and,
 * of its metadata, only the times and the actor's role. Events are validated when they are
 * appended, so this trusts the store and only reshapes (validating again would halve rebuilds).
 */
export const toPublicEvent = (raw: RecordedEvent): PublicEvent => {
  const metadata = raw.metadata as EventMetadata;
  return {
    id: raw.id,
    stream: raw.streamId,
    revision: raw.revision,
    schemaVersion: metadata.schemaVersion,
    occurredAt: metadata.occurredAt,
    recordedAt: metadata.recordedAt,
    recordedBy: metadata.actor.role,
    ...(metadata.demo === true ? { demo: true as const } : {}),
    type: raw.type,
    data: publicViewOf(raw.type as EventType, raw.data as never, sha256Commitment),
  } as PublicEvent;
};
