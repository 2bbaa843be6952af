import { definePublicView } from '../public-view.js';
import { AmbassadorRegistered, AmbassadorTrained, ParticipantRegistered, ParticipantDataErased, ConsentRecorded, ConsentWithdrawn, WildcardRegistered, ConversationPlanned, ConversationHeld, IdeaRecorded, IdeaTextRevised, IdeaWithdrawn, ConversationReportSubmitted } from './events.js';

/** What each recruitment event shows in public (see public-view.ts); every field is named. */
export const recruitmentPublicViews = {
  AmbassadorRegistered: definePublicView(AmbassadorRegistered, { ambassadorId: 'public', processId: 'public', districtCode: 'public' }),
  AmbassadorTrained: definePublicView(AmbassadorTrained, { ambassadorId: 'public', trainedOn: 'public', training: 'public' }),
  ParticipantRegistered: definePublicView(ParticipantRegistered, { participantId: 'public', processId: 'public', districtCode: 'public', ageBand: 'public', gender: 'public', otherBands: 'public', sealedPersonalData: 'commitment' }),
  ParticipantDataErased: definePublicView(ParticipantDataErased, { participantId: 'public', reason: 'public', erasedOn: 'public' }),
  ConsentRecorded: definePublicView(ConsentRecorded, { participantId: 'public', purpose: 'public', consentVersion: 'public' }),
  ConsentWithdrawn: definePublicView(ConsentWithdrawn, { participantId: 'public', purpose: 'public' }),
  WildcardRegistered: definePublicView(WildcardRegistered, { wildcardId: 'public', processId: 'public', category: 'public' }),
  ConversationPlanned: definePublicView(ConversationPlanned, { conversationId: 'public', processId: 'public', ambassadorId: 'public', districtCode: 'public', plannedOn: 'public' }),
  ConversationHeld: definePublicView(ConversationHeld, { conversationId: 'public', heldOn: 'public', participantIds: 'public' }),
  IdeaRecorded: definePublicView(IdeaRecorded, { ideaId: 'public', conversationId: 'public', text: 'public', kind: 'public', receiptCode: 'public' }),
  IdeaTextRevised: definePublicView(IdeaTextRevised, { ideaId: 'public', text: 'public', reason: 'public' }),
  IdeaWithdrawn: definePublicView(IdeaWithdrawn, { ideaId: 'public', reason: 'public' }),
  ConversationReportSubmitted: definePublicView(ConversationReportSubmitted, { conversationId: 'public', submittedOn: 'public', ideaCount: 'public' }),
} as const;
