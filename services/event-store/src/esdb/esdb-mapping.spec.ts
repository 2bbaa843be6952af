/** Revision and error mapping of the ESDB adapter: pure functions, no server. */
import {
  ANY,
  MaxAppendSizeExceededError,
  NO_STREAM,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError as EsdbWrongExpectedVersionError,
} from '@eventstore/db-client';
import { WrongExpectedVersionError } from '../event-store.port.js';
import {
  ESDB_NO_POSITION,
  fromEsdbCurrentRevision,
  isStreamNotFound,
  isSystemEvent,
  mapAppendError,
  normaliseConnectionString,
  toEsdbExpectedRevision,
  toRecordedEvent,
} from './esdb-mapping.js';

describe('toEsdbExpectedRevision', () => {
  it('maps the three named kinds to the client constants', () => {
    expect(toEsdbExpectedRevision('any')).toBe(ANY);
    expect(toEsdbExpectedRevision('no_stream')).toBe(NO_STREAM);
    expect(toEsdbExpectedRevision('stream_exists')).toBe(STREAM_EXISTS);
  });

  it('maps an exact revision n to BigInt(n); 0 stays 0n ("one event"), never NO_STREAM', () => {
    expect(toEsdbExpectedRevision(0)).toBe(0n);
    expect(toEsdbExpectedRevision(0)).not.toBe(NO_STREAM);
    expect(toEsdbExpectedRevision(41)).toBe(41n);
    expect(toEsdbExpectedRevision(Number.MAX_SAFE_INTEGER)).toBe(BigInt(Number.MAX_SAFE_INTEGER));
  });

  it('rejects negative and fractional revisions (-1 is not a way to say "no stream")', () => {
    expect(() => toEsdbExpectedRevision(-1)).toThrow(TypeError);
    expect(() => toEsdbExpectedRevision(1.5)).toThrow(TypeError);
  });
});

describe('fromEsdbCurrentRevision', () => {
  it('keeps 0n as revision 0 and maps missing streams to "no_stream"', () => {
    expect(fromEsdbCurrentRevision(0n)).toBe(0);
    expect(fromEsdbCurrentRevision(7n)).toBe(7);
    expect(fromEsdbCurrentRevision(NO_STREAM)).toBe('no_stream');
    expect(fromEsdbCurrentRevision(-1n)).toBe('no_stream');
    expect(fromEsdbCurrentRevision(undefined)).toBe('no_stream');
  });
});

describe('mapAppendError', () => {
  it('turns the client conflict into the port conflict, with the port expected revision', () => {
    const esdb = new EsdbWrongExpectedVersionError(undefined, { streamName: 's-1', expected: NO_STREAM, current: 0n });
    const mapped = mapAppendError(esdb, 's-1', 'no_stream');
    expect(mapped).toBeInstanceOf(WrongExpectedVersionError);
    expect(mapped).toMatchObject({ code: 'CONFLICT', streamId: 's-1', expected: 'no_stream', actual: 0 });
  });

  it('reports "no_stream" when the stream does not exist', () => {
    const esdb = new EsdbWrongExpectedVersionError(undefined, { streamName: 's', expected: STREAM_EXISTS, current: NO_STREAM });
    expect(mapAppendError(esdb, 's', 'stream_exists')).toMatchObject({ expected: 'stream_exists', actual: 'no_stream' });
  });

  it('handles the gRPC-metadata form, where a missing actual-version means no stream', () => {
    const grpc = { metadata: { getMap: () => ({ 'stream-name': 's', 'expected-version': '3' }) } };
    const esdb = new EsdbWrongExpectedVersionError(grpc as never);
    expect(mapAppendError(esdb, 's', 3)).toMatchObject({ expected: 3, actual: 'no_stream' });
    const grpc2 = { metadata: { getMap: () => ({ 'stream-name': 's', 'expected-version': '3', 'actual-version': '5' }) } };
    expect(mapAppendError(new EsdbWrongExpectedVersionError(grpc2 as never), 's', 3)).toMatchObject({ actual: 5 });
  });

  it('explains a too-large append and passes other errors through unchanged', () => {
    const tooBig = mapAppendError(new MaxAppendSizeExceededError(undefined, 1_048_576), 's', 'any') as Error;
    expect(tooBig.message).toMatch(/maximum append size \(1048576 bytes\).*MAX_APPEND_SIZE/);
    expect(tooBig.cause).toBeInstanceOf(MaxAppendSizeExceededError);
    const other = new Error('unavailable');
    expect(mapAppendError(other, 's', 'any')).toBe(other);
  });
});

describe('reads', () => {
  it('recognises StreamNotFoundError (read of a missing stream -> [])', () => {
    expect(isStreamNotFound(new StreamNotFoundError(undefined, 'nope'))).toBe(true);
    expect(isStreamNotFound(new Error('x'))).toBe(false);
    expect(isStreamNotFound(undefined)).toBe(false);
  });

  it('treats $-types and $-streams as system records', () => {
    expect(isSystemEvent({ type: '$>', streamId: '$et-Registered' })).toBe(true);
    expect(isSystemEvent({ type: '$metadata', streamId: '$$participant-1' })).toBe(true);
    expect(isSystemEvent({ type: 'Registered', streamId: '$ce-participant' })).toBe(true);
    expect(isSystemEvent({ type: 'Registered', streamId: 'participant-1' })).toBe(false);
    expect(isSystemEvent({ type: 'Cost$', streamId: 'a$b' })).toBe(false);
  });

  it('converts a client record: revision as number, metadata undefined -> null, unknown position -> -1n', () => {
    const created = new Date('2026-01-02T03:04:05.678Z');
    const base = { id: 'e', streamId: 's', type: 'T', revision: 0n, created, data: { a: 1 }, isJson: true };
    expect(toRecordedEvent({ ...base, position: { commit: 99n, prepare: 99n } })).toEqual({
      id: 'e', streamId: 's', type: 'T', revision: 0, position: 99n, data: { a: 1 }, metadata: null,
      createdAt: '2026-01-02T03:04:05.678Z',
    });
    expect(toRecordedEvent(base, 12n).position).toBe(12n);
    expect(toRecordedEvent({ ...base, position: { commit: ESDB_NO_POSITION, prepare: ESDB_NO_POSITION } }).position).toBe(-1n);
    expect(toRecordedEvent(base).position).toBe(-1n);
  });
});

describe('normaliseConnectionString', () => {
  it('spells kurrentdb:// as esdb:// for client 6 and leaves esdb:// alone', () => {
    expect(normaliseConnectionString('kurrentdb://admin:changeit@localhost:2113?tls=false')).toBe(
      'esdb://admin:changeit@localhost:2113?tls=false',
    );
    expect(normaliseConnectionString('kurrentdb+discover://cluster.local:2113')).toBe('esdb+discover://cluster.local:2113');
    expect(normaliseConnectionString('esdb://localhost:2113')).toBe('esdb://localhost:2113');
    expect(normaliseConnectionString('esdb+discover://a:2113')).toBe('esdb+discover://a:2113');
  });
});
