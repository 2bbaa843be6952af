import { ErrorCode } from '@spoor/contracts';
import { PROCESS, processStarted } from '../shared/testing/fixtures.js';
import { specify } from '../shared/testing/use-case-specification.js';
import { formWorkingGroup } from './form-working-group/form-working-group.use-case.js';
import { moderator, resultDeclared, secretaryOf, summitDone, themeEvents, votingOpened, workingGroupFormed } from './follow-up.fixtures.js';
import { joinWorkingGroup } from './join-working-group/join-working-group.use-case.js';
import { leaveWorkingGroup } from './leave-working-group/leave-working-group.use-case.js';
import { recordWorkingGroupMeeting } from './record-working-group-meeting/record-working-group-meeting.use-case.js';

const form = { workingGroupId: 'wg-groen', processId: PROCESS, title: 'Werkgroep Groen in de wijk', kind: 'werkgroep' as const, themeIds: ['groen'] };
const override = { rationale: 'De raad vroeg om een rondetafel over wonen, al haalde het thema de top niet' };

describe('FormWorkingGroup', () => {
  it('forms a working group on themes chosen at the summit', () =>
    specify(formWorkingGroup).given(summitDone).when({ ...form, themeIds: ['groen', 'verkeer'] }).then([workingGroupFormed('wg-groen', ['groen', 'verkeer'])]));
  it('lets a moderator form one on chosen themes', () => specify(formWorkingGroup).given(summitDone).when(form, moderator).then([workingGroupFormed()]));
  it('refuses a theme the summit did not choose, naming it', () =>
    specify(formWorkingGroup)
      .given(summitDone)
      .when({ ...form, themeIds: ['groen', 'wonen'] })
      .thenThrows(ErrorCode.PreconditionFailed, /^themeIds\.1: theme wonen was not chosen at the summit/));
  it('refuses before the summit result is declared', () =>
    specify(formWorkingGroup)
      .given({ ...summitDone, 'voting-leiden': [votingOpened] })
      .when(form)
      .thenThrows(ErrorCode.PreconditionFailed, /^themeIds\.0: the summit result of process leiden has not been declared/));
  it("records an organiser's override with its rationale", () => {
    const command = { ...form, workingGroupId: 'wg-wonen', kind: 'rondetafel' as const, themeIds: ['wonen'], override };
    return specify(formWorkingGroup).given(summitDone).when(command).then([{ type: 'WorkingGroupFormed', data: command }]);
  });
  it('accepts an override before the result is declared', () =>
    specify(formWorkingGroup)
      .given({ ...summitDone, 'voting-leiden': [] })
      .when({ ...form, override })
      .then([{ type: 'WorkingGroupFormed', data: { ...form, override } }]));
  it('refuses an override from anyone but an organiser', () =>
    specify(formWorkingGroup).given(summitDone).when({ ...form, themeIds: ['wonen'], override }, moderator).thenThrows(ErrorCode.Forbidden, /^override: only an organiser/));
  it('refuses an override that overrides nothing', () =>
    specify(formWorkingGroup).given(summitDone).when({ ...form, override }).thenThrows(ErrorCode.BadUserInput, /^override: every theme was chosen/));
  it('refuses a retired theme, even with an override', () =>
    specify(formWorkingGroup)
      .given(summitDone)
      .when({ ...form, themeIds: ['bomen'], override })
      .thenThrows(ErrorCode.PreconditionFailed, /^themeIds\.0: theme bomen was retired into groen/));
  it('refuses a theme that does not exist', () =>
    specify(formWorkingGroup).given(summitDone).when({ ...form, themeIds: ['groen', 'fietsen'] }).thenThrows(ErrorCode.PreconditionFailed, /^themeIds\.1: theme fietsen does not exist/));
  it('needs a started process', () =>
    specify(formWorkingGroup).given({ 'themes-leiden': themeEvents, 'voting-leiden': resultDeclared }).when(form).thenThrows(ErrorCode.PreconditionFailed, /^processId/));
  it('refuses to form the same group twice', () =>
    specify(formWorkingGroup)
      .given({ ...summitDone, 'working-group-wg-groen': [workingGroupFormed()] })
      .when(form)
      .thenThrows(ErrorCode.AlreadyExists));
});

