import { ErrorCode, SpoorError } from '@spoor/contracts';
import type { ContextReader } from '../shared/use-case.js';
import { type Summit, summitAggregate } from './summit.js';
import { type Voting, votingAggregate } from './voting.js';

export type ScheduledSummit = Extract<Summit, { status: 'scheduled' }>;
export type OpenedVoting = Exclude<Voting, { status: 'none' }>;

/** Organisers run the summit; table facilitators also note discussions and enter paper ballots. */
export const organisers = ['organiser'] as const;
export const organisersAndFacilitators = ['organiser', 'facilitator'] as const;

/** Who counts as present for a status: the latest recording of each attendee decides. */
export const PRESENT = ['invited', 'confirmed', 'attended'] as const;
export const SEATED = ['confirmed', 'attended'] as const;

export const loadSummit = async (reader: ContextReader, processId: string): Promise<{ summit: Summit }> => ({
  summit: (await reader.load(summitAggregate, processId)).state,
});

export const loadVoting = async (reader: ContextReader, processId: string): Promise<{ voting: Voting }> => ({
  voting: (await reader.load(votingAggregate, processId)).state,
});

export const mustBeScheduled = (summit: Summit, processId: string): ScheduledSummit => {
  if (summit.status === 'none') {
    throw new SpoorError(ErrorCode.PreconditionFailed, `processId: the summit of process ${processId} has not been scheduled`, 'processId');
  }
  return summit;
};

/** The agenda, the tables and the method are frozen once voting opens: the ballot was built from them. */
export const mustNotHaveOpenedVoting = (voting: Voting, processId: string, what: string): void => {
  if (voting.status !== 'none') {
    throw new SpoorError(ErrorCode.InvalidState, `processId: voting has opened for process ${processId}; ${what}`, 'processId');
  }
};

export const mustHaveOpenedVoting = (voting: Voting, processId: string): OpenedVoting => {
  if (voting.status === 'none') {
    throw new SpoorError(ErrorCode.PreconditionFailed, `processId: voting has not been opened for process ${processId}`, 'processId');
  }
  return voting;
};

/** Attendee ids whose latest status is one of `statuses`, optionally of one kind, sorted for a stable order. */
export const attendeesWith = (
  summit: ScheduledSummit,
  statuses: readonly string[],
  kind?: 'participant' | 'wildcard',
): string[] =>
  Object.entries(summit.attendance)
    .filter(([, a]) => statuses.includes(a.status) && (kind === undefined || a.kind === kind))
    .map(([id]) => id)
    .sort();
