import { randomUUID } from 'node:crypto';
import { expect } from '@jest/globals';
import {
  type EventStore,
  type NewEvent,
  type RecordedEvent,
  WrongExpectedVersionError,
} from '../event-store.port.js';

export type StoreFactory = () => Promise<{ store: EventStore; cleanup(): Promise<void> }>;

/** What each group of conformance tests gets: the store of the running test. */
export interface ConformanceContext {
  readonly store: EventStore;
}

/** A stream name no other test (nor another run against a shared server) uses. */
export function uniqueStream(prefix = 'conformance'): string {
  return `${prefix}-${randomUUID().replace(/-/g, '')}`;
}

/** The value, or a test failure naming what was missing (instead of a non-null assertion). */
export function must<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`expected a ${what}, got ${String(value)}`);
  return value;
}

export function ev(type: string, data: unknown = { n: 0 }, metadata: unknown = { by: 'conformance' }): NewEvent {
  return { type, data, metadata };
}

export function evs(count: number, type = 'Counted', offset = 0): NewEvent[] {
  return Array.from({ length: count }, (_, i) => ev(type, { n: offset + i }));
}

/**
 * Appends one event to a fresh marker stream and returns its position: everything a test
 * appends afterwards lies after it, so `readAll({ after: marker })` covers the test's events
 * even on a shared server (filter by stream to drop other writers' events).
 */
export async function marker(store: EventStore): Promise<bigint> {
  const r = await store.append(uniqueStream('marker'), [ev('Marker')], 'no_stream');
  return r.position;
}

/** Pages through readAll after `after` until the end; returns every event (all streams). */
export async function readAllAfter(store: EventStore, after: bigint, pageSize = 100): Promise<RecordedEvent[]> {
  const out: RecordedEvent[] = [];
  let cursor: bigint | undefined = after;
  for (let guard = 0; guard < 100_000; guard++) {
    const page = await store.readAll({ after: cursor, maxCount: pageSize });
    out.push(...page.events);
    if (page.lastPosition !== undefined) cursor = page.lastPosition;
    if (page.isEnd) return out;
  }
  throw new Error('readAll never reached the end');
}

export function ownEvents(events: readonly RecordedEvent[], streams: Iterable<string>): RecordedEvent[] {
  const set = new Set(streams);
  return events.filter((e) => set.has(e.streamId));
}

export function expectStrictlyIncreasing(positions: readonly bigint[]): void {
  for (let i = 1; i < positions.length; i++) {
    if (!(must(positions[i]) > must(positions[i - 1]))) {
      throw new Error(`positions not strictly increasing at index ${i}: ${positions[i - 1]} then ${positions[i]}`);
    }
  }
}

/** Runs `fn`, expects the port's conflict error, and returns it. */
export async function expectConflict(fn: () => Promise<unknown>): Promise<WrongExpectedVersionError> {
  let caught: unknown;
  try {
    await fn();
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(WrongExpectedVersionError);
  const err = caught as WrongExpectedVersionError;
  expect(err.code).toBe('CONFLICT');
  return err;
}

export async function waitFor(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export function tick(): Promise<void> {
  return new Promise((r) => setImmediate(r));
}
