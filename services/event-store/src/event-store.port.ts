/**
 * The event store port: what the ledger needs from an append-only, stream-partitioned event log.
 *
 * Two adapters implement it (SQLite, embedded; EventStoreDB/KurrentDB, server) and both are run
 * through the same conformance suite (`@spoor/event-store/conformance`).
 *
 * Revisions are per stream and start at 0: a stream holding one event is at revision 0, which
 * is NOT the same as "no stream". Positions are global, strictly increasing in commit order.
 */

/**
 * What the caller believes the stream looks like before appending:
 * - `'any'`: no check;
 * - `'no_stream'`: the stream must not exist (hold no event);
 * - `'stream_exists'`: the stream must hold at least one event;
 * - a number n: the stream's last event must have revision n (0 = exactly one event).
 */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | number;

export interface NewEvent {
  /** UUID; generated when absent. */
  id?: string;
  type: string;
  /** Any JSON value. `undefined` is stored as `null`. */
  data: unknown;
  /** Any JSON value. `undefined` is stored as `null`. */
  metadata: unknown;
}

export interface RecordedEvent {
  id: string;
  streamId: string;
  type: string;
  /** Revision within the stream, from 0. */
  revision: number;
  /** Global position (SQLite: 1, 2, 3, ... without gaps; ESDB: commit position). */
  position: bigint;
  data: unknown;
  metadata: unknown;
  /** ISO 8601, set by the store when the event was appended. */
  createdAt: string;
}

export interface AppendResult {
  /** Revision of the last appended event: pass it as the next `expectedRevision`. */
  nextExpectedRevision: number;
  /** Global position of the last appended event. */
  position: bigint;
}

export interface ReadStreamOptions {
  /** Forwards: first revision returned (inclusive). Backwards: revision to start from, going down. */
  fromRevision?: number;
  maxCount?: number;
  direction?: 'forwards' | 'backwards';
}

export interface ReadAllOptions {
  /** Exclusive; `undefined` = from the start. */
  after?: bigint;
  /** Page size, default 1000. */
  maxCount?: number;
}

export interface ReadAllPage {
  events: RecordedEvent[];
  /** Position of the last event in the page, to pass as `after`; undefined when the page is empty. */
  lastPosition: bigint | undefined;
  /** True when no event after this page existed at the time of the read. */
  isEnd: boolean;
}

export interface SubscribeOptions {
  /** Exclusive; `undefined` = from the start. */
  after?: bigint;
  /** Awaited one by one, in position order. A throw/rejection stops the subscription and goes to onError. */
  onEvent: (e: RecordedEvent) => void | Promise<void>;
  /** Called once, after every event that existed when the subscription started has been delivered. */
  onCaughtUp?: (position: bigint | undefined) => void;
  onError?: (err: Error) => void;
}

export interface Subscription {
  /** Stops delivery; resolves once no onEvent call is in flight any more. */
  stop(): Promise<void>;
}

export interface EventStore {
  /**
   * Appends all events or none (one transaction / one atomic server write).
   * An empty batch appends nothing: it still validates `expectedRevision` (throwing
   * WrongExpectedVersionError on mismatch) and returns the stream's current state:
   * `nextExpectedRevision` = revision of its last event, -1 when the stream does not exist, and
   * `position` = global position of its last event, 0n when the stream does not exist.
   */
  append(streamId: string, events: readonly NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult>;
  /** Events of one stream; `[]` when the stream does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** One page of the global log, in position order. */
  readAll(options?: ReadAllOptions): Promise<ReadAllPage>;
  /**
   * Catch up, then live. Events are delivered strictly in position order, awaited one by one,
   * with no loss and no duplicate at the switch from catch-up to live.
   */
  subscribeToAll(options: SubscribeOptions): Subscription;
  /** Stops all subscriptions and releases the store. Further calls reject with StoreClosedError. */
  close(): Promise<void>;
}

/** An optimistic concurrency conflict: the stream is not at the expected revision. Nothing was appended. */
export class WrongExpectedVersionError extends Error {
  readonly code = 'CONFLICT' as const;
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | 'no_stream',
  ) {
    super(
      `Wrong expected version for stream "${streamId}": expected ${String(expected)}, actual ${String(actual)}`,
    );
    this.name = 'WrongExpectedVersionError';
  }
}

/** The store was closed; no operation is possible any more. */
export class StoreClosedError extends Error {
  readonly code = 'STORE_CLOSED' as const;
  constructor() {
    super('The event store is closed');
    this.name = 'StoreClosedError';
  }
}

/** Type guard usable across module copies (checks the name and code, not only the prototype). */
export function isWrongExpectedVersionError(err: unknown): err is WrongExpectedVersionError {
  return (
    err instanceof WrongExpectedVersionError ||
    (err instanceof Error && err.name === 'WrongExpectedVersionError' && (err as { code?: unknown }).code === 'CONFLICT')
  );
}

/**
 * Checks an expected revision against the stream's current last revision (-1 = no stream).
 * Returns true when the append may proceed. Shared by adapters that check locally.
 */
export function expectedRevisionMatches(expected: ExpectedRevision, current: number): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return current === -1;
    case 'stream_exists':
      return current >= 0;
    default:
      return current === expected;
  }
}

/** Rejects malformed expected revisions early (negative, fractional, unknown strings). */
export function assertValidExpectedRevision(expected: ExpectedRevision): void {
  if (expected === 'any' || expected === 'no_stream' || expected === 'stream_exists') return;
  if (typeof expected !== 'number' || !Number.isSafeInteger(expected) || expected < 0) {
    throw new TypeError(
      `Invalid expected revision ${String(expected)}: use 'any', 'no_stream', 'stream_exists' or an integer >= 0`,
    );
  }
}
