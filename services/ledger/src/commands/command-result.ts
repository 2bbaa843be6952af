import type { RecordedEvent } from '@spoor/event-store';

/** What a client gets back for a command; the same for a repeated commandId. */
export interface CommandResult {
  readonly commandId: string;
  readonly streamId: string;
  /** Id of the aggregate the command wrote to (e.g. the new idea's id). */
  readonly aggregateId: string;
  /** Stream revision after the command: pass it as expectedRevision next time. */
  readonly revision: number;
  /** Global position of the command's last event, as a decimal string. */
  readonly position: string;
  /** The events the command produced. */
  readonly events: readonly { readonly type: string; readonly revision: number }[];
  /** For RecordIdea: the receipt code handed to the participants. */
  readonly receiptCode: string | null;
}

type ResultEvent = Pick<RecordedEvent, 'type' | 'revision' | 'data'>;

const receiptCodeOf = (events: readonly ResultEvent[]): string | null => {
  const recorded = events.find((e) => e.type === 'IdeaRecorded');
  return recorded ? String((recorded.data as { receiptCode: string }).receiptCode) : null;
};

/** The result, from the command's events and the global position of the last one. */
export const resultOf = (commandId: string, streamId: string, aggregateId: string, events: readonly ResultEvent[], position: bigint): CommandResult => {
  const last = events.at(-1);
  if (!last) throw new Error(`no events for command ${commandId}`);
  return {
    commandId,
    streamId,
    aggregateId,
    revision: last.revision,
    position: position.toString(),
    events: events.map((e) => ({ type: e.type, revision: e.revision })),
    receiptCode: receiptCodeOf(events),
  };
};
