import type { DomainEvent } from '@spoor/contracts';
import type { Principal } from '../use-case.js';

export const PROCESS = 'leiden';
export const DISTRICT = 'WK054603';

export const processStarted: DomainEvent = {
  type: 'ProcessStarted',
  data: {
    processId: PROCESS,
    title: 'Agenda voor Leiden',
    city: 'Leiden',
    municipalityCode: 'GM0546',
    description: 'Honderd huiskamergesprekken',
    plannedPhases: [{ phase: 'werving' }, { phase: 'gesprekken' }, { phase: 'bundeling' }],
    districts: [
      { code: 'WK054603', name: 'Leiden-Noord' },
      { code: 'WK054608', name: 'Merenwijkdistrict' },
    ],
    demo: false,
  },
};

export const ambassadorRegistered = (ambassadorId = 'amb-1'): DomainEvent => ({
  type: 'AmbassadorRegistered',
  data: { ambassadorId, processId: PROCESS, districtCode: DISTRICT },
});

export const participantRegistered = (participantId: string): DomainEvent => ({
  type: 'ParticipantRegistered',
  data: { participantId, processId: PROCESS, districtCode: DISTRICT, ageBand: '27-39', gender: 'vrouw', otherBands: {} },
});

export const conversationPlanned = (conversationId = 'hk-1', ambassadorId = 'amb-1'): DomainEvent => ({
  type: 'ConversationPlanned',
  data: { conversationId, processId: PROCESS, ambassadorId, districtCode: DISTRICT, plannedOn: '2017-10-12' },
});

export const conversationHeld = (conversationId = 'hk-1'): DomainEvent => ({
  type: 'ConversationHeld',
  data: { conversationId, heldOn: '2017-10-12', participantIds: ['p-1', 'p-2'] },
});

export const ideaRecorded = (ideaId = 'idea-1', conversationId = 'hk-1'): DomainEvent => ({
  type: 'IdeaRecorded',
  data: { ideaId, conversationId, text: 'Meer bankjes in het Van der Werfpark', kind: 'wish', receiptCode: 'K7M4-QX2P' },
});

export const ambassadorPrincipal = (ambassadorId = 'amb-1'): Principal => ({ actor: { id: `actor-${ambassadorId}`, role: 'ambassador' }, ambassadorId });
