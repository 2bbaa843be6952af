/** The envelope columns every file starts with, before the event's own public fields. */
export const ENVELOPE_COLUMNS = ['index', 'id', 'stream', 'revision', 'occurredAt', 'recordedAt', 'recordedBy', 'demo'] as const;

export interface OpenDataFile {
  readonly type: string;
  readonly file: string;
  readonly rows: number;
  readonly columns: readonly string[];
}
