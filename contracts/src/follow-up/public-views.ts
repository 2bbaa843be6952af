import { definePublicView } from '../public-view.js';
import { WorkingGroupFormed, WorkingGroupJoined, WorkingGroupLeft, WorkingGroupMeetingHeld, ProposalDrafted, ProposalRevised, ProposalSubmitted, ProposalAdopted, ProposalRejected } from './events.js';

/** What each follow-up event shows in public (see public-view.ts); every field is named. */
export const followUpPublicViews = {
  WorkingGroupFormed: definePublicView(WorkingGroupFormed, { workingGroupId: 'public', processId: 'public', title: 'public', kind: 'public', themeIds: 'public', override: 'public' }),
  WorkingGroupJoined: definePublicView(WorkingGroupJoined, { workingGroupId: 'public', member: 'public', role: 'public' }),
  WorkingGroupLeft: definePublicView(WorkingGroupLeft, { workingGroupId: 'public', member: 'public' }),
  WorkingGroupMeetingHeld: definePublicView(WorkingGroupMeetingHeld, { workingGroupId: 'public', meetingId: 'public', heldOn: 'public', attendeeCount: 'public', summary: 'public' }),
  ProposalDrafted: definePublicView(ProposalDrafted, { proposalId: 'public', workingGroupId: 'public', processId: 'public', title: 'public', text: 'public', themeIds: 'public', ideaIds: 'public', version: 'public' }),
  ProposalRevised: definePublicView(ProposalRevised, { proposalId: 'public', title: 'public', text: 'public', changeNote: 'public', version: 'public' }),
  ProposalSubmitted: definePublicView(ProposalSubmitted, { proposalId: 'public', submittedOn: 'public', version: 'public' }),
  ProposalAdopted: definePublicView(ProposalAdopted, { proposalId: 'public', adoptedOn: 'public', version: 'public' }),
  ProposalRejected: definePublicView(ProposalRejected, { proposalId: 'public', rejectedOn: 'public', reason: 'public', version: 'public' }),
} as const;
