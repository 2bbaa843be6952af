import type { RecordedEvent } from '@spoor/event-store';
import { canonicalLine, type PublicLogRecord } from '@spoor/verify';
import { toPublicEvent } from '../read-model/public-event.js';

/**
 * Bumped when the public log record of the same event changes (its public view, its fields): the
 * leaves of a log built with another format no longer match, so an unpublished tree is rebuilt.
 */
export const PUBLIC_RECORD_FORMAT = '1';

/** The public log record of an event at leaf `index` (docs/publication.md). */
export const publicRecordOf = (raw: RecordedEvent, index: number): PublicLogRecord => ({ ...toPublicEvent(raw), index }) as unknown as PublicLogRecord;

/** The line of events.ndjson (without newline) whose UTF-8 bytes are the leaf data. */
export const publicLineOf = (raw: RecordedEvent, index: number): string => canonicalLine(publicRecordOf(raw, index));

/** Receipt code and idea id when the event records an idea. */
export const ideaOf = (raw: RecordedEvent): { receiptCode: string; ideaId: string } | undefined => {
  if (raw.type !== 'IdeaRecorded') return undefined;
  const data = raw.data as { receiptCode?: unknown; ideaId?: unknown };
  return typeof data.receiptCode === 'string' && typeof data.ideaId === 'string' ? { receiptCode: data.receiptCode, ideaId: data.ideaId } : undefined;
};
