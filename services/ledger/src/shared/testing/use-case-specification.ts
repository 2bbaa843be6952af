import { expect } from '@jest/globals';
import type { DomainEvent, ErrorCode } from '@spoor/contracts';
import { foldEvents, type Aggregate } from '../decider.js';
import type { AnyUseCase, ContextReader, Principal } from '../use-case.js';
import { testOpenBallots, testSealBallot } from './test-ballot-box.js';

const organiser: Principal = { actor: { id: 'actor-org', role: 'organiser' } };

/**
 * given/when/then for use cases: `given` the events already in each stream, `when` a command
 * (with its aggregate id filled in) is decided by `as` a principal, `then` these events, or
 * `thenThrows` this error code. Context is read from the given streams, as the ledger would.
 */
export const specify = (useCase: AnyUseCase) => ({
  given: (streams: Record<string, readonly DomainEvent[]> = {}, ideaCounts: Record<string, number> = {}) => {
    const reader: ContextReader = {
      load: async <S, E extends DomainEvent>(aggregate: Aggregate<S, E>, id: string) => {
        const events = streams[`${aggregate.streamPrefix}-${id}`] ?? [];
        return { state: foldEvents(aggregate, events), revision: events.length ? events.length - 1 : undefined };
      },
      ideaCountOf: (conversationId) => ideaCounts[conversationId] ?? 0,
      sealBallot: testSealBallot,
      openBallots: testOpenBallots,
    };
    const run = async (command: Record<string, unknown>, principal: Principal): Promise<DomainEvent[]> => {
      const id = String(command[useCase.idField]);
      const state = foldEvents(useCase.aggregate, streams[`${useCase.aggregate.streamPrefix}-${id}`] ?? []);
      const context = await useCase.loadContext(command, reader);
      useCase.authorize?.(principal, command, state, context);
      return useCase.decide(command, state, context);
    };
    return {
      when: (command: Record<string, unknown>, principal: Principal = organiser) => ({
        then: async (expected: DomainEvent[]) => expect(await run(command, principal)).toEqual(expected),
        thenThrows: async (code: ErrorCode, message?: RegExp) => {
          const attempt = run(command, principal);
          await expect(attempt).rejects.toMatchObject({ code });
          if (message) await expect(attempt).rejects.toThrow(message);
        },
      }),
    };
  },
});
