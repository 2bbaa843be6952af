import { type DomainEvent, parseEventEnvelope, type PublicEvent, toPublicEvent } from '@spoor/contracts';

/** Specs need no real commitments: the ledger computes SHA-256 ones. */
export const testCommit = (): string => `sha256:${'0'.repeat(64)}`;

export interface EnvelopeOptions {
  /** When it happened; by default one minute after the previous event, from 2017-09-01 10:00 (+02:00). */
  occurredAt?: string;
  demo?: boolean;
  streamId?: string;
}

const start = Date.parse('2017-09-01T08:00:00Z');

const isoWithOffset = (ms: number): string => {
  const local = new Date(ms + 2 * 3600_000).toISOString().slice(0, 19);
  return `${local}+02:00`;
};

/**
 * Builds envelopes in log order as the store hands them to a projection: positions and stream
 * revisions count up, and every envelope is validated by the contracts (defaults applied), so a
 * spec cannot fold an event the ledger would never store.
 */
export const eventLog = () => {
  let position = 0;
  const revisions = new Map<string, number>();
  return (event: DomainEvent, options: EnvelopeOptions = {}): PublicEvent => {
    const streamId = options.streamId ?? `test-${event.type}`;
    const revision = revisions.get(streamId) ?? 0;
    revisions.set(streamId, revision + 1);
    const occurredAt = options.occurredAt ?? isoWithOffset(start + position * 60_000);
    position += 1;
    const envelope = parseEventEnvelope({
      id: `00000000-0000-4000-8000-${position.toString(16).padStart(12, '0')}`,
      type: event.type,
      streamId,
      revision,
      position: String(position),
      data: event.data,
      metadata: {
        commandId: `cmd-${position}`,
        correlationId: `cmd-${position}`,
        causationId: `cmd-${position}`,
        actor: { id: 'actor-organiser', role: 'organiser' },
        occurredAt,
        recordedAt: occurredAt,
        schemaVersion: 1,
        ...(options.demo === undefined ? {} : { demo: options.demo }),
      },
    });
    // Projections see public views only, as in the ledger.
    return toPublicEvent(envelope, testCommit);
  };
};

/** A ProcessStarted for `processId` with the given districts (code only; names made up). */
export const processStarted = (processId: string, districtCodes: readonly string[] = [], demo = false): DomainEvent => ({
  type: 'ProcessStarted',
  data: {
    processId,
    title: `Agenda voor ${processId}`,
    city: 'Leiden',
    municipalityCode: 'GM0546',
    description: 'Honderd huiskamergesprekken',
    plannedPhases: [
      { phase: 'werving', startsOn: '2017-09-01', endsOn: '2017-10-01' },
      { phase: 'gesprekken', startsOn: '2017-10-01' },
      { phase: 'burgertop' },
    ],
    districts: districtCodes.map((code) => ({ code, name: `Wijk ${code}` })),
    demo,
  },
});
