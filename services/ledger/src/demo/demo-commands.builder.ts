import { addDays, addMinutes, type LocalTime, localDate, localTime, startOfDay, weekday } from './amsterdam-time.util.js';
import type { PlannedConversation } from './conversations.generator.js';
import { CALENDAR, PLANNED_PHASES, PROCESS_DESCRIPTION, PROCESS_TITLE } from './demo-calendar.data.js';
import { ambassador, DEMO_PROCESS_ID, idNumber as number, type TimedCommand, timed } from './demo-command.model.js';
import type { ConversationIntake, PlannedIdea } from './ideas.generator.js';
import { LEIDEN_DISTRICTS, LEIDEN_MUNICIPALITY_CODE } from './leiden-districts.data.js';
import type { PlannedParticipant } from './participants.generator.js';
import type { PlannedAmbassador, PlannedWildcard } from './recruitment.generator.js';
import type { buildReferencePopulation } from './reference-population.builder.js';

const CONSENT_VERSION = '2017-09';
const processId = DEMO_PROCESS_ID;

export const processCommands = (reference: ReturnType<typeof buildReferencePopulation>): TimedCommand[] => [
  timed(
    'StartProcess',
    'demo-start-process',
    {
      processId,
      title: PROCESS_TITLE,
      city: 'Leiden',
      municipalityCode: LEIDEN_MUNICIPALITY_CODE,
      description: PROCESS_DESCRIPTION,
      plannedPhases: PLANNED_PHASES,
      districts: LEIDEN_DISTRICTS.map((d) => ({ code: d.code, name: d.name })),
      demo: true,
    },
    CALENDAR.processStartedAt,
  ),
  timed('RecordReferencePopulation', 'demo-record-reference-population', reference, CALENDAR.referenceRecordedAt),
  timed('StartPhase', 'demo-start-phase-werving', { processId, phase: 'werving', startedOn: CALENDAR.werving.startedOn }, CALENDAR.werving.at),
];

export const ambassadorCommands = (ambassadors: readonly PlannedAmbassador[]): TimedCommand[] =>
  ambassadors.flatMap((a) => [
    timed('RegisterAmbassador', `demo-register-ambassador-${number(a.ambassadorId)}`, { ambassadorId: a.ambassadorId, processId, districtCode: a.districtCode }, a.registeredAt),
    ...(a.training
      ? [
          timed(
            'RecordAmbassadorTraining',
            `demo-record-ambassador-training-${number(a.ambassadorId)}`,
            { ambassadorId: a.ambassadorId, trainedOn: a.training.on, training: a.training.training },
            addMinutes(a.training.at, 150),
          ),
        ]
      : []),
  ]);

export const participantCommands = (participants: readonly PlannedParticipant[]): TimedCommand[] => {
  // The first participant who withdraws follow-up contact also has their personal data erased, so the demo covers erasure.
  const erasing = participants.find((p) => p.followUpWithdrawnAt)?.participantId;
  return participants.flatMap((p) => {
    const n = number(p.participantId);
    const { participantId } = p;
    return [
      timed(
        'RegisterParticipant',
        `demo-register-participant-${n}`,
        { participantId, processId, districtCode: p.districtCode, ageBand: p.ageBand, gender: p.gender, otherBands: {} },
        p.registeredAt,
      ),
      timed('RecordConsent', `demo-record-consent-${n}-participation`, { participantId, purpose: 'participation', consentVersion: CONSENT_VERSION }, addMinutes(p.registeredAt, 1)),
      ...(p.followUpContact
        ? [timed('RecordConsent', `demo-record-consent-${n}-follow-up-contact`, { participantId, purpose: 'follow-up-contact', consentVersion: CONSENT_VERSION }, addMinutes(p.registeredAt, 2))]
        : []),
      ...(p.followUpWithdrawnAt
        ? [timed('WithdrawConsent', `demo-withdraw-consent-${n}-follow-up-contact`, { participantId, purpose: 'follow-up-contact' }, p.followUpWithdrawnAt)]
        : []),
      ...(p.followUpWithdrawnAt && participantId === erasing
        ? [
            timed(
              'EraseParticipantData',
              `demo-erase-participant-data-${n}`,
              { participantId, reason: 'participant-request', erasedOn: localDate(addMinutes(p.followUpWithdrawnAt, 1)) },
              addMinutes(p.followUpWithdrawnAt, 1),
            ),
          ]
        : []),
    ];
  });
};

