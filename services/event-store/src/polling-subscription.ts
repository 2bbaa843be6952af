import type { ReadAllPage, SubscribeOptions, Subscription } from './event-store.port.js';
import { assertSubscribeOptions, toError } from './event-validation.js';

export interface PollingSource {
  /** One page of the global log after `after` (exclusive). May be synchronous. */
  readPage(after: bigint | undefined, maxCount: number): ReadAllPage | Promise<ReadAllPage>;
  pollIntervalMs: number;
  pageSize: number;
}

/**
 * A catch-up-then-live subscription over `readAll` pages.
 *
 * It only ever reads "after the last position it delivered", so there is no separate live
 * buffer to merge with the catch-up read: the switch from catch-up to live cannot lose or
 * duplicate an event. It sleeps when it reaches the end and wakes up on `notify()` (called by
 * the store after a same-process append) or after `pollIntervalMs` (appends from another
 * process on the same file), whichever comes first.
 *
 * Do not `await sub.stop()` inside `onEvent`: stop() waits for the handler in flight, which is
 * the one awaiting it. Call `void sub.stop()` there instead.
 */
export class PollingSubscription implements Subscription {
  private stopped = false;
  private dirty = false;
  private wake: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;
  readonly done: Promise<void>;

  constructor(
    private readonly source: PollingSource,
    private readonly options: SubscribeOptions,
    private readonly onFinished: (sub: PollingSubscription) => void,
  ) {
    assertSubscribeOptions(options);
    // Start on the next macrotask so that the caller gets the handle before the first delivery.
    this.done = new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.run());
  }

  /** New events may exist: wake up now instead of at the next poll. */
  notify(): void {
    this.dirty = true;
    this.wakeUp();
  }

  stop(): Promise<void> {
    this.stopped = true;
    this.wakeUp();
    return this.done;
  }

  private wakeUp(): void {
    const wake = this.wake;
    this.wake = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    wake?.();
  }

  private async run(): Promise<void> {
    let after = this.options.after;
    let caughtUp = false;
    try {
      while (!this.stopped) {
        this.dirty = false;
        const page = await this.source.readPage(after, this.source.pageSize);
        for (const event of page.events) {
          if (this.stopped) return;
          await this.options.onEvent(event);
          after = event.position;
        }
        if (!page.isEnd || this.stopped) continue;
        if (!caughtUp) {
          caughtUp = true;
          this.options.onCaughtUp?.(after);
        }
        if (!this.dirty) await this.sleep();
      }
    } catch (err) {
      if (!this.stopped) {
        this.stopped = true;
        if (this.options.onError) this.options.onError(toError(err));
        else console.error('event store subscription stopped by an error', err);
      }
    } finally {
      this.onFinished(this);
    }
  }

  private sleep(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.wake = resolve;
      this.timer = setTimeout(() => this.wakeUp(), this.source.pollIntervalMs);
    });
  }
}
