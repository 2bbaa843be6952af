import { ErrorCode, SpoorError } from '@spoor/contracts';
import { defineUseCase } from '../../shared/use-case.js';
import { canonicalBallot, checkBallot } from '../ballot-box/ballot-rules.js';
import { hashVotingCode } from '../ballot-box/voting-code.js';
import { mustHaveOpenedVoting } from '../summit-rules.js';
import { type Voting, votingAggregate } from '../voting.js';

type OpenVoting = Extract<Voting, { status: 'open' }>;

/** Throws unless the vote is open, the code is issued and unspent, and the choices fit the method. */
const mustAccept = (state: Voting, processId: string, codeHash: string, choices: readonly string[]): OpenVoting => {
  const voting = mustHaveOpenedVoting(state, processId);
  if (voting.status !== 'open') throw new SpoorError(ErrorCode.InvalidState, `processId: voting is closed for process ${processId}; no more ballots can be cast`, 'processId');
  if (!voting.issued.has(codeHash)) throw new SpoorError(ErrorCode.NotFound, 'votingCode: this code was not issued for this vote; check it for typing errors', 'votingCode');
  if (voting.spent.has(codeHash)) throw new SpoorError(ErrorCode.AlreadyExists, 'votingCode: this code has already been used; each code votes once', 'votingCode');
  checkBallot(voting.method, processId, voting.themeIds, choices);
  if (voting.spent.size >= voting.eligibleVoters) {
    throw new SpoorError(ErrorCode.InvalidState, `votingCode: ${voting.spent.size} ballots were cast and ${voting.eligibleVoters} people may vote; no more ballots can be cast`, 'votingCode');
  }
  return voting;
};

/**
 * A ballot, by the voter on a tablet (no token: the code is the credential) or entered from paper
 * by staff: the same path. The code is spent and the ballot sealed in the ballot box in one event;
 * the box is opened and its key destroyed when voting closes (docs/secret-ballot.md).
 */
export const castBallot = defineUseCase({
  command: 'CastBallot',
  aggregate: votingAggregate,
  idField: 'processId',
  roles: ['organiser', 'facilitator', 'voter'],
  loadContext: async (command, reader) => {
    const codeHash = hashVotingCode(command.votingCode);
    const { state } = await reader.load(votingAggregate, command.processId);
    let accepted: OpenVoting;
    try {
      accepted = mustAccept(state, command.processId, codeHash, command.choices);
    } catch {
      return { codeHash, sealed: undefined }; // decide gives the refusal; nothing is sealed for a refused ballot
    }
    if (!reader.sealBallot) throw new Error('processId: this ledger has no vault to seal ballots with');
    return { codeHash, sealed: reader.sealBallot(command.processId, canonicalBallot(accepted.method, accepted.themeIds, command.choices)) };
  },
  decide: (command, state, { codeHash, sealed }) => {
    mustAccept(state, command.processId, codeHash, command.choices);
    if (!sealed) throw new SpoorError(ErrorCode.Internal, 'processId: the ballot could not be sealed; try again');
    return [{ type: 'BallotCast', data: { processId: command.processId, codeHash, sealedBallot: sealed } }];
  },
});
