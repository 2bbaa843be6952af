import type { EventData } from '@spoor/contracts';
import type { InternalProjection } from '../../read-model/projection-set.js';
import type { ContextReader } from '../../shared/use-case.js';

/** Participant id -> the living-room conversation they took part in. */
export type LivingRooms = Record<string, string>;

/**
 * Which living room each participant came from, so the summit can spread the people of one room
 * over different tables. Folded from ConversationHeld; a participant named in two conversations
 * keeps the first. Internal to the ledger: the allocation publishes only how many same-room pairs
 * share a table, never who.
 */
export const livingRoomsProjection: InternalProjection<LivingRooms> = {
  internal: true,
  name: 'living-rooms',
  version: 1,
  eventTypes: ['ConversationHeld'],
  initialState: () => ({}),
  evolve: (rooms, event) => {
    const { conversationId, participantIds } = event.data as EventData<'ConversationHeld'>;
    for (const id of participantIds) if (!Object.hasOwn(rooms, id)) rooms[id] = conversationId;
    return rooms;
  },
};

/**
 * What a reader offers once the ledger keeps `livingRoomsProjection`: the living room of a
 * participant. The stream of a conversation cannot be found from a participant, so this comes
 * from the read model, as `ideaCountOf` does.
 */
export interface LivingRoomReader {
  livingRoomOf(participantId: string): string | undefined;
}

/** The reader's living-room lookup, or one that knows no rooms (then same-room pairs are not counted). */
export const livingRoomLookup = (reader: ContextReader): LivingRoomReader['livingRoomOf'] => {
  const lookup = (reader as ContextReader & Partial<LivingRoomReader>).livingRoomOf;
  return lookup ? (id) => lookup.call(reader, id) : () => undefined;
};
