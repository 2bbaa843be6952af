import { testSealBallot } from '../../shared/testing/test-ballot-box.js';
import { hashVotingCode, votingCodeFrom } from '../ballot-box/voting-code.js';
import type { AgeBand, DomainEvent, EventData } from '@spoor/contracts';
import { PROCESS, processStarted } from '../../shared/testing/fixtures.js';
import type { Principal } from '../../shared/use-case.js';

export { PROCESS };

type Kind = 'participant' | 'wildcard';
type Status = 'invited' | 'confirmed' | 'attended' | 'absent';

export const facilitator: Principal = { actor: { id: 'actor-fac', role: 'facilitator' } };

export const summitScheduled = (over: Partial<EventData<'SummitScheduled'>> = {}): DomainEvent => ({
  type: 'SummitScheduled',
  data: { processId: PROCESS, date: '2018-01-14', venue: 'Stadsgehoorzaal Leiden', capacity: 1200, wildcardLimit: 100, ...over },
});

export const themeCreated = (themeId: string): DomainEvent => ({
  type: 'ThemeCreated',
  data: { processId: PROCESS, themeId, title: `Thema ${themeId}`, description: 'Wat dit thema omvat' },
});

export const onAgenda = (themeId: string): DomainEvent => ({ type: 'ThemePutOnAgenda', data: { processId: PROCESS, themeId, rule: 'meer dan 40 ideeën' } });

/** One attendance recording: `[attendeeId, kind, status]` per entry. */
export const attendance = (...entries: readonly (readonly [string, Kind, Status])[]): DomainEvent => ({
  type: 'SummitAttendanceRecorded',
  data: { processId: PROCESS, entries: entries.map(([attendeeId, kind, status]) => ({ attendeeId, kind, status })) },
});

export const residentRegistered = (participantId: string, districtCode = 'WK054603', ageBand: AgeBand = '27-39', gender: 'vrouw' | 'man' | 'x' = 'vrouw'): DomainEvent => ({
  type: 'ParticipantRegistered',
  data: { participantId, processId: PROCESS, districtCode, ageBand, gender, otherBands: {} },
});

export const wildcardRegistered = (wildcardId: string): DomainEvent => ({
  type: 'WildcardRegistered',
  data: { wildcardId, processId: PROCESS, category: 'politician' },
});

/** The streams of registered residents and wildcards, as `given` takes them. */
export const registrations = (residents: readonly string[], wildcards: readonly string[] = []): Record<string, DomainEvent[]> => ({
  'process-leiden': [processStarted],
  ...Object.fromEntries(residents.map((id) => [`participant-${id}`, [residentRegistered(id)]])),
  ...Object.fromEntries(wildcards.map((id) => [`wildcard-${id}`, [wildcardRegistered(id)]])),
});

export const votingOpened = (over: Partial<EventData<'VotingOpened'>> = {}): DomainEvent => ({
  type: 'VotingOpened',
  data: { processId: PROCESS, method: { kind: 'approval', maxChoices: 3, seats: 2 }, voters: 'residents', themeIds: ['t-1', 't-2', 't-3', 't-4'], eligibleVoters: 5, ...over },
});

/** The n-th test voting code, a valid code drawn from n. */
export const code = (n: number): string => votingCodeFrom(Uint8Array.from({ length: 10 }, (_, i) => (n * 37 + i * 11) & 0xff));

export const codesIssued = (...codes: string[]): DomainEvent => {
  const codeHashes = codes.map(hashVotingCode).sort();
  return { type: 'VotingCodesIssued', data: { processId: PROCESS, codeHashes, count: codeHashes.length } };
};

/** A ballot cast with a code; sealed in the specs' see-through box. */
export const ballotCast = (votingCode: string, choices: readonly string[]): DomainEvent => ({
  type: 'BallotCast',
  data: { processId: PROCESS, codeHash: hashVotingCode(votingCode), sealedBallot: testSealBallot(PROCESS, choices) },
});

export const votingClosed = (ballots: readonly (readonly string[])[]): DomainEvent => ({
  type: 'VotingClosed',
  data: { processId: PROCESS, ballotCount: ballots.length, ballots: ballots.map((b) => [...b]) },
});
