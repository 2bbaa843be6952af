import { allocateTables } from './allocate-tables/allocate-tables.use-case.js';
import { castBallot } from './cast-ballot/cast-ballot.use-case.js';
import { closeVoting } from './close-voting/close-voting.use-case.js';
import { declareSummitResult } from './declare-summit-result/declare-summit-result.use-case.js';
import { issueVotingCodes } from './issue-voting-codes/issue-voting-codes.use-case.js';
import { openVoting } from './open-voting/open-voting.use-case.js';
import { reallocateTables } from './reallocate-tables/reallocate-tables.use-case.js';
import { putThemeOnAgenda } from './put-theme-on-agenda/put-theme-on-agenda.use-case.js';
import { recordSummitAttendance } from './record-summit-attendance/record-summit-attendance.use-case.js';
import { recordTableDiscussion } from './record-table-discussion/record-table-discussion.use-case.js';
import { scheduleSummit } from './schedule-summit/schedule-summit.use-case.js';

export const summitUseCases = {
  ScheduleSummit: scheduleSummit,
  PutThemeOnAgenda: putThemeOnAgenda,
  RecordSummitAttendance: recordSummitAttendance,
  AllocateTables: allocateTables,
  ReallocateTables: reallocateTables,
  RecordTableDiscussion: recordTableDiscussion,
  OpenVoting: openVoting,
  IssueVotingCodes: issueVotingCodes,
  CastBallot: castBallot,
  CloseVoting: closeVoting,
  DeclareSummitResult: declareSummitResult,
};
