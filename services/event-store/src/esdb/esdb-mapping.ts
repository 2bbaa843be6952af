/**
 * Pure mappings between the port and @eventstore/db-client 6 (EventStoreDB / KurrentDB).
 *
 * REVISION MAPPING. ESDB stream revisions start at 0, exactly like the port's:
 *
 *   port ExpectedRevision      ESDB AppendExpectedRevision
 *   'any'                  ->  ANY            ("any")
 *   'no_stream'            ->  NO_STREAM      ("no_stream")
 *   'stream_exists'        ->  STREAM_EXISTS  ("stream_exists")
 *   n (number, n >= 0)     ->  BigInt(n)      the revision of the stream's LAST event
 *
 * A stream holding one event is at revision 0n. That is NOT "no stream": 0n means "exactly one
 * event". Public NestJS/ESDB samples get this wrong in two ways: they test `revision === 0` to
 * decide that a stream is new (true for a stream with one event) or pass 0 as the expected
 * revision of a brand-new stream (which ESDB rejects as a conflict, or worse, accepts for a
 * stream that already has one event). "No stream" is only ever NO_STREAM here, and on the way
 * back a conflict's actual version is `"no_stream"` (not -1, not 0) when the stream is missing.
 *
 * POSITIONS. The port's position is ESDB's commit position (bigint). For events appended through
 * gRPC (no explicit transactions) commit == prepare position, so {commit: p, prepare: p} is a
 * valid $all position to resume from. Reads from $all are inclusive of their start position and
 * subscriptions exclusive; the adapter compensates so that `after` is always exclusive.
 */
import {
  ANY,
  type AppendExpectedRevision,
  type CurrentRevision,
  ErrorType,
  NO_STREAM,
  type Position,
  STREAM_EXISTS,
} from '@eventstore/db-client';
import { type ExpectedRevision, type RecordedEvent, WrongExpectedVersionError } from '../event-store.port.js';

export function toEsdbExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      if (!Number.isSafeInteger(expected) || expected < 0) {
        throw new TypeError(`Invalid expected revision ${String(expected)}`);
      }
      return BigInt(expected);
  }
}

/** ESDB's "current revision" of a conflict -> the port's `actual`. */
export function fromEsdbCurrentRevision(actual: CurrentRevision | undefined | null): number | 'no_stream' {
  if (actual === undefined || actual === null || actual === NO_STREAM) return 'no_stream';
  const n = BigInt(actual);
  return n < 0n ? 'no_stream' : Number(n);
}

interface EsdbErrorShape {
  type?: unknown;
  actualVersion?: CurrentRevision;
  expectedVersion?: AppendExpectedRevision;
  streamName?: string;
  maxAppendSize?: number;
}

/**
 * Maps a client error thrown by appendToStream. Matching is on `error.type` (the client's
 * ErrorType), so it also works across duplicated copies of the client package.
 */
export function mapAppendError(err: unknown, streamId: string, expected: ExpectedRevision): unknown {
  const e = err as EsdbErrorShape | null;
  if (e && typeof e === 'object' && e.type === ErrorType.WRONG_EXPECTED_VERSION) {
    return new WrongExpectedVersionError(streamId, expected, fromEsdbCurrentRevision(e.actualVersion));
  }
  if (e && typeof e === 'object' && e.type === ErrorType.MAXIMUM_APPEND_SIZE_EXCEEDED) {
    return new Error(
      `The batch for stream "${streamId}" exceeds the server's maximum append size (${String(e.maxAppendSize)} bytes); ` +
        'raise it with the server option MaxAppendSize (EVENTSTORE_MAX_APPEND_SIZE / KURRENTDB_MAX_APPEND_SIZE)',
      { cause: err },
    );
  }
  return err;
}

/** True when a read failed because the stream does not exist (the port returns []). */
export function isStreamNotFound(err: unknown): boolean {
  return !!err && typeof err === 'object' && (err as EsdbErrorShape).type === ErrorType.STREAM_NOT_FOUND;
}

/** System events ($-prefixed type) and system streams ($-prefixed id) never leave the adapter. */
export function isSystemEvent(e: { type: string; streamId: string }): boolean {
  return e.type.startsWith('$') || e.streamId.startsWith('$');
}

/** Commit position -> a $all position (see POSITIONS above). */
export function toEsdbPosition(commit: bigint): Position {
  return { commit, prepare: commit };
}

/** What ESDB reports for "no position known" (u64::MAX, older servers on stream reads). */
export const ESDB_NO_POSITION = 18446744073709551615n;

export interface EsdbRecordLike {
  id: string;
  streamId: string;
  type: string;
  revision: bigint;
  created: Date;
  data: unknown;
  metadata?: unknown;
  isJson: boolean;
  position?: Position;
}

/**
 * The commit position of a read or subscription result: the record's own position (servers
 * >= 22.6 on stream reads, always on $all) or the resolved event's commitPosition; -1n if none.
 */
export function commitPositionOf(record: EsdbRecordLike, resolvedCommit?: bigint): bigint {
  const p = record.position?.commit ?? resolvedCommit;
  return p === undefined || p === ESDB_NO_POSITION ? -1n : p;
}

export function toRecordedEvent(record: EsdbRecordLike, resolvedCommit?: bigint): RecordedEvent {
  return {
    id: record.id,
    streamId: record.streamId,
    type: record.type,
    revision: Number(record.revision),
    position: commitPositionOf(record, resolvedCommit),
    data: record.isJson ? record.data : Buffer.from(record.data as Uint8Array).toString('utf8'),
    // The client drops falsy metadata on append and returns undefined: the port says null.
    metadata: record.metadata === undefined ? null : record.metadata,
    createdAt: record.created.toISOString(),
  };
}

/** `kurrentdb://` and `kurrent://` are spelled `esdb://` by client 6; the rest is unchanged. */
export function normaliseConnectionString(url: string): string {
  return url.replace(/^(kurrentdb|kurrent)(\+discover)?:\/\//i, (_m, _k, discover?: string) =>
    discover ? 'esdb+discover://' : 'esdb://',
  );
}
