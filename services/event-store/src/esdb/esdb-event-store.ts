/**
 * EventStoreDB / KurrentDB adapter of the event store port, on @eventstore/db-client 6 (gRPC).
 *
 * See esdb-mapping.ts for the revision mapping (ESDB revisions start at 0: one event = 0n, which
 * is not "no stream") and for how positions map (commit position).
 *
 * - append: one appendToStream call; ESDB appends a batch atomically. Conflicts come back as the
 *   port's WrongExpectedVersionError. An empty batch is never sent to the server: the expected
 *   revision is checked against a read of the stream's last event (not atomic with anything,
 *   as nothing is written).
 * - readStream: StreamNotFoundError -> [].
 * - readAll / subscribeToAll: system records (type or stream starting with `$`) are skipped.
 * - Server limit: ESDB rejects an append larger than its MaxAppendSize (1 MiB by default). The
 *   conformance suite appends a 1 MiB event, so run the server with a larger limit
 *   (e.g. EVENTSTORE_MAX_APPEND_SIZE=4194304 / KURRENTDB_MAX_APPEND_SIZE).
 */
import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  type ReadStreamOptions as EsdbReadStreamOptions,
  START,
  jsonEvent,
} from '@eventstore/db-client';
import {
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type ReadAllPage,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
  StoreClosedError,
  WrongExpectedVersionError,
  assertValidExpectedRevision,
  expectedRevisionMatches,
} from '../event-store.port.js';
import { assertStreamId, normaliseReadAll, normaliseReadStream, prepareEvents } from '../event-validation.js';
import {
  commitPositionOf,
  isStreamNotFound,
  isSystemEvent,
  mapAppendError,
  normaliseConnectionString,
  toEsdbExpectedRevision,
  toEsdbPosition,
  toRecordedEvent,
} from './esdb-mapping.js';
import { type EsdbClient, EsdbSubscription } from './esdb-subscription.js';

/** Smallest number of $all records fetched per round trip while filling a readAll page. */
const MIN_READ_CHUNK = 64;

class EsdbEventStore implements EventStore {
  private readonly subscriptions = new Set<EsdbSubscription>();
  private closed = false;
  private closing: Promise<void> | undefined;

  constructor(private readonly client: EsdbClient) {}

  async append(streamId: string, events: readonly NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    this.assertOpen();
    assertStreamId(streamId);
    assertValidExpectedRevision(expectedRevision);
    const prepared = prepareEvents(events);
    if (prepared.length === 0) return this.appendNothing(streamId, expectedRevision);
    let result;
    try {
      result = await this.client.appendToStream(
        streamId,
        prepared.map((e) => jsonEvent({ id: e.id, type: e.type, data: e.data as never, metadata: e.metadata as never })),
        { expectedRevision: toEsdbExpectedRevision(expectedRevision) },
      );
    } catch (err) {
      throw mapAppendError(err, streamId, expectedRevision);
    }
    const nextExpectedRevision = Number(result.nextExpectedRevision);
    const position = result.position?.commit ?? (await this.lastOfStream(streamId))?.position ?? -1n;
    return { nextExpectedRevision, position };
  }

  private async appendNothing(streamId: string, expected: ExpectedRevision): Promise<AppendResult> {
    const last = await this.lastOfStream(streamId);
    const current = last ? last.revision : -1;
    if (!expectedRevisionMatches(expected, current)) {
      throw new WrongExpectedVersionError(streamId, expected, current === -1 ? 'no_stream' : current);
    }
    return { nextExpectedRevision: current, position: last ? last.position : 0n };
  }

  private async lastOfStream(streamId: string): Promise<RecordedEvent | undefined> {
    const events = await this.readStream(streamId, { direction: 'backwards', maxCount: 1 });
    return events[0];
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    this.assertOpen();
    assertStreamId(streamId);
    const { fromRevision, maxCount, backwards } = normaliseReadStream(options);
    if (maxCount === 0) return [];
    const esdbOptions: EsdbReadStreamOptions = {
      direction: backwards ? BACKWARDS : FORWARDS,
      fromRevision: fromRevision !== undefined ? BigInt(fromRevision) : backwards ? END : START,
    };
    if (maxCount !== undefined) esdbOptions.maxCount = maxCount;
    const out: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamId, esdbOptions)) {
        if (resolved.event) out.push(toRecordedEvent(resolved.event, resolved.commitPosition));
      }
    } catch (err) {
      if (isStreamNotFound(err)) return [];
      throw err;
    }
    return out;
  }

  /**
   * Fills a page of up to maxCount non-system events, reading $all in chunks. One event more
   * than asked is looked for, to tell whether the page is the end.
   */
  async readAll(options?: ReadAllOptions): Promise<ReadAllPage> {
    this.assertOpen();
    const { after, maxCount } = normaliseReadAll(options);
    const wanted = maxCount + 1;
    const found: RecordedEvent[] = [];
    let cursor = after;
    let exhausted = false;
    while (found.length < wanted && !exhausted) {
      const chunk = Math.max(wanted - found.length, MIN_READ_CHUNK) + (cursor === undefined ? 0 : 1);
      let seen = 0;
      let advanced = false;
      const read = this.client.readAll({
        fromPosition: cursor === undefined ? START : toEsdbPosition(cursor),
        maxCount: chunk,
      });
      for await (const resolved of read) {
        seen += 1;
        const record = resolved.event;
        if (!record) continue;
        const position = commitPositionOf(record, resolved.commitPosition);
        if (cursor !== undefined && position <= cursor) continue; // $all reads start inclusive
        cursor = position;
        advanced = true;
        if (!isSystemEvent(record) && found.length < wanted) found.push(toRecordedEvent(record, resolved.commitPosition));
      }
      if (seen < chunk || !advanced) exhausted = true;
    }
    const isEnd = found.length <= maxCount;
    const events = isEnd ? found : found.slice(0, maxCount);
    return { events, lastPosition: events.at(-1)?.position, isEnd };
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    this.assertOpen();
    if (this.closing) throw new StoreClosedError();
    const sub = new EsdbSubscription(this.client, options, (s) => this.subscriptions.delete(s));
    this.subscriptions.add(sub);
    return sub;
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.all([...this.subscriptions].map((s) => s.stop()));
      this.closed = true;
      await this.client.dispose();
    })();
    return this.closing;
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreClosedError();
  }
}

/**
 * Connects lazily (the first call opens the gRPC channel). Accepts `esdb://`, `esdb+discover://`
 * and their `kurrentdb://` / `kurrentdb+discover://` spellings.
 */
export function createEsdbEventStore(connectionString: string): EventStore {
  return new EsdbEventStore(EventStoreDBClient.connectionString(normaliseConnectionString(connectionString)));
}

/** For callers (and tests) that build the client themselves. The store disposes it on close(). */
export function createEsdbEventStoreFromClient(client: EsdbClient): EventStore {
  return new EsdbEventStore(client);
}
