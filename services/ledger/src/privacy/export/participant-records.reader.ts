import {
  ConsentPurposeSchema,
  ConsentRecorded,
  ConsentWithdrawn,
  ParticipantDataErased,
  ParticipantRegistered,
  type SealedPersonalData,
} from '@spoor/contracts';
import { type EventStore, readAllPages } from '@spoor/event-store';
import type { z } from 'zod';

export type ConsentPurpose = z.infer<typeof ConsentPurposeSchema>;
export const consentPurposes: readonly ConsentPurpose[] = ConsentPurposeSchema.options;

/** A participant as the log knows them: bands, sealed personal data, consents, and whether it was erased. */
export interface ParticipantRecord {
  readonly participantId: string;
  readonly processId: string;
  readonly districtCode: string;
  readonly ageBand: string;
  readonly gender: string;
  readonly otherBands: Readonly<Record<string, string>>;
  readonly sealed: SealedPersonalData | null;
  /** Per purpose: the consent text version while given, null when never given or withdrawn. */
  readonly consents: Readonly<Record<ConsentPurpose, string | null>>;
  /** The day of the erasure, when ParticipantDataErased was recorded. */
  readonly erasedOn: string | null;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Every registered participant, in registration order, folded from the raw log (the only place
 * the sealed data is: public views and read models never hold it). Consents follow the latest
 * ConsentRecorded or ConsentWithdrawn per purpose, as the participant aggregate does.
 */
export const readParticipantRecords = async (store: EventStore, processId?: string): Promise<ParticipantRecord[]> => {
  const records = new Map<string, Mutable<ParticipantRecord> & { consents: Record<ConsentPurpose, string | null> }>();
  for await (const page of readAllPages(store)) {
    for (const event of page) {
      switch (event.type) {
        case ParticipantRegistered.type: {
          const d = ParticipantRegistered.schema.parse(event.data);
          records.set(d.participantId, {
            participantId: d.participantId,
            processId: d.processId,
            districtCode: d.districtCode,
            ageBand: d.ageBand,
            gender: d.gender,
            otherBands: { ...d.otherBands },
            sealed: d.sealedPersonalData ?? null,
            consents: { participation: null, 'follow-up-contact': null, research: null },
            erasedOn: null,
          });
          break;
        }
        case ConsentRecorded.type: {
          const d = ConsentRecorded.schema.parse(event.data);
          const record = records.get(d.participantId);
          if (record) record.consents[d.purpose] = d.consentVersion;
          break;
        }
        case ConsentWithdrawn.type: {
          const d = ConsentWithdrawn.schema.parse(event.data);
          const record = records.get(d.participantId);
          if (record) record.consents[d.purpose] = null;
          break;
        }
        case ParticipantDataErased.type: {
          const d = ParticipantDataErased.schema.parse(event.data);
          const record = records.get(d.participantId);
          if (record) record.erasedOn = d.erasedOn;
          break;
        }
        default:
          break;
      }
    }
  }
  return [...records.values()].filter((r) => processId === undefined || r.processId === processId);
};
