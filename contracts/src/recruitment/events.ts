import { z } from 'zod';
import { defineEvent } from '../define.js';
import {
  AgeBandSchema,
  DistrictCodeSchema,
  GenderSchema,
  IdSchema,
  IdeaKindSchema,
  IsoDateSchema,
  OtherBandsSchema,
  PublicTextSchema,
  ReceiptCodeSchema,
} from '../primitives.js';

/** What a participant consents to. */
export const ConsentPurposeSchema = z.enum(['participation', 'follow-up-contact', 'research']);

/** The kind of wildcard invited to the summit. */
export const WildcardCategorySchema = z.enum(['politician', 'official', 'entrepreneur', 'freethinker']);

/** Why an idea left the public record. */
export const IdeaWithdrawalReasonSchema = z.enum(['participant-request', 'duplicate', 'recorded-in-error']);

export const AmbassadorRegistered = defineEvent(
  'AmbassadorRegistered',
  1,
  z.object({
    /** Pseudonymous id of the ambassador. */
    ambassadorId: IdSchema,
    /** The process. */
    processId: IdSchema,
    /** The district the ambassador gathers a group in. */
    districtCode: DistrictCodeSchema,
  }),
);

export const AmbassadorTrained = defineEvent(
  'AmbassadorTrained',
  1,
  z.object({
    /** The ambassador. */
    ambassadorId: IdSchema,
    /** The day of the training. */
    trainedOn: IsoDateSchema,
    /** Which training, e.g. "Gespreksleiding, avond 2". */
    training: PublicTextSchema(200),
  }),
);

/** The personal fields the vault may seal for a participant. */
export const PersonalFieldSchema = z.enum(['name', 'email', 'phone', 'birthYear', 'address', 'notes']);

/** Why a participant's personal data was erased. */
export const ErasureReasonSchema = z.enum(['participant-request', 'retention-expired', 'legal-obligation']);

const base64Of = (bytes: number) =>
  z.string().length(Math.ceil(bytes / 3) * 4, `must be the base64 of ${bytes} bytes`).regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64');

/**
 * Personal data as an event may carry it: AES-256-GCM ciphertext under the person's key in the
 * vault, plus salted commitments per field. Strict, so no plaintext field can ride along.
 */
