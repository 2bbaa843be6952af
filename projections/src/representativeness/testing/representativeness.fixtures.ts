import type { AgeBand, DomainEvent, Gender, PopulationFigure } from '@spoor/contracts';

export const A = 'WK054600';
export const B = 'WK054601';
export const C = 'WK054602';

export const registered = (participantId: string, districtCode: string, ageBand: AgeBand = '27-39', gender: Gender = 'vrouw', processId = 'leiden'): DomainEvent => ({
  type: 'ParticipantRegistered',
  data: { participantId, processId, districtCode, ageBand, gender, otherBands: {} },
});

export const held = (conversationId: string, participantIds: string[]): DomainEvent => ({
  type: 'ConversationHeld',
  data: { conversationId, heldOn: '2017-10-12', participantIds },
});

export const attendance = (entries: [string, 'participant' | 'wildcard', 'invited' | 'confirmed' | 'attended' | 'absent'][], processId = 'leiden'): DomainEvent => ({
  type: 'SummitAttendanceRecorded',
  data: { processId, entries: entries.map(([attendeeId, kind, status]) => ({ attendeeId, kind, status })) },
});

export const joined = (workingGroupId: string, id: string, kind: 'participant' | 'wildcard' = 'participant'): DomainEvent => ({
  type: 'WorkingGroupJoined',
  data: { workingGroupId, member: { id, kind }, role: 'member' },
});

export const left = (workingGroupId: string, id: string, kind: 'participant' | 'wildcard' = 'participant'): DomainEvent => ({
  type: 'WorkingGroupLeft',
  data: { workingGroupId, member: { id, kind } },
});

const figure = (dimension: string, band: string, inhabitants: number, districtCode?: string, invented = false): PopulationFigure => ({
  ...(districtCode === undefined ? {} : { districtCode }),
  dimension,
  band,
  inhabitants,
  invented,
});

/**
 * City total 1000 and A's 400 real; B's 300 and C's 300 invented. Age city-wide, real. Gender
 * only per district, invented, summed to vrouw 450 and man 450 (x not given).
 */
export const referenceRecorded = (processId = 'leiden'): DomainEvent => ({
  type: 'ReferencePopulationRecorded',
  data: {
    processId,
    source: 'Gemeente Leiden (BRP), aangevuld met verzonnen cijfers',
    referenceDate: '2017-01-01',
    figures: [
      figure('total', 'all', 1000),
      figure('total', 'all', 400, A),
      figure('total', 'all', 300, B, true),
      figure('total', 'all', 300, C, true),
      figure('age', '0-17', 500),
      figure('age', '27-39', 300),
      figure('age', '40-54', 200),
      figure('gender', 'vrouw', 200, A, true),
      figure('gender', 'man', 200, A, true),
      figure('gender', 'vrouw', 150, B, true),
      figure('gender', 'man', 150, B, true),
      figure('gender', 'vrouw', 100, C, true),
      figure('gender', 'man', 100, C, true),
    ],
  },
});

/** `count` participants `prefix-1..count` in one district with the given bands. */
export const many = (prefix: string, count: number, districtCode: string, ageBand: AgeBand = '27-39', gender: Gender = 'vrouw'): DomainEvent[] =>
  Array.from({ length: count }, (_, i) => registered(`${prefix}-${i + 1}`, districtCode, ageBand, gender));
