import { ErrorCode } from '@spoor/contracts';
import {
  ambassadorPrincipal,
  ambassadorRegistered,
  conversationHeld,
  conversationPlanned,
  DISTRICT,
  ideaRecorded,
  participantRegistered,
  processStarted,
} from '../shared/testing/fixtures.js';
import { receiptCodeFor } from '../shared/ids.js';
import { specify } from '../shared/testing/use-case-specification.js';
import { planConversation } from './plan-conversation/plan-conversation.use-case.js';
import { recordConversationHeld } from './record-conversation-held/record-conversation-held.use-case.js';
import { recordIdea } from './record-idea/record-idea.use-case.js';
import { reviseIdeaText } from './revise-idea-text/revise-idea-text.use-case.js';
import { submitConversationReport } from './submit-conversation-report/submit-conversation-report.use-case.js';
import { withdrawIdea } from './withdraw-idea/withdraw-idea.use-case.js';

const base = { 'process-leiden': [processStarted], 'ambassador-amb-1': [ambassadorRegistered('amb-1')], 'ambassador-amb-2': [ambassadorRegistered('amb-2')] };
const planned = { ...base, 'conversation-hk-1': [conversationPlanned()] };
const held = { ...base, 'conversation-hk-1': [conversationPlanned(), conversationHeld()] };
const reported = { ...base, 'conversation-hk-1': [conversationPlanned(), conversationHeld(), { type: 'ConversationReportSubmitted' as const, data: { conversationId: 'hk-1', submittedOn: '2017-10-13', ideaCount: 1 } }] };
const idea = { ideaId: 'idea-1', conversationId: 'hk-1', text: 'Meer bankjes in het Van der Werfpark', kind: 'wish' as const };

describe('PlanConversation', () => {
  const plan = { conversationId: 'hk-1', ambassadorId: 'amb-1', districtCode: DISTRICT, plannedOn: '2017-10-12' };
  it('plans a conversation hosted by a registered ambassador', () => specify(planConversation).given(base).when(plan).then([conversationPlanned()]));
  it('needs a registered ambassador', () =>
    specify(planConversation).given(base).when({ ...plan, ambassadorId: 'amb-9' }).thenThrows(ErrorCode.PreconditionFailed, /amb-9 is not registered/));
  it('lets an ambassador plan only their own conversations', () =>
    specify(planConversation).given(base).when(plan, ambassadorPrincipal('amb-2')).thenThrows(ErrorCode.Forbidden));
});

describe('RecordConversationHeld', () => {
  const participants = { 'participant-p-1': [participantRegistered('p-1')], 'participant-p-2': [participantRegistered('p-2')] };
  const command = { conversationId: 'hk-1', heldOn: '2017-10-12', participantIds: ['p-1', 'p-2'] };
  it('records who took part', () => specify(recordConversationHeld).given({ ...planned, ...participants }).when(command).then([conversationHeld()]));
  it('needs registered participants, naming the one missing', () =>
    specify(recordConversationHeld).given(planned).when(command).thenThrows(ErrorCode.PreconditionFailed, /participantIds\.0: participant p-1/));
  it('refuses to record it twice', () => specify(recordConversationHeld).given({ ...held, ...participants }).when(command).thenThrows(ErrorCode.InvalidState));
  it("refuses another host's ambassador", () =>
    specify(recordConversationHeld).given({ ...planned, ...participants }).when(command, ambassadorPrincipal('amb-2')).thenThrows(ErrorCode.Forbidden));
});

describe('RecordIdea', () => {
  it('records an idea with a receipt code derived from its id', () =>
    specify(recordIdea).given(held).when(idea, ambassadorPrincipal('amb-1')).then([{ type: 'IdeaRecorded', data: { ...idea, receiptCode: receiptCodeFor('idea-1') } }]));
  it('needs a held conversation', () => specify(recordIdea).given(planned).when(idea).thenThrows(ErrorCode.PreconditionFailed, /needs a held conversation/));
  it('refuses ideas after the report closed the intake', () => specify(recordIdea).given(reported).when(idea).thenThrows(ErrorCode.InvalidState, /closed its intake/));
  it('refuses an unknown conversation', () => specify(recordIdea).given(base).when(idea).thenThrows(ErrorCode.NotFound));
  it("refuses an ambassador recording in another host's conversation", () =>
    specify(recordIdea).given(held).when(idea, ambassadorPrincipal('amb-2')).thenThrows(ErrorCode.Forbidden, /conversations they host/));
});

describe('ReviseIdeaText and WithdrawIdea', () => {
  const withIdea = { ...held, 'idea-idea-1': [ideaRecorded()] };
  const revise = { ideaId: 'idea-1', text: 'Meer bankjes in het Van der Werfpark, ook in de schaduw', reason: 'Aangevuld na het gesprek' };
  it('revises the text, keeping the history in the log', () =>
    specify(reviseIdeaText).given(withIdea).when(revise).then([{ type: 'IdeaTextRevised', data: revise }]));
  it('refuses a revision that changes nothing', () =>
    specify(reviseIdeaText).given(withIdea).when({ ...revise, text: idea.text }).thenThrows(ErrorCode.BadUserInput, /text/));
  it("refuses another host's ambassador", () => specify(reviseIdeaText).given(withIdea).when(revise, ambassadorPrincipal('amb-2')).thenThrows(ErrorCode.Forbidden));
  it('withdraws on the participant\'s request', () =>
    specify(withdrawIdea)
      .given(withIdea)
      .when({ ideaId: 'idea-1', reason: 'participant-request' })
      .then([{ type: 'IdeaWithdrawn', data: { ideaId: 'idea-1', reason: 'participant-request' } }]));
  it('refuses to revise a withdrawn idea', () =>
    specify(reviseIdeaText)
      .given({ ...withIdea, 'idea-idea-1': [ideaRecorded(), { type: 'IdeaWithdrawn', data: { ideaId: 'idea-1', reason: 'participant-request' } }] })
      .when(revise)
      .thenThrows(ErrorCode.InvalidState, /withdrawn/));
});

describe('SubmitConversationReport', () => {
  const submit = { conversationId: 'hk-1', submittedOn: '2017-10-13' };
  it('closes the intake with the number of ideas', () =>
    specify(submitConversationReport).given(held, { 'hk-1': 14 }).when(submit).then([{ type: 'ConversationReportSubmitted', data: { ...submit, ideaCount: 14 } }]));
  it('needs a held conversation', () => specify(submitConversationReport).given(planned).when(submit).thenThrows(ErrorCode.PreconditionFailed));
  it('refuses a second report', () => specify(submitConversationReport).given(reported).when(submit).thenThrows(ErrorCode.InvalidState));
  it('refuses a report dated before the conversation', () =>
    specify(submitConversationReport).given(held).when({ ...submit, submittedOn: '2017-10-01' }).thenThrows(ErrorCode.BadUserInput, /submittedOn/));
});
