import {
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  BACKWARDS,
  END,
  type EventStoreDBClient,
  START,
} from '@eventstore/db-client';
import type { SubscribeOptions, Subscription } from '../event-store.port.js';
import { assertSubscribeOptions, toError } from '../event-validation.js';
import { commitPositionOf, isSystemEvent, toEsdbPosition, toRecordedEvent } from './esdb-mapping.js';

/** The part of the client the adapter uses (a fake can stand in for it in tests). */
export type EsdbClient = Pick<EventStoreDBClient, 'appendToStream' | 'readStream' | 'readAll' | 'subscribeToAll' | 'dispose'>;

/** Commit position of the last record in $all (system records included), undefined if $all is empty. */
export async function readEndPosition(client: EsdbClient): Promise<bigint | undefined> {
  let end: bigint | undefined;
  for await (const r of client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 })) {
    if (r.event) end = commitPositionOf(r.event, r.commitPosition);
  }
  return end;
}

/**
 * Catch-up subscription to $all through the client's own subscribeToAll (catch-up, then live,
 * in one server stream, so ordering and the catch-up/live switch are the server's).
 *
 * Ordering: records are pulled one at a time with `for await` and `onEvent` is awaited before
 * the next one is pulled, so delivery is strictly in position order.
 *
 * Caught up is detected two ways, whichever comes first:
 * - the client's `caughtUp` event (client 6 emits it; servers >= 23.10 send it). It is emitted
 *   while earlier records may still sit in the stream's read buffer, so onCaughtUp waits until
 *   the records already received at that moment (`readableLength`) have been handled;
 * - otherwise, the end position of $all read just before subscribing: caught up once a record at
 *   or beyond it has been handled (system records count, as they are seen unfiltered), or at
 *   once when `after` is already there.
 * System records are filtered here rather than by a server-side filter for that reason.
 */
export class EsdbSubscription implements Subscription {
  private stopped = false;
  private sub: AllStreamSubscription | undefined;
  readonly done: Promise<void>;

  constructor(
    private readonly client: EsdbClient,
    private readonly options: SubscribeOptions,
    private readonly onFinished: (s: EsdbSubscription) => void,
  ) {
    assertSubscribeOptions(options);
    this.done = new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.run());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.release();
    return this.done;
  }

  private async release(): Promise<void> {
    const sub = this.sub;
    if (!sub) return;
    try {
      await sub.unsubscribe();
    } catch {
      // already gone
    }
    sub.destroy();
  }

  private async run(): Promise<void> {
    const { after, onEvent, onCaughtUp } = this.options;
    let last = after;
    let caughtUp = false;
    const fireCaughtUp = (): void => {
      if (caughtUp || this.stopped) return;
      caughtUp = true;
      onCaughtUp?.(last);
    };
    try {
      const end = await readEndPosition(this.client);
      if (this.stopped) return;
      let reachedEnd = end === undefined || (after !== undefined && after >= end);
      const sub = this.client.subscribeToAll({ fromPosition: after === undefined ? START : toEsdbPosition(after) });
      this.sub = sub;
      let taken = 0;
      let handled = 0;
      let target: number | undefined;
      sub.on('caughtUp', () => {
        if (target !== undefined) return;
        target = taken + sub.readableLength;
        if (handled >= target) fireCaughtUp();
      });
      if (reachedEnd) fireCaughtUp();
      for await (const resolved of sub as AsyncIterable<AllStreamResolvedEvent>) {
        taken += 1;
        if (this.stopped) break;
        const record = resolved.event;
        if (record) {
          const position = commitPositionOf(record, resolved.commitPosition);
          if (!isSystemEvent(record)) {
            await onEvent(toRecordedEvent(record, resolved.commitPosition));
            last = position;
          }
          if (end !== undefined && position >= end) reachedEnd = true;
        }
        handled += 1;
        if (this.stopped) break;
        if (reachedEnd || (target !== undefined && handled >= target)) fireCaughtUp();
      }
      if (!this.stopped) throw new Error('the EventStoreDB subscription ended unexpectedly');
    } catch (err) {
      if (!this.stopped) {
        this.stopped = true;
        if (this.options.onError) this.options.onError(toError(err));
        else console.error('event store subscription stopped by an error', err);
      }
    } finally {
      await this.release();
      this.onFinished(this);
    }
  }
}
