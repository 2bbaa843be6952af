import { ErrorCode, type DomainEvent } from '@spoor/contracts';
import { PROCESS } from '../shared/testing/fixtures.js';
import { specify } from '../shared/testing/use-case-specification.js';
import { adoptProposal } from './adopt-proposal/adopt-proposal.use-case.js';
import { draftProposal } from './draft-proposal/draft-proposal.use-case.js';
import {
  adoptedProposal,
  proposalDraft,
  proposalDrafted,
  proposalRejected,
  proposalSubmitted,
  secretaryOf,
  summitDone,
  themeEvents,
  workingGroupFormed,
} from './follow-up.fixtures.js';
import { rejectProposal } from './reject-proposal/reject-proposal.use-case.js';
import { reviseProposal } from './revise-proposal/revise-proposal.use-case.js';
import { submitProposal } from './submit-proposal/submit-proposal.use-case.js';

const groups = { ...summitDone, 'working-group-wg-groen': [workingGroupFormed()], 'working-group-wg-verkeer': [workingGroupFormed('wg-verkeer', ['verkeer'])] };
const withProposal = (...events: DomainEvent[]) => ({ ...groups, 'proposal-prop-1': [proposalDrafted(), ...events] });

describe('DraftProposal', () => {
  it("drafts version 1 on the group's themes and ideas, including ideas merged into them", () =>
    specify(draftProposal).given(groups).when(proposalDraft).then([proposalDrafted()]));
  it("lets a secretary draft for their own group", () => specify(draftProposal).given(groups).when(proposalDraft, secretaryOf('wg-groen')).then([proposalDrafted()]));
  it('refuses a secretary drafting for another group', () =>
    specify(draftProposal).given(groups).when(proposalDraft, secretaryOf('wg-verkeer')).thenThrows(ErrorCode.Forbidden, /own working group/));
  it('refuses a theme the working group does not work on', () =>
    specify(draftProposal).given(groups).when({ ...proposalDraft, themeIds: ['groen', 'verkeer'] }).thenThrows(ErrorCode.PreconditionFailed, /^themeIds\.1: theme verkeer is not one of the themes of working group wg-groen/));
  it("refuses an idea outside the group's themes, naming it", () =>
    specify(draftProposal)
      .given(groups)
      .when({ ...proposalDraft, ideaIds: ['idea-1', 'idea-2'] })
      .thenThrows(ErrorCode.PreconditionFailed, /^ideaIds\.1: idea idea-2 is not in any theme of working group wg-groen \(groen\); link it/));
  it('refuses an idea that does not exist', () =>
    specify(draftProposal).given(groups).when({ ...proposalDraft, ideaIds: ['idea-9'] }).thenThrows(ErrorCode.PreconditionFailed, /^ideaIds\.0: idea idea-9 does not exist/));
  it('refuses a withdrawn idea', () =>
    specify(draftProposal).given(groups).when({ ...proposalDraft, ideaIds: ['idea-5'] }).thenThrows(ErrorCode.PreconditionFailed, /^ideaIds\.0: idea idea-5 was withdrawn/));
  it('keeps accepting the ideas of a group theme that was merged away after the group formed', () => {
    const mergedAway = [...themeEvents, { type: 'ThemesMerged' as const, data: { processId: PROCESS, targetThemeId: 'verkeer', sourceThemeIds: ['groen'], rationale: 'Samen verder', movedIdeaIds: ['idea-1', 'idea-4'] } }];
    return specify(draftProposal).given({ ...groups, 'themes-leiden': mergedAway }).when(proposalDraft).then([proposalDrafted()]);
  });
  it('needs an existing working group', () =>
    specify(draftProposal).given(summitDone).when(proposalDraft).thenThrows(ErrorCode.NotFound, /^workingGroupId: working group wg-groen does not exist/));
  it('refuses to draft the same proposal twice', () => specify(draftProposal).given(withProposal()).when(proposalDraft).thenThrows(ErrorCode.AlreadyExists));
});

