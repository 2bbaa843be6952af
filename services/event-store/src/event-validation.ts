import { randomUUID } from 'node:crypto';
import type { NewEvent, ReadAllOptions, ReadStreamOptions, SubscribeOptions } from './event-store.port.js';

/** Default page size of readAll (port: 1000). */
export const DEFAULT_READ_ALL_PAGE = 1000;

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A NewEvent with its id filled in and `undefined` payloads turned into `null`. */
export interface PreparedEvent {
  id: string;
  type: string;
  data: unknown;
  metadata: unknown;
}

export function assertStreamId(streamId: unknown): asserts streamId is string {
  if (typeof streamId !== 'string' || streamId.length === 0) {
    throw new TypeError('streamId must be a non-empty string');
  }
}

/**
 * Validates a batch before anything is written, so that a bad event in the middle of a batch
 * fails the whole append up front (the batch is all or nothing either way).
 */
export function prepareEvents(events: readonly NewEvent[]): PreparedEvent[] {
  if (!Array.isArray(events)) throw new TypeError('events must be an array');
  return events.map((e, i) => {
    if (e === null || typeof e !== 'object') throw new TypeError(`events[${i}] must be an object`);
    if (typeof e.type !== 'string' || e.type.length === 0) {
      throw new TypeError(`events[${i}].type must be a non-empty string`);
    }
    if (e.id !== undefined && (typeof e.id !== 'string' || !UUID_RE.test(e.id))) {
      throw new TypeError(`events[${i}].id must be a UUID string`);
    }
    return {
      id: e.id ?? randomUUID(),
      type: e.type,
      data: e.data === undefined ? null : e.data,
      metadata: e.metadata === undefined ? null : e.metadata,
    };
  });
}

/** JSON text of a payload; throws a TypeError naming the field when it is not serialisable. */
export function toJsonText(value: unknown, what: string): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError(`${what} is not JSON-serialisable`);
  return text;
}

function assertCount(value: number | undefined, what: string): void {
  if (value !== undefined && (!Number.isSafeInteger(value) || value < 0)) {
    throw new TypeError(`${what} must be an integer >= 0`);
  }
}

export interface NormalisedReadStream {
  fromRevision: number | undefined;
  maxCount: number | undefined;
  backwards: boolean;
}

export function normaliseReadStream(options: ReadStreamOptions | undefined): NormalisedReadStream {
  assertCount(options?.fromRevision, 'fromRevision');
  assertCount(options?.maxCount, 'maxCount');
  const direction = options?.direction ?? 'forwards';
  if (direction !== 'forwards' && direction !== 'backwards') {
    throw new TypeError(`direction must be 'forwards' or 'backwards'`);
  }
  return { fromRevision: options?.fromRevision, maxCount: options?.maxCount, backwards: direction === 'backwards' };
}

function assertAfter(after: unknown): asserts after is bigint | undefined {
  if (after !== undefined && (typeof after !== 'bigint' || after < 0n)) {
    throw new TypeError('after must be a bigint >= 0n');
  }
}

export function normaliseReadAll(options: ReadAllOptions | undefined): { after: bigint | undefined; maxCount: number } {
  assertCount(options?.maxCount, 'maxCount');
  assertAfter(options?.after);
  return { after: options?.after, maxCount: options?.maxCount ?? DEFAULT_READ_ALL_PAGE };
}

/** Checks what every adapter's subscribeToAll is handed. */
export function assertSubscribeOptions(options: SubscribeOptions | undefined): void {
  if (typeof options?.onEvent !== 'function') throw new TypeError('onEvent must be a function');
  assertAfter(options.after);
}

export function toError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}
