import type { DomainEvent } from '@spoor/contracts';
import { type Aggregate, foldEvents } from '../../shared/decider.js';
import type { AnyUseCase, ContextReader } from '../../shared/use-case.js';
import type { LivingRoomReader } from '../allocation/living-rooms.projection.js';

/**
 * Decides a command against given streams, as `specify` does, but returns the events so a spec
 * can state properties of them (e.g. of a seeded allocation) instead of spelling them out whole.
 * `livingRooms` (participant id -> conversation id) stands in for the ledger's living-rooms read model.
 */
export const decideGiven = async (
  useCase: AnyUseCase,
  streams: Record<string, readonly DomainEvent[]>,
  command: Record<string, unknown>,
  livingRooms?: Readonly<Record<string, string>>,
): Promise<DomainEvent[]> => {
  const reader: ContextReader & Partial<LivingRoomReader> = {
    load: async <S, E extends DomainEvent>(aggregate: Aggregate<S, E>, id: string) => {
      const events = streams[`${aggregate.streamPrefix}-${id}`] ?? [];
      return { state: foldEvents(aggregate, events), revision: events.length ? events.length - 1 : undefined };
    },
    ideaCountOf: () => 0,
    ...(livingRooms ? { livingRoomOf: (id: string) => livingRooms[id] } : {}),
  };
  const state: unknown = foldEvents(useCase.aggregate, streams[`${useCase.aggregate.streamPrefix}-${String(command[useCase.idField])}`] ?? []);
  return useCase.decide(command, state, await useCase.loadContext(command, reader));
};
