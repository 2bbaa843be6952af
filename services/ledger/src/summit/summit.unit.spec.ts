import { ErrorCode, type DomainEvent } from '@spoor/contracts';
import { processStarted } from '../shared/testing/fixtures.js';
import { specify } from '../shared/testing/use-case-specification.js';
import { putThemeOnAgenda } from './put-theme-on-agenda/put-theme-on-agenda.use-case.js';
import { recordSummitAttendance } from './record-summit-attendance/record-summit-attendance.use-case.js';
import { recordTableDiscussion } from './record-table-discussion/record-table-discussion.use-case.js';
import { scheduleSummit } from './schedule-summit/schedule-summit.use-case.js';
import { summitUseCases } from './summit.use-cases.js';
import {
  attendance,
  facilitator,
  onAgenda,
  PROCESS,
  registrations,
  summitScheduled,
  themeCreated,
  votingOpened,
  wildcardRegistered,
} from './testing/summit.fixtures.js';

const schedule = { processId: PROCESS, date: '2018-01-14', venue: 'Stadsgehoorzaal Leiden', capacity: 1200, wildcardLimit: 100 };
const themes = (...extra: DomainEvent[]) => ({ 'themes-leiden': [themeCreated('t-1'), themeCreated('t-2'), themeCreated('t-3'), ...extra] });

describe('ScheduleSummit', () => {
  it('schedules the summit of a started process', () =>
    specify(scheduleSummit).given({ 'process-leiden': [processStarted] }).when(schedule).then([summitScheduled()]));
  it('needs a started process', () => specify(scheduleSummit).given({}).when(schedule).thenThrows(ErrorCode.PreconditionFailed, /processId: process leiden has not been started/));
  it('refuses a second summit for the process', () =>
    specify(scheduleSummit)
      .given({ 'process-leiden': [processStarted], 'summit-leiden': [summitScheduled()] })
      .when(schedule)
      .thenThrows(ErrorCode.AlreadyExists, /processId: the summit of process leiden is already scheduled/));
});

describe('PutThemeOnAgenda', () => {
  const put = (themeId: string) => ({ processId: PROCESS, themeId, rule: 'meer dan 40 ideeën' });
  const scheduled = { 'summit-leiden': [summitScheduled()] };
  it('puts an active theme on the agenda, with its rule', () => specify(putThemeOnAgenda).given({ ...scheduled, ...themes() }).when(put('t-1')).then([onAgenda('t-1')]));
  it('needs a scheduled summit', () => specify(putThemeOnAgenda).given(themes()).when(put('t-1')).thenThrows(ErrorCode.PreconditionFailed, /processId: the summit .* has not been scheduled/));
  it('refuses an unknown theme', () => specify(putThemeOnAgenda).given({ ...scheduled, ...themes() }).when(put('t-9')).thenThrows(ErrorCode.NotFound, /themeId: theme t-9 does not exist/));
  it('refuses a merged theme, saying into which theme it went', () =>
    specify(putThemeOnAgenda)
      .given({ ...scheduled, ...themes({ type: 'ThemesMerged', data: { processId: PROCESS, targetThemeId: 't-2', sourceThemeIds: ['t-1'], rationale: 'Zelfde onderwerp', movedIdeaIds: [] } }) })
      .when(put('t-1'))
      .thenThrows(ErrorCode.PreconditionFailed, /themeId: theme t-1 was retired \(merged into t-2\); put that theme on the agenda instead/));
  it('refuses a split theme, naming the themes it was split into', () => {
    const part = (themeId: string) => ({ themeId, title: `Deel ${themeId}`, description: 'Een deel', ideaIds: [] });
    const split: DomainEvent = { type: 'ThemeSplit', data: { processId: PROCESS, sourceThemeId: 't-3', parts: [part('t-3a'), part('t-3b')], rationale: 'Te breed' } };
    return specify(putThemeOnAgenda)
      .given({ ...scheduled, ...themes(split) })
      .when(put('t-3'))
      .thenThrows(ErrorCode.PreconditionFailed, /themeId: theme t-3 was retired \(split into t-3a, t-3b\); put one of those on the agenda instead/);
  });
  it('follows a chain of merges to the theme that lives on', () => {
    const merge = (source: string, target: string): DomainEvent => ({
      type: 'ThemesMerged',
      data: { processId: PROCESS, targetThemeId: target, sourceThemeIds: [source], rationale: 'Samengevoegd', movedIdeaIds: [] },
    });
    return specify(putThemeOnAgenda)
      .given({ ...scheduled, ...themes(merge('t-1', 't-2'), merge('t-2', 't-3')) })
      .when(put('t-1'))
      .thenThrows(ErrorCode.PreconditionFailed, /merged into t-2; those live on in t-3\)/);
  });
  it('refuses a theme already on the agenda', () =>
    specify(putThemeOnAgenda)
      .given({ 'summit-leiden': [summitScheduled(), onAgenda('t-1')], ...themes() })
      .when(put('t-1'))
      .thenThrows(ErrorCode.AlreadyExists, /themeId: theme t-1 is already on the agenda/));
  it('refuses once voting has opened: the ballot was made from the agenda', () =>
    specify(putThemeOnAgenda)
      .given({ ...scheduled, ...themes(), 'voting-leiden': [votingOpened()] })
      .when(put('t-2'))
      .thenThrows(ErrorCode.InvalidState, /processId: voting has opened .* the agenda is frozen/));
});

