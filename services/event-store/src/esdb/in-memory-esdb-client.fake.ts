/**
 * An in-memory stand-in for the parts of @eventstore/db-client 6 that the adapter uses, so the
 * ESDB adapter can run the conformance suite without a server. It mimics the server and client
 * behaviour the adapter depends on:
 * - revisions from 0n; expected revision ANY / NO_STREAM / STREAM_EXISTS / bigint, conflicts
 *   thrown as the client's own WrongExpectedVersionError (actualVersion bigint or "no_stream");
 * - commit positions that are large and not contiguous, plus system records ($-types and
 *   $-streams) sprinkled into $all, which the adapter must skip;
 * - readStream errors with the client's StreamNotFoundError for a missing stream;
 * - readAll is inclusive of its start position; subscribeToAll is exclusive and is a Transform
 *   that emits "caughtUp" from _transform, like the client's Subscription class;
 * - falsy metadata is dropped on append (read back as undefined), as the client does.
 * Test support (like ../conformance): compiled with the package but not exported from its index.
 */
import { randomUUID } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import {
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type AppendResult,
  type EventData,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import type { EsdbClient } from './esdb-subscription.js';

interface StoredRecord {
  streamId: string;
  id: string;
  type: string;
  revision: bigint;
  created: Date;
  data: string;
  metadata: string | undefined;
  commit: bigint;
}

type Message = { kind: 'event'; record: StoredRecord } | { kind: 'caughtUp' };

const pos = (commit: bigint): { commit: bigint; prepare: bigint } => ({ commit, prepare: commit });

function toResolved(r: StoredRecord): AllStreamResolvedEvent {
  return {
    commitPosition: r.commit,
    event: {
      streamId: r.streamId,
      id: r.id,
      type: r.type,
      revision: r.revision,
      created: r.created,
      isJson: true,
      data: JSON.parse(r.data),
      metadata: r.metadata === undefined ? undefined : JSON.parse(r.metadata),
      position: pos(r.commit),
    },
  } as AllStreamResolvedEvent;
}

/** Records are pushed eagerly; the Readable never needs to ask for more. */
function noop(): void {
  return undefined;
}

function later(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export class InMemoryEsdbClient {
  private readonly log: StoredRecord[] = [];
  private readonly streams = new Map<string, StoredRecord[]>();
  private readonly live = new Set<(r: StoredRecord) => void>();
  private nextCommit = 4_096n;
  private appends = 0;
  disposed = false;

  constructor() {
    this.write('$stats-127.0.0.1:2113', [{ type: '$statsCollected', data: {} }]);
    this.write('$$$scavenges', [{ type: '$metadata', data: { $maxAge: 1 } }]);
  }

  asClient(): EsdbClient {
    return this as unknown as EsdbClient;
  }

  async appendToStream(streamName: string, events: EventData | EventData[], options?: { expectedRevision?: unknown }): Promise<AppendResult> {
    await later();
    const list = Array.isArray(events) ? events : [events];
    const current = this.streams.get(streamName)?.at(-1)?.revision ?? -1n;
    const expected = (options?.expectedRevision ?? 'any') as 'any' | 'no_stream' | 'stream_exists' | bigint;
    const ok =
      expected === 'any' ||
      (expected === 'no_stream' && current === -1n) ||
      (expected === 'stream_exists' && current >= 0n) ||
      (typeof expected === 'bigint' && expected === current);
    if (!ok) {
      throw new WrongExpectedVersionError(undefined, {
        streamName,
        expected,
        current: current === -1n ? 'no_stream' : current,
      });
    }
    const written = this.write(
      streamName,
      list.map((e) => ({ id: e.id, type: e.type, data: e.data, metadata: e.metadata || undefined })),
    );
    if (++this.appends % 3 === 0) this.write('$et-Noise', [{ type: '$>', data: {} }]);
    if (this.appends % 4 === 0) this.write('$ce-noise', [{ type: 'NotOurs', data: {} }]);
    const last = written[written.length - 1];
    if (!last) throw new Error('appendToStream needs at least one event');
    return { success: true, nextExpectedRevision: last.revision, position: pos(last.commit) };
  }

  private write(streamId: string, events: { id?: string; type: string; data: unknown; metadata?: unknown }[]): StoredRecord[] {
    const stream = this.streams.get(streamId) ?? [];
    const written = events.map((e, i): StoredRecord => {
      const data = JSON.stringify(e.data);
      const record: StoredRecord = {
        streamId,
        id: e.id ?? randomUUID(),
        type: e.type,
        revision: BigInt(stream.length + i),
        created: new Date(),
        data,
        metadata: e.metadata === undefined ? undefined : JSON.stringify(e.metadata),
        commit: this.nextCommit,
      };
      this.nextCommit += BigInt(128 + data.length + (i % 7) * 16);
      return record;
    });
    stream.push(...written);
    this.streams.set(streamId, stream);
    this.log.push(...written);
    for (const r of written) for (const notify of this.live) notify(r);
    return written;
  }

  readStream(
    streamName: string,
    options: { direction?: string; fromRevision?: unknown; maxCount?: number | bigint } = {},
  ): Readable {
    const stream = this.streams.get(streamName);
    const out = new Readable({ objectMode: true, read: noop });
    void later().then(() => {
      if (!stream) {
        out.destroy(new StreamNotFoundError(undefined, streamName));
        return;
      }
      const backwards = options.direction === 'backwards';
      const from = options.fromRevision;
      let records = stream.filter((r) =>
        typeof from !== 'bigint' ? true : backwards ? r.revision <= from : r.revision >= from,
      );
      if (backwards) records = records.reverse();
      this.emit(out, records, options.maxCount);
    });
    return out;
  }

  readAll(options: { direction?: string; fromPosition?: unknown; maxCount?: number | bigint } = {}): Readable {
    const out = new Readable({ objectMode: true, read: noop });
    void later().then(() => {
      const backwards = options.direction === 'backwards';
      const from = options.fromPosition;
      const at = typeof from === 'object' && from !== null ? (from as { commit: bigint }).commit : undefined;
      let records = this.log.filter((r) => (at === undefined ? true : backwards ? r.commit <= at : r.commit >= at));
      if (backwards) records = records.reverse();
      this.emit(out, records, options.maxCount);
    });
    return out;
  }

  private emit(out: Readable, records: StoredRecord[], maxCount: number | bigint | undefined): void {
    const limit = maxCount === undefined ? records.length : Number(maxCount);
    for (const r of records.slice(0, limit)) out.push(toResolved(r));
    out.push(null);
  }

  subscribeToAll(options: { fromPosition?: unknown } = {}): AllStreamSubscription {
    const from = options.fromPosition;
    const after = typeof from === 'object' && from !== null ? (from as { commit: bigint }).commit : -1n;
    const live = this.live;
    const sub = new Transform({
      objectMode: true,
      transform(message: Message, _enc, next) {
        if (message.kind === 'caughtUp') {
          this.emit('caughtUp');
          return next();
        }
        next(null, toResolved(message.record));
      },
    }) as unknown as AllStreamSubscription & Transform;
    const feed = (record: StoredRecord): void => void sub.write({ kind: 'event', record } satisfies Message);
    void later().then(() => {
      if (sub.destroyed) return;
      for (const r of this.log) if (r.commit > after) feed(r);
      sub.write({ kind: 'caughtUp' } satisfies Message);
      live.add(feed);
    });
    sub.unsubscribe = async () => {
      live.delete(feed);
      await later();
      sub.end();
    };
    sub.once('close', () => live.delete(feed));
    return sub;
  }

  async dispose(): Promise<void> {
    this.disposed = true;
  }
}
