import { ErrorCode, SpoorError } from '@spoor/contracts';
import { tallyFor } from '@spoor/projections';
import { defineUseCase } from '../../shared/use-case.js';
import { mustHaveOpenedVoting, organisers } from '../summit-rules.js';
import { votingAggregate } from '../voting.js';

/**
 * The result is computed from the opened ballot box by the method frozen when voting opened, with
 * the same code a recount uses (projections/src/summit/methods); the command carries nothing else.
 * The tie-break seed is the process id, so `sha256('<processId>:<themeId>')` decides ties.
 */
export const declareSummitResult = defineUseCase({
  command: 'DeclareSummitResult',
  aggregate: votingAggregate,
  idField: 'processId',
  roles: organisers,
  loadContext: async () => ({}),
  decide: (command, state) => {
    const voting = mustHaveOpenedVoting(state, command.processId);
    if (voting.status === 'open') throw new SpoorError(ErrorCode.PreconditionFailed, `processId: voting is still open for process ${command.processId}; close voting first`, 'processId');
    if (voting.status === 'declared') throw new SpoorError(ErrorCode.AlreadyExists, `processId: the result of the summit of process ${command.processId} was already declared`, 'processId');
    const counted = tallyFor({ ...voting.method, tieBreakSeed: command.processId }, voting.ballots, voting.themeIds);
    return [
      {
        type: 'SummitResultDeclared',
        data: {
          processId: command.processId,
          method: voting.method,
          ballotCount: counted.ballotCount,
          // STV states its counts as exact five-decimal text; the tally line holds the same value as a number.
          tally: counted.lines.map(({ themeId, votes, rank, chosen }) => ({ themeId, votes: Number(votes), rank, chosen })),
          chosenThemeIds: [...counted.chosenThemeIds],
          tieBreak: counted.tieBreak,
          ...('quota' in counted ? { quota: counted.quota, rounds: counted.rounds.map((r) => ({ ...r, transfers: { ...r.transfers }, counts: { ...r.counts }, elected: [...r.elected], excluded: [...r.excluded] })) } : {}),
        },
      },
    ];
  },
});
