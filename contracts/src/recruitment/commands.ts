import { z } from 'zod';
import { defineCommand } from '../define.js';
import {
  AgeBandSchema,
  DistrictCodeSchema,
  GenderSchema,
  IdSchema,
  IdeaKindSchema,
  IsoDateSchema,
  OtherBandsSchema,
  PublicTextSchema,
} from '../primitives.js';
import { ConsentPurposeSchema, IdeaWithdrawalReasonSchema, WildcardCategorySchema } from './events.js';

export const RegisterAmbassador = defineCommand(
  'RegisterAmbassador',
  z.object({
    /** Pseudonymous id; derived from the commandId when left out. */
    ambassadorId: IdSchema.optional(),
    /** The process. */
    processId: IdSchema,
    /** The district the ambassador gathers a group in. */
    districtCode: DistrictCodeSchema,
  }),
);

export const RecordAmbassadorTraining = defineCommand(
  'RecordAmbassadorTraining',
  z.object({
    /** The ambassador. */
    ambassadorId: IdSchema,
    /** The day of the training. */
    trainedOn: IsoDateSchema,
    /** Which training. */
    training: PublicTextSchema(200),
  }),
);

export const RegisterParticipant = defineCommand(
  'RegisterParticipant',
  z.object({
    /** Pseudonymous id; derived from the commandId when left out. Never a name or e-mail. */
    participantId: IdSchema.optional(),
    /** The process. */
    processId: IdSchema,
    /** The district the participant lives in. */
    districtCode: DistrictCodeSchema,
    /** Age band. */
    ageBand: AgeBandSchema,
    /** Gender band. */
    gender: GenderSchema,
    /** Further bands the process chooses, per dimension. */
    otherBands: OtherBandsSchema.default({}),
  }),
);

export const RecordConsent = defineCommand(
  'RecordConsent',
  z.object({
    /** The participant. */
    participantId: IdSchema,
    /** What they consent to. */
    purpose: ConsentPurposeSchema,
    /** Version of the consent text they agreed to. */
    consentVersion: PublicTextSchema(40),
  }),
);

export const WithdrawConsent = defineCommand(
  'WithdrawConsent',
  z.object({
    /** The participant. */
    participantId: IdSchema,
    /** The consent withdrawn. */
    purpose: ConsentPurposeSchema,
  }),
);

export const RegisterWildcard = defineCommand(
  'RegisterWildcard',
  z.object({
    /** Pseudonymous id; derived from the commandId when left out. */
    wildcardId: IdSchema.optional(),
    /** The process. */
    processId: IdSchema,
    /** Politician, official, entrepreneur or free thinker. */
    category: WildcardCategorySchema,
  }),
);

export const PlanConversation = defineCommand(
  'PlanConversation',
  z.object({
    /** Id of the conversation; derived from the commandId when left out. */
    conversationId: IdSchema.optional(),
    /** The hosting ambassador. */
    ambassadorId: IdSchema,
    /** The district it takes place in. */
    districtCode: DistrictCodeSchema,
    /** The planned day. */
    plannedOn: IsoDateSchema,
  }),
);

export const RecordConversationHeld = defineCommand(
  'RecordConversationHeld',
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

export const RecordIdea = defineCommand(
  'RecordIdea',
  z.object({
    /** Id of the idea; derived from the commandId when left out. */
    ideaId: IdSchema.optional(),
    /** The conversation it was voiced in; it must have been held. */
    conversationId: IdSchema,
    /** The idea in the participants' words. */
    text: PublicTextSchema(2000),
    /** Wish or need. */
    kind: IdeaKindSchema,
  }),
);

export const ReviseIdeaText = defineCommand(
  'ReviseIdeaText',
  z.object({
    /** The idea. */
    ideaId: IdSchema,
    /** The new text. */
    text: PublicTextSchema(2000),
    /** Why it was revised. */
    reason: PublicTextSchema(500),
  }),
);

export const WithdrawIdea = defineCommand(
  'WithdrawIdea',
  z.object({
    /** The idea. */
    ideaId: IdSchema,
    /** Why it is withdrawn. */
    reason: IdeaWithdrawalReasonSchema,
  }),
);

export const SubmitConversationReport = defineCommand(
  'SubmitConversationReport',
  z.object({
    /** The conversation whose intake this closes. */
    conversationId: IdSchema,
    /** The day the report was submitted. */
    submittedOn: IsoDateSchema,
  }),
);

export const recruitmentCommands = {
  RegisterAmbassador,
  RecordAmbassadorTraining,
  RegisterParticipant,
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