describe('ReviseProposal', () => {
  const revise = { proposalId: 'prop-1', title: 'Een groenbudget per wijk', text: 'Elke wijk krijgt een budget voor groen; bewoners kiezen samen.', changeNote: 'Na de bewonersavond' };
  const revised = (version: number): DomainEvent => ({ type: 'ProposalRevised', data: { ...revise, version } });
  it('revises a draft into the next version', () => specify(reviseProposal).given(withProposal()).when(revise).then([revised(2)]));
  it('counts versions on from the last revision', () => specify(reviseProposal).given(withProposal(revised(2))).when({ ...revise, text: 'Derde versie' }).then([{ type: 'ProposalRevised', data: { ...revise, text: 'Derde versie', version: 3 } }]));
  it('revises a rejected proposal, which brings it back to draft', () =>
    specify(reviseProposal).given(withProposal(proposalSubmitted(), proposalRejected())).when(revise).then([revised(2)]));
  it('refuses to revise an adopted proposal: it is frozen', () =>
    specify(reviseProposal).given(withProposal(proposalSubmitted(), { type: 'ProposalAdopted', data: { proposalId: 'prop-1', adoptedOn: '2017-04-15', version: 1 } })).when(revise).thenThrows(ErrorCode.InvalidState, /adopted on 2017-04-15; an adopted proposal is frozen/));
  it('refuses to revise a proposal awaiting a decision', () =>
    specify(reviseProposal).given(withProposal(proposalSubmitted())).when(revise).thenThrows(ErrorCode.InvalidState, /awaits a decision/));
  it('refuses a revision that changes nothing', () =>
    specify(reviseProposal).given(withProposal()).when({ ...revise, text: proposalDraft.text }).thenThrows(ErrorCode.BadUserInput, /^text: the title and text are the same as version 1/));
  it('needs an existing proposal', () => specify(reviseProposal).given(groups).when(revise).thenThrows(ErrorCode.NotFound, /^proposalId/));
  it("lets a secretary revise their own group's proposal", () => specify(reviseProposal).given(withProposal()).when(revise, secretaryOf('wg-groen')).then([revised(2)]));
  it("refuses a secretary revising another group's proposal", () =>
    specify(reviseProposal).given(withProposal()).when(revise, secretaryOf('wg-verkeer')).thenThrows(ErrorCode.Forbidden));
});

describe('SubmitProposal', () => {
  const submit = { proposalId: 'prop-1', submittedOn: '2017-04-01' };
  it('submits the current version of a draft', () => specify(submitProposal).given(withProposal()).when(submit, secretaryOf('wg-groen')).then([proposalSubmitted()]));
  it('refuses to submit twice', () => specify(submitProposal).given(withProposal(proposalSubmitted())).when(submit).thenThrows(ErrorCode.InvalidState, /already submitted; only a draft/));
  it('refuses to submit a rejected proposal before it is revised', () =>
    specify(submitProposal).given(withProposal(proposalSubmitted(), proposalRejected())).when(submit).thenThrows(ErrorCode.InvalidState, /revise it before submitting it again/));
  it("refuses a secretary submitting another group's proposal", () =>
    specify(submitProposal).given(withProposal()).when(submit, secretaryOf('wg-verkeer')).thenThrows(ErrorCode.Forbidden));
});

describe('AdoptProposal and RejectProposal', () => {
  const adopt = { proposalId: 'prop-1', adoptedOn: '2017-04-15' };
  const reject = { proposalId: 'prop-1', rejectedOn: '2017-04-15', reason: 'Te weinig uitgewerkt' };
  it('adopts a submitted proposal, recording the version', () =>
    specify(adoptProposal).given(withProposal(proposalSubmitted())).when(adopt).then([{ type: 'ProposalAdopted', data: { ...adopt, version: 1 } }]));
  it('refuses to adopt a draft', () => specify(adoptProposal).given(withProposal()).when(adopt).thenThrows(ErrorCode.InvalidState, /is drafted; only a submitted proposal/));
  it('refuses to adopt twice', () => specify(adoptProposal).given({ ...groups, 'proposal-prop-1': adoptedProposal() }).when(adopt).thenThrows(ErrorCode.InvalidState, /is adopted/));
  it('refuses an adoption dated before the submission', () =>
    specify(adoptProposal).given(withProposal(proposalSubmitted())).when({ ...adopt, adoptedOn: '2017-03-01' }).thenThrows(ErrorCode.BadUserInput, /^adoptedOn: 2017-03-01 is before/));
  it('rejects a submitted proposal with a reason', () =>
    specify(rejectProposal).given(withProposal(proposalSubmitted())).when(reject).then([proposalRejected()]));
  it('refuses to reject a draft', () => specify(rejectProposal).given(withProposal()).when(reject).thenThrows(ErrorCode.InvalidState));
  it('refuses to reject an adopted proposal', () => specify(rejectProposal).given({ ...groups, 'proposal-prop-1': adoptedProposal() }).when(reject).thenThrows(ErrorCode.InvalidState));
  it('needs an existing proposal', () => specify(rejectProposal).given(groups).when(reject).thenThrows(ErrorCode.NotFound));
});
