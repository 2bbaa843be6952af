import { ErrorCode, SpoorError } from '@spoor/contracts';
import { defineUseCase } from '../../shared/use-case.js';
import { organisers } from '../summit-rules.js';
import { votingAggregate } from '../voting.js';

/**
 * Registers a batch of one-time voting codes by their hashes. The codes are made and printed on
 * badges outside the ledger (`npx spoor voting-codes`), so the ledger never learns which code went
 * to whom; the hashes are stored sorted, so their order does not tell either.
 */
export const issueVotingCodes = defineUseCase({
  command: 'IssueVotingCodes',
  aggregate: votingAggregate,
  idField: 'processId',
  roles: organisers,
  loadContext: async () => ({}),
  decide: (command, state) => {
    if (state.status === 'closed' || state.status === 'declared') {
      throw new SpoorError(ErrorCode.InvalidState, `processId: voting has closed for process ${command.processId}; no more codes can be issued`, 'processId');
    }
    command.codeHashes.forEach((hash, i) => {
      if (state.issued.has(hash)) throw new SpoorError(ErrorCode.AlreadyExists, `codeHashes.${i}: this code was already issued`, `codeHashes.${i}`);
    });
    const codeHashes = [...command.codeHashes].sort();
    return [{ type: 'VotingCodesIssued', data: { processId: command.processId, codeHashes, count: codeHashes.length } }];
  },
});
