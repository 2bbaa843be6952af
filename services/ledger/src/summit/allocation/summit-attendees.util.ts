import { ErrorCode, SpoorError } from '@spoor/contracts';
import { type Participant, participantAggregate } from '../../recruitment/participant.js';
import type { ContextReader } from '../../shared/use-case.js';
import type { ScheduledSummit } from '../summit-rules.js';
import type { AllocationQuality, Attendee } from './allocation.model.js';
import { livingRoomLookup } from './living-rooms.projection.js';

/** What the allocation needs of a resident: their registration and their living room. */
export interface ResidentFacts {
  readonly participant: Participant;
  readonly livingRoom: string | undefined;
}

/** Loads the registration and living room of each resident id. */
export const loadResidents = async (reader: ContextReader, ids: readonly string[]): Promise<ReadonlyMap<string, ResidentFacts>> => {
  const livingRoomOf = livingRoomLookup(reader);
  const loaded = await Promise.all(ids.map(async (id) => [id, { participant: (await reader.load(participantAggregate, id)).state, livingRoom: livingRoomOf(id) }] as const));
  return new Map(loaded);
};

/**
 * The attendees to seat, with the bands the composition counts and their living room. Wildcards
 * have no bands. A resident the context did not load was recorded while the command was decided.
 */
export const attendeesOf = (summit: ScheduledSummit, ids: readonly string[], residents: ReadonlyMap<string, ResidentFacts>): Attendee[] =>
  ids.map((id): Attendee => {
    if (summit.attendance[id]?.kind === 'wildcard') return { id, kind: 'wildcard' };
    const facts = residents.get(id);
    if (facts?.participant.status !== 'registered') {
      throw new SpoorError(ErrorCode.Conflict, 'processId: the attendance of the summit changed while the tables were being allocated; try again', 'processId');
    }
    const { districtCode, ageBand, gender } = facts.participant;
    return { id, kind: 'participant', districtCode, ageBand, gender, ...(facts.livingRoom === undefined ? {} : { conversationId: facts.livingRoom }) };
  });

/** The quality as the event records it: the measure, and how many seated residents had a known living room. */
export const recordedQuality = (quality: AllocationQuality, seated: readonly Attendee[]) => ({
  ...quality,
  residentsWithLivingRoom: seated.filter((a) => a.kind === 'participant' && a.conversationId !== undefined).length,
});
