import type { CommandType } from '@spoor/contracts';
import { planConversation } from './conversations/plan-conversation/plan-conversation.use-case.js';
import { recordConversationHeld } from './conversations/record-conversation-held/record-conversation-held.use-case.js';
import { recordIdea } from './conversations/record-idea/record-idea.use-case.js';
import { reviseIdeaText } from './conversations/revise-idea-text/revise-idea-text.use-case.js';
import { submitConversationReport } from './conversations/submit-conversation-report/submit-conversation-report.use-case.js';
import { withdrawIdea } from './conversations/withdraw-idea/withdraw-idea.use-case.js';
import { recordReferencePopulation } from './process/record-reference-population/record-reference-population.use-case.js';
import { startPhase } from './process/start-phase/start-phase.use-case.js';
import { startProcess } from './process/start-process/start-process.use-case.js';
import { recordAmbassadorTraining } from './recruitment/record-ambassador-training/record-ambassador-training.use-case.js';
import { recordConsent } from './recruitment/record-consent/record-consent.use-case.js';
import { registerAmbassador } from './recruitment/register-ambassador/register-ambassador.use-case.js';
import { registerParticipant } from './recruitment/register-participant/register-participant.use-case.js';
import { registerWildcard } from './recruitment/register-wildcard/register-wildcard.use-case.js';
import { withdrawConsent } from './recruitment/withdraw-consent/withdraw-consent.use-case.js';
import type { AnyUseCase } from './shared/use-case.js';

/** Every command the ledger handles, by name; the compiler checks none is missing. */
export const useCases: { readonly [T in CommandType]: AnyUseCase & { command: T } } = {
  StartProcess: startProcess,
  StartPhase: startPhase,
  RecordReferencePopulation: recordReferencePopulation,
  RegisterAmbassador: registerAmbassador,
  RecordAmbassadorTraining: recordAmbassadorTraining,
  RegisterParticipant: registerParticipant,
  RecordConsent: recordConsent,
  WithdrawConsent: withdrawConsent,
  RegisterWildcard: registerWildcard,
  PlanConversation: planConversation,
  RecordConversationHeld: recordConversationHeld,
  RecordIdea: recordIdea,
  ReviseIdeaText: reviseIdeaText,
  WithdrawIdea: withdrawIdea,
  SubmitConversationReport: submitConversationReport,
};