describe('RecordSummitAttendance', () => {
  const record = (...entries: { attendeeId: string; kind: 'participant' | 'wildcard'; status: 'invited' | 'confirmed' | 'attended' | 'absent' }[]) => ({ processId: PROCESS, entries });
  const given = (summit: DomainEvent[] = [summitScheduled()]) => ({ ...registrations(['p-1', 'p-2', 'p-3'], ['w-1', 'w-2']), 'summit-leiden': summit });

  it('records who was invited, confirmed, attended or absent', () =>
    specify(recordSummitAttendance)
      .given(given())
      .when(record({ attendeeId: 'p-1', kind: 'participant', status: 'attended' }, { attendeeId: 'w-1', kind: 'wildcard', status: 'confirmed' }))
      .then([attendance(['p-1', 'participant', 'attended'], ['w-1', 'wildcard', 'confirmed'])]));
  it('needs a scheduled summit', () =>
    specify(recordSummitAttendance).given(registrations(['p-1'])).when(record({ attendeeId: 'p-1', kind: 'participant', status: 'invited' })).thenThrows(ErrorCode.PreconditionFailed));
  it('needs each attendee registered in the process as the kind given, naming the entry', () =>
    specify(recordSummitAttendance)
      .given(given())
      .when(record({ attendeeId: 'p-1', kind: 'participant', status: 'invited' }, { attendeeId: 'p-2', kind: 'wildcard', status: 'invited' }))
      .thenThrows(ErrorCode.PreconditionFailed, /entries\.1\.attendeeId: wildcard p-2 is not registered in process leiden/));
  it('refuses an unknown participant', () =>
    specify(recordSummitAttendance)
      .given(given())
      .when(record({ attendeeId: 'p-9', kind: 'participant', status: 'invited' }))
      .thenThrows(ErrorCode.PreconditionFailed, /entries\.0\.attendeeId: participant p-9/));
  it('refuses recording someone as another kind than before', () =>
    specify(recordSummitAttendance)
      .given({ ...given([summitScheduled(), attendance(['p-1', 'participant', 'invited'])]), 'wildcard-p-1': [wildcardRegistered('p-1')] })
      .when(record({ attendeeId: 'p-1', kind: 'wildcard', status: 'confirmed' }))
      .thenThrows(ErrorCode.InvalidState, /entries\.0\.kind: p-1 was recorded as a participant before, not a wildcard/));
  it('refuses more people invited, confirmed or attended than the venue seats', () =>
    specify(recordSummitAttendance)
      .given(given([summitScheduled({ capacity: 2, wildcardLimit: 1 }), attendance(['p-1', 'participant', 'confirmed'], ['p-2', 'participant', 'invited'])]))
      .when(record({ attendeeId: 'p-3', kind: 'participant', status: 'invited' }))
      .thenThrows(ErrorCode.InvalidState, /entries: this would bring 3 people .* its capacity is 2/));
  it('lets an absence free a seat for someone else', () =>
    specify(recordSummitAttendance)
      .given(given([summitScheduled({ capacity: 2, wildcardLimit: 1 }), attendance(['p-1', 'participant', 'confirmed'], ['p-2', 'participant', 'invited'])]))
      .when(record({ attendeeId: 'p-2', kind: 'participant', status: 'absent' }, { attendeeId: 'p-3', kind: 'participant', status: 'invited' }))
      .then([attendance(['p-2', 'participant', 'absent'], ['p-3', 'participant', 'invited'])]));
  it('refuses more wildcards than the wildcard limit, giving the numbers', () =>
    specify(recordSummitAttendance)
      .given(given([summitScheduled({ wildcardLimit: 1 }), attendance(['w-1', 'wildcard', 'invited'])]))
      .when(record({ attendeeId: 'w-2', kind: 'wildcard', status: 'confirmed' }))
      .thenThrows(ErrorCode.InvalidState, /entries: this would bring 2 wildcards .* the wildcard limit is 1/));
  it('does not count absent wildcards against the limit', () =>
    specify(recordSummitAttendance)
      .given(given([summitScheduled({ wildcardLimit: 1 }), attendance(['w-1', 'wildcard', 'invited'])]))
      .when(record({ attendeeId: 'w-1', kind: 'wildcard', status: 'absent' }, { attendeeId: 'w-2', kind: 'wildcard', status: 'confirmed' }))
      .then([attendance(['w-1', 'wildcard', 'absent'], ['w-2', 'wildcard', 'confirmed'])]));
});

