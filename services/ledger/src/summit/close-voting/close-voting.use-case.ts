import { ErrorCode, SpoorError } from '@spoor/contracts';
import { defineUseCase } from '../../shared/use-case.js';
import { inPublishedOrder } from '../ballot-box/ballot-box.js';
import { mustHaveOpenedVoting, organisers } from '../summit-rules.js';
import { votingAggregate } from '../voting.js';

/**
 * Closes the vote and opens the ballot box: the ballots go into VotingClosed, sorted, with no id,
 * time or order of casting; the box key is destroyed right after (the ballot-box reactor), so no
 * one can ever match a spent code to a ballot again.
 */
export const closeVoting = defineUseCase({
  command: 'CloseVoting',
  aggregate: votingAggregate,
  idField: 'processId',
  roles: organisers,
  loadContext: async (command, reader) => {
    const { state } = await reader.load(votingAggregate, command.processId);
    if (state.status !== 'open' || state.sealed.length === 0) return { opened: [] as string[][] };
    if (!reader.openBallots) throw new Error('processId: this ledger has no vault to open the ballot box with');
    return { opened: reader.openBallots(command.processId, state.sealed) };
  },
  decide: (command, state, { opened }) => {
    const voting = mustHaveOpenedVoting(state, command.processId);
    if (voting.status !== 'open') throw new SpoorError(ErrorCode.InvalidState, `processId: voting is already closed for process ${command.processId}`, 'processId');
    if (opened.length !== voting.sealed.length) throw new SpoorError(ErrorCode.Internal, 'processId: the ballot box did not open completely; nothing was changed');
    return [{ type: 'VotingClosed', data: { processId: command.processId, ballotCount: opened.length, ballots: inPublishedOrder(opened) } }];
  },
});