const formed = { ...summitDone, 'working-group-wg-groen': [workingGroupFormed()] };
const join = { workingGroupId: 'wg-groen', member: { id: 'p-1', kind: 'participant' as const }, role: 'secretary' as const };
const joined = { ...formed, 'working-group-wg-groen': [workingGroupFormed(), { type: 'WorkingGroupJoined' as const, data: join }] };

describe('JoinWorkingGroup and LeaveWorkingGroup', () => {
  it('adds a registered participant', () => specify(joinWorkingGroup).given(formed).when(join).then([{ type: 'WorkingGroupJoined', data: join }]));
  it('adds a registered wildcard', () => {
    const wildcard = { workingGroupId: 'wg-groen', member: { id: 'w-1', kind: 'wildcard' as const }, role: 'member' as const };
    return specify(joinWorkingGroup).given(formed).when(wildcard).then([{ type: 'WorkingGroupJoined', data: wildcard }]);
  });
  it('needs a member registered in the process', () =>
    specify(joinWorkingGroup)
      .given(formed)
      .when({ ...join, member: { id: 'p-9', kind: 'participant' } })
      .thenThrows(ErrorCode.PreconditionFailed, /^member\.id: participant p-9 is not registered in process leiden/));
  it('does not mistake a participant id for a wildcard', () =>
    specify(joinWorkingGroup).given(formed).when({ ...join, member: { id: 'p-1', kind: 'wildcard' } }).thenThrows(ErrorCode.PreconditionFailed, /wildcard p-1/));
  it('refuses a second membership of the same person', () =>
    specify(joinWorkingGroup).given(joined).when({ ...join, role: 'chair' }).thenThrows(ErrorCode.AlreadyExists, /already in working group wg-groen \(as secretary\)/));
  it('needs an existing working group', () => specify(joinWorkingGroup).given(summitDone).when(join).thenThrows(ErrorCode.NotFound, /^workingGroupId/));
  it("lets a secretary record their own group's members", () =>
    specify(joinWorkingGroup).given(formed).when(join, secretaryOf('wg-groen')).then([{ type: 'WorkingGroupJoined', data: join }]));
  it("refuses a secretary recording another group's members", () =>
    specify(joinWorkingGroup).given(formed).when(join, secretaryOf('wg-verkeer')).thenThrows(ErrorCode.Forbidden, /own working group/));

  const leave = { workingGroupId: 'wg-groen', member: join.member };
  it('records that a member left', () => specify(leaveWorkingGroup).given(joined).when(leave).then([{ type: 'WorkingGroupLeft', data: leave }]));
  it('needs membership to leave', () =>
    specify(leaveWorkingGroup).given(formed).when(leave).thenThrows(ErrorCode.PreconditionFailed, /^member\.id: participant p-1 is not a member of working group wg-groen/));
  it('lets someone who left join again', () =>
    specify(joinWorkingGroup)
      .given({ ...joined, 'working-group-wg-groen': [...joined['working-group-wg-groen'], { type: 'WorkingGroupLeft', data: leave }] })
      .when(join)
      .then([{ type: 'WorkingGroupJoined', data: join }]));
  it("refuses a secretary recording a departure from another group", () =>
    specify(leaveWorkingGroup).given(joined).when(leave, secretaryOf('wg-verkeer')).thenThrows(ErrorCode.Forbidden));
});

describe('RecordWorkingGroupMeeting', () => {
  const meeting = { workingGroupId: 'wg-groen', meetingId: 'm-1', heldOn: '2017-02-07', attendeeCount: 9, summary: 'Ideeën over groen rond scholen verzameld.' };
  it('records a meeting with a count and a summary', () =>
    specify(recordWorkingGroupMeeting).given(formed).when(meeting, secretaryOf('wg-groen')).then([{ type: 'WorkingGroupMeetingHeld', data: meeting }]));
  it('refuses the same meeting twice', () =>
    specify(recordWorkingGroupMeeting)
      .given({ ...formed, 'working-group-wg-groen': [workingGroupFormed(), { type: 'WorkingGroupMeetingHeld', data: meeting }] })
      .when(meeting)
      .thenThrows(ErrorCode.AlreadyExists, /^meetingId/));
  it('needs an existing working group', () => specify(recordWorkingGroupMeeting).given({ 'process-leiden': [processStarted] }).when(meeting).thenThrows(ErrorCode.NotFound));
  it("refuses a secretary recording another group's meeting", () =>
    specify(recordWorkingGroupMeeting).given(formed).when(meeting, secretaryOf('wg-verkeer')).thenThrows(ErrorCode.Forbidden));
});
