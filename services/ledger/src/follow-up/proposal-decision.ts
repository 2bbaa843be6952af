import { ErrorCode, SpoorError } from '@spoor/contracts';
import type { Proposal } from './proposal.js';
import { mustExistProposal } from './proposal-rules.js';

export type SubmittedProposal = Extract<Proposal, { status: 'submitted' }>;

/** Organisers adopt or reject a submitted proposal, on or after the day it was submitted. */
export const mustAwaitDecision = (state: Proposal, proposalId: string, decidedOn: string, dateField: string): SubmittedProposal => {
  const proposal = mustExistProposal(state, proposalId);
  if (proposal.status !== 'submitted') {
    throw new SpoorError(ErrorCode.InvalidState, `proposalId: proposal ${proposalId} is ${proposal.status}; only a submitted proposal can be adopted or rejected`, 'proposalId');
  }
  if (decidedOn < proposal.submittedOn) {
    throw new SpoorError(ErrorCode.BadUserInput, `${dateField}: ${decidedOn} is before the proposal was submitted (${proposal.submittedOn})`, dateField);
  }
  return proposal;
};
