import { planConversation } from './plan-conversation/plan-conversation.use-case.js';
import { recordConversationHeld } from './record-conversation-held/record-conversation-held.use-case.js';
import { recordIdea } from './record-idea/record-idea.use-case.js';
import { reviseIdeaText } from './revise-idea-text/revise-idea-text.use-case.js';
import { submitConversationReport } from './submit-conversation-report/submit-conversation-report.use-case.js';
import { withdrawIdea } from './withdraw-idea/withdraw-idea.use-case.js';

export const conversationsUseCases = {
  PlanConversation: planConversation,
  RecordConversationHeld: recordConversationHeld,
  RecordIdea: recordIdea,
  ReviseIdeaText: reviseIdeaText,
  WithdrawIdea: withdrawIdea,
  SubmitConversationReport: submitConversationReport,
};
