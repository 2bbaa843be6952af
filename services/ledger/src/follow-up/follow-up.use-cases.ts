import { adoptProposal } from './adopt-proposal/adopt-proposal.use-case.js';
import { draftProposal } from './draft-proposal/draft-proposal.use-case.js';
import { formWorkingGroup } from './form-working-group/form-working-group.use-case.js';
import { joinWorkingGroup } from './join-working-group/join-working-group.use-case.js';
import { leaveWorkingGroup } from './leave-working-group/leave-working-group.use-case.js';
import { recordWorkingGroupMeeting } from './record-working-group-meeting/record-working-group-meeting.use-case.js';
import { rejectProposal } from './reject-proposal/reject-proposal.use-case.js';
import { reviseProposal } from './revise-proposal/revise-proposal.use-case.js';
import { submitProposal } from './submit-proposal/submit-proposal.use-case.js';

export const followUpUseCases = {
  FormWorkingGroup: formWorkingGroup,
  JoinWorkingGroup: joinWorkingGroup,
  LeaveWorkingGroup: leaveWorkingGroup,
  RecordWorkingGroupMeeting: recordWorkingGroupMeeting,
  DraftProposal: draftProposal,
  ReviseProposal: reviseProposal,
  SubmitProposal: submitProposal,
  AdoptProposal: adoptProposal,
  RejectProposal: rejectProposal,
};