export const SealedPersonalDataSchema = z.strictObject({
  /** Version of the sealing scheme. */
  v: z.literal(1),
  /** The person whose vault key sealed it; also the associated data of the ciphertext. */
  personId: IdSchema,
  /** base64 of the 12-byte IV, fresh for every seal. */
  iv: base64Of(12),
  /** base64 of the ciphertext of the JSON of the fields. */
  ciphertext: z.string().min(4).max(16000, 'must be at most 16000 characters').regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64'),
  /** base64 of the 16-byte authentication tag. */
  tag: base64Of(16),
  /** Per sealed field: hex HMAC-SHA256 under the person's salt; meaningless once the key is erased. */
  commitments: z.partialRecord(PersonalFieldSchema, z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits')),
});
export type SealedPersonalData = z.infer<typeof SealedPersonalDataSchema>;

export const ParticipantRegistered = defineEvent(
  'ParticipantRegistered',
  1,
  z.object({
    /** Pseudonymous id; names and contact details live in the vault, never here. */
    participantId: IdSchema,
    /** The process. */
    processId: IdSchema,
    /** The district the participant lives in. */
    districtCode: DistrictCodeSchema,
    /** Age band (never an exact age or birth year). */
    ageBand: AgeBandSchema,
    /** Gender band. */
    gender: GenderSchema,
    /** Further bands the process chooses, per dimension. */
    otherBands: OtherBandsSchema,
    /** Name, contact details and the like, sealed by the ledger's vault; absent when none were given. */
    sealedPersonalData: SealedPersonalDataSchema.optional(),
  }),
);

export const ParticipantDataErased = defineEvent(
  'ParticipantDataErased',
  1,
  z.object({
    /** The participant whose vault key was destroyed; the pseudonymous record and its bands stay. */
    participantId: IdSchema,
    /** Why the data was erased. */
    reason: ErasureReasonSchema,
    /** The day of the erasure. */
    erasedOn: IsoDateSchema,
  }),
);

export const ConsentRecorded = defineEvent(
  'ConsentRecorded',
  1,
  z.object({
    /** The participant. */
    participantId: IdSchema,
    /** What they consent to. */
    purpose: ConsentPurposeSchema,
    /** Version of the consent text they agreed to, e.g. "2017-09". */
    consentVersion: PublicTextSchema(40),
  }),
);

export const ConsentWithdrawn = defineEvent(
  'ConsentWithdrawn',
  1,
  z.object({
    /** The participant. */
    participantId: IdSchema,
    /** The consent withdrawn. */
    purpose: ConsentPurposeSchema,
  }),
);

export const WildcardRegistered = defineEvent(
  'WildcardRegistered',
  1,
  z.object({
    /** Pseudonymous id of the wildcard. */
    wildcardId: IdSchema,
    /** The process. */
    processId: IdSchema,
    /** Politician, official, entrepreneur or free thinker. */
    category: WildcardCategorySchema,
  }),
);

export const ConversationPlanned = defineEvent(
  'ConversationPlanned',
  1,
  z.object({
    /** Id of the living-room conversation. */
    conversationId: IdSchema,
    /** The process. */
    processId: IdSchema,
    /** The hosting ambassador. */
    ambassadorId: IdSchema,
    /** The district it takes place in. */
    districtCode: DistrictCodeSchema,
    /** The planned day. */
    plannedOn: IsoDateSchema,
  }),
);

export const ConversationHeld = defineEvent(
  'ConversationHeld',
  1,
  z.object({
    /** The conversation. */
    conversationId: IdSchema,
    /** The day it was held. */
    heldOn: IsoDateSchema,
    /** Pseudonymous ids of the registered participants who took part. */
    participantIds: z
      .array(IdSchema)
      .min(1, 'name at least one participant')
      .max(30, 'a living-room conversation has at most 30 participants')
      .refine((ids) => new Set(ids).size === ids.length, 'must not name a participant twice'),
  }),
);

export const IdeaRecorded = defineEvent(
  'IdeaRecorded',
  1,
  z.object({
    /** Id of the idea. */
    ideaId: IdSchema,
    /** The conversation it was voiced in. */
    conversationId: IdSchema,
    /** The idea in the participants' words. */
    text: PublicTextSchema(2000),
    /** Wish or need. */
    kind: IdeaKindSchema,
    /** The receipt code handed to the participants. */
    receiptCode: ReceiptCodeSchema,
  }),
);

export const IdeaTextRevised = defineEvent(
  'IdeaTextRevised',
  1,
  z.object({
    /** The idea. */
    ideaId: IdSchema,
    /** The new text; earlier texts stay in the history. */
    text: PublicTextSchema(2000),
    /** Why it was revised, e.g. "typfout hersteld". */
    reason: PublicTextSchema(500),
  }),
);

export const IdeaWithdrawn = defineEvent(
  'IdeaWithdrawn',
  1,
  z.object({
    /** The idea; its place in the trail stays, marked withdrawn, its text leaves the public record. */
    ideaId: IdSchema,
    /** Why it was withdrawn. */
    reason: IdeaWithdrawalReasonSchema,
  }),
);

export const ConversationReportSubmitted = defineEvent(
  'ConversationReportSubmitted',
  1,
  z.object({
    /** The conversation whose intake this closes. */
    conversationId: IdSchema,
    /** The day the report was submitted. */
    submittedOn: IsoDateSchema,
    /** Number of ideas recorded for the conversation at submission. */
    ideaCount: z.number().int().nonnegative(),
  }),
);

export const recruitmentEvents = {
  AmbassadorRegistered,
  AmbassadorTrained,
  ParticipantRegistered,
  ParticipantDataErased,
  ConsentRecorded,
  ConsentWithdrawn,
  WildcardRegistered,
  ConversationPlanned,
  ConversationHeld,
  IdeaRecorded,
  IdeaTextRevised,
  IdeaWithdrawn,
  ConversationReportSubmitted,
} as const;
