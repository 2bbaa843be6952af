import type { DomainEvent } from '@spoor/contracts';
import { type Aggregate, foldEvents } from '../../shared/decider.js';
import type { AnyUseCase, ContextReader } from '../../shared/use-case.js';

/**
 * Decides a command against given streams, as `specify` does, but returns the events so a spec
 * can state properties of them (e.g. of a seeded allocation) instead of spelling them out whole.
 */
export const decideGiven = async (useCase: AnyUseCase, streams: Record<string, readonly DomainEvent[]>, command: Record<string, unknown>): Promise<DomainEvent[]> => {
  const reader: ContextReader = {
    load: async <S, E extends DomainEvent>(aggregate: Aggregate<S, E>, id: string) => {
      const events = streams[`${aggregate.streamPrefix}-${id}`] ?? [];
      return { state: foldEvents(aggregate, events), revision: events.length ? events.length - 1 : undefined };
    },
    ideaCountOf: () => 0,
  };
  const state: unknown = foldEvents(useCase.aggregate, streams[`${useCase.aggregate.streamPrefix}-${String(command[useCase.idField])}`] ?? []);
  return useCase.decide(command, state, await useCase.loadContext(command, reader));
};
