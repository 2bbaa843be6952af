import { defineCommand } from '../define.js';
import { IdSchema } from '../primitives.js';
import {
  ProposalAdopted,
  ProposalDrafted,
  ProposalRejected,
  ProposalRevised,
  ProposalSubmitted,
  WorkingGroupFormed,
  WorkingGroupJoined,
  WorkingGroupLeft,
  WorkingGroupMeetingHeld,
} from './events.js';

// A command carries the fields of the event it produces: ids of new working groups and proposals
// may be left out (they are derived from the commandId); version numbers and a proposal's process
// are worked out by the ledger.

export const FormWorkingGroup = defineCommand(
  'FormWorkingGroup',
  WorkingGroupFormed.schema.extend({
    /** Id of the working group; derived from the commandId when left out. */
    workingGroupId: IdSchema.optional(),
  }),
);

export const JoinWorkingGroup = defineCommand('JoinWorkingGroup', WorkingGroupJoined.schema);
export const LeaveWorkingGroup = defineCommand('LeaveWorkingGroup', WorkingGroupLeft.schema);
export const RecordWorkingGroupMeeting = defineCommand('RecordWorkingGroupMeeting', WorkingGroupMeetingHeld.schema);

export const DraftProposal = defineCommand(
  'DraftProposal',
  ProposalDrafted.schema.omit({ version: true, processId: true }).extend({
    /** Id of the proposal; derived from the commandId when left out. */
    proposalId: IdSchema.optional(),
    /** The ideas it builds on; none when left out. */
    ideaIds: ProposalDrafted.schema.shape.ideaIds.default([]),
  }),
);

export const ReviseProposal = defineCommand('ReviseProposal', ProposalRevised.schema.omit({ version: true }));
export const SubmitProposal = defineCommand('SubmitProposal', ProposalSubmitted.schema.omit({ version: true }));
export const AdoptProposal = defineCommand('AdoptProposal', ProposalAdopted.schema.omit({ version: true }));
export const RejectProposal = defineCommand('RejectProposal', ProposalRejected.schema.omit({ version: true }));

export const followUpCommands = {
  FormWorkingGroup,
  JoinWorkingGroup,
  LeaveWorkingGroup,
  RecordWorkingGroupMeeting,
  DraftProposal,
  ReviseProposal,
  SubmitProposal,
  AdoptProposal,
  RejectProposal,
} as const;
