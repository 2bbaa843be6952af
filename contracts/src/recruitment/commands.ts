import { z } from 'zod';
import { defineCommand } from '../define.js';
import { IdSchema, OtherBandsSchema, PublicTextSchema } from '../primitives.js';
import {
  AmbassadorRegistered,
  AmbassadorTrained,
  ConsentRecorded,
  ConsentWithdrawn,
  ConversationHeld,
  ConversationPlanned,
  ConversationReportSubmitted,
  IdeaRecorded,
  IdeaTextRevised,
  IdeaWithdrawn,
  ParticipantDataErased,
  ParticipantRegistered,
  WildcardRegistered,
} from './events.js';

// A command carries the fields of the event it produces, unless it says otherwise below: ids of
// new aggregates may be left out (they are derived from the commandId), and what the ledger
// works out itself (receipt codes, counts, the process of an ambassador) is not sent.

export const RegisterAmbassador = defineCommand(
  'RegisterAmbassador',
  AmbassadorRegistered.schema.extend({
    /** Pseudonymous id; derived from the commandId when left out. */
    ambassadorId: IdSchema.optional(),
  }),
);

export const RecordAmbassadorTraining = defineCommand('RecordAmbassadorTraining', AmbassadorTrained.schema);

/**
 * Personal data as typed at registration. The only place plaintext personal data appears: the
 * ledger seals it in the vault before deciding, and events carry only the sealed form.
 */
export const PersonalDataInputSchema = z.strictObject({
  /** Full name. */
  name: PublicTextSchema(200).optional(),
  /** E-mail address. */
  email: z.email('must be an e-mail address').max(254, 'must be at most 254 characters').optional(),
  /** Phone number as written. */
  phone: PublicTextSchema(40).optional(),
  /** Year of birth; only the age band is recorded in the clear. */
  birthYear: z.number().int().min(1900, 'must be 1900 or later').max(2020, 'must be 2020 or earlier').optional(),
  /** Postal address. */
  address: PublicTextSchema(300).optional(),
  /** Notes about the person, e.g. how they prefer to be contacted. */
  notes: PublicTextSchema(2000).optional(),
});

export const RegisterParticipant = defineCommand(
  'RegisterParticipant',
  ParticipantRegistered.schema.omit({ sealedPersonalData: true }).extend({
    /** Pseudonymous id; derived from the commandId when left out. Never a name or e-mail. */
    participantId: IdSchema.optional(),
    /** Further bands the process chooses, per dimension; none when left out. */
    otherBands: OtherBandsSchema.default({}),
    /** Personal data to keep in the vault; sealed by the ledger, never recorded in the clear. */
    personal: PersonalDataInputSchema.optional(),
  }),
);

export const EraseParticipantData = defineCommand('EraseParticipantData', ParticipantDataErased.schema);

export const RecordConsent = defineCommand('RecordConsent', ConsentRecorded.schema);

export const WithdrawConsent = defineCommand('WithdrawConsent', ConsentWithdrawn.schema);

export const RegisterWildcard = defineCommand(
  'RegisterWildcard',
  WildcardRegistered.schema.extend({
    /** Pseudonymous id; derived from the commandId when left out. */
    wildcardId: IdSchema.optional(),
  }),
);

export const PlanConversation = defineCommand(
  'PlanConversation',
  ConversationPlanned.schema.omit({ processId: true }).extend({
    /** Id of the conversation; derived from the commandId when left out. Its process is the ambassador's. */
    conversationId: IdSchema.optional(),
  }),
);

export const RecordConversationHeld = defineCommand('RecordConversationHeld', ConversationHeld.schema);

export const RecordIdea = defineCommand(
  'RecordIdea',
  IdeaRecorded.schema.omit({ receiptCode: true }).extend({
    /** Id of the idea; derived from the commandId when left out. The ledger derives its receipt code. */
    ideaId: IdSchema.optional(),
  }),
);

export const ReviseIdeaText = defineCommand('ReviseIdeaText', IdeaTextRevised.schema);

export const WithdrawIdea = defineCommand('WithdrawIdea', IdeaWithdrawn.schema);

export const SubmitConversationReport = defineCommand(
  'SubmitConversationReport',
  ConversationReportSubmitted.schema.omit({ ideaCount: true }),
);

export const recruitmentCommands = {
  RegisterAmbassador,
  RecordAmbassadorTraining,
  RegisterParticipant,
  EraseParticipantData,
  RecordConsent,
  WithdrawConsent,
  RegisterWildcard,
  PlanConversation,
  RecordConversationHeld,
  RecordIdea,
  ReviseIdeaText,
  WithdrawIdea,
  SubmitConversationReport,
} as const;