describe('RecordTableDiscussion', () => {
  const discussion = { processId: PROCESS, table: 2, themeId: 't-1', keyPoints: ['Meer groen op de pleinen'] };
  const table = (n: number) => ({ table: n, memberIds: [`p-${n}`], composition: { size: 1, wildcards: 0, districts: { WK054603: 1 }, ageBands: { '27-39': 1 }, genders: { vrouw: 1 } } });
  const allocated: DomainEvent = { type: 'TablesAllocated', data: { processId: PROCESS, algorithm: 'round-robin', algorithmVersion: 1, seed: 1, tableSize: 8, tables: [table(1), table(2)] } };
  const summit = (...events: DomainEvent[]) => ({ 'summit-leiden': [summitScheduled(), onAgenda('t-1'), ...events] });

  it('records the key points a facilitator noted', () =>
    specify(recordTableDiscussion).given(summit(allocated)).when(discussion, facilitator).then([{ type: 'TableDiscussionRecorded', data: discussion }]));
  it('needs allocated tables', () => specify(recordTableDiscussion).given(summit()).when(discussion).thenThrows(ErrorCode.PreconditionFailed, /table: the tables .* have not been allocated/));
  it('refuses a table that does not exist', () =>
    specify(recordTableDiscussion).given(summit(allocated)).when({ ...discussion, table: 3 }).thenThrows(ErrorCode.NotFound, /table: there is no table 3; the summit has tables 1 to 2/));
  it('needs the theme on the agenda', () =>
    specify(recordTableDiscussion).given(summit(allocated)).when({ ...discussion, themeId: 't-2' }).thenThrows(ErrorCode.PreconditionFailed, /themeId: theme t-2 is not on the summit's agenda/));
});

describe('summit roles', () => {
  it('leaves everything to organisers, except table notes and ballot entry, which facilitators may do too', () => {
    const roles = Object.fromEntries(Object.entries(summitUseCases).map(([type, useCase]) => [type, [...useCase.roles]]));
    expect(roles).toEqual({
      ScheduleSummit: ['organiser'],
      PutThemeOnAgenda: ['organiser'],
      RecordSummitAttendance: ['organiser'],
      AllocateTables: ['organiser'],
      ReallocateTables: ['organiser'],
      RecordTableDiscussion: ['organiser', 'facilitator'],
      OpenVoting: ['organiser'],
      CastBallot: ['organiser', 'facilitator', 'voter'],
      IssueVotingCodes: ['organiser'],
      CloseVoting: ['organiser'],
      DeclareSummitResult: ['organiser'],
    });
  });
});