export const wildcardCommands = (wildcards: readonly PlannedWildcard[]): TimedCommand[] =>
  wildcards.map((w) =>
    timed('RegisterWildcard', `demo-register-wildcard-${number(w.wildcardId)}`, { wildcardId: w.wildcardId, processId, category: w.category }, w.registeredAt),
  );

export const conversationCommands = (
  conversations: readonly PlannedConversation[],
  participants: readonly PlannedParticipant[],
  intakes: readonly ConversationIntake[],
): TimedCommand[] => [
  timed('StartPhase', 'demo-start-phase-gesprekken', { processId, phase: 'gesprekken', startedOn: CALENDAR.gesprekken.startedOn }, CALENDAR.gesprekken.at),
  ...conversations.flatMap((c) => {
    const { conversationId } = c;
    const n = number(conversationId);
    const reportAt = intakes.find((i) => i.conversationId === conversationId)?.reportAt ?? addDays(c.heldAt, 1);
    const host = ambassador(c.ambassadorId);
    return [
      timed('PlanConversation', `demo-plan-conversation-${n}`, { conversationId, ambassadorId: c.ambassadorId, districtCode: c.districtCode, plannedOn: localDate(c.heldAt) }, c.plannedAt, host),
      timed(
        'RecordConversationHeld',
        `demo-record-conversation-held-${n}`,
        { conversationId, heldOn: localDate(c.heldAt), participantIds: participants.filter((p) => p.conversationId === conversationId).map((p) => p.participantId) },
        c.heldAt,
        host,
      ),
      timed('SubmitConversationReport', `demo-submit-conversation-report-${n}`, { conversationId, submittedOn: localDate(reportAt) }, reportAt, host),
    ];
  }),
];

/** Ideas and their typo fixes are recorded by the conversation's host; withdrawals only by organisers. */
export const ideaCommands = (ideas: readonly PlannedIdea[], conversations: readonly PlannedConversation[]): TimedCommand[] => {
  const hostOf = new Map(conversations.map((c) => [c.conversationId, ambassador(c.ambassadorId)]));
  return ideas.flatMap((idea) => {
    const { ideaId } = idea;
    const n = number(ideaId);
    const host = hostOf.get(idea.conversationId);
    if (!host) throw new Error(`idea ${ideaId} belongs to an unknown conversation ${idea.conversationId}`);
    return [
      timed('RecordIdea', `demo-record-idea-${n}`, { ideaId, conversationId: idea.conversationId, text: idea.recordedText, kind: idea.kind }, idea.recordedAt, host),
      ...(idea.revision ? [timed('ReviseIdeaText', `demo-revise-idea-text-${n}`, { ideaId, text: idea.revision.text, reason: idea.revision.reason }, idea.revision.at, host)] : []),
      ...(idea.withdrawnAt ? [timed('WithdrawIdea', `demo-withdraw-idea-${n}`, { ideaId, reason: 'participant-request' }, idea.withdrawnAt)] : []),
    ];
  });
};

/** Bundling starts on the first Monday after everything else happened. */
export const bundlingCommand = (after: readonly TimedCommand[]): TimedCommand => {
  const last = Math.max(...after.map((c) => c.at));
  let day = addDays(startOfDay(last), 1);
  while (weekday(day) !== 1) day = addDays(day, 1);
  return timed('StartPhase', 'demo-start-phase-bundeling', { processId, phase: 'bundeling', startedOn: localDate(day) }, localTime(localDate(day), '09:00') as LocalTime);
};
