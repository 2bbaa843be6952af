import { definePublicView, publishAs } from '../public-view.js';
import { SummitScheduled, ThemePutOnAgenda, SummitAttendanceRecorded, TablesAllocated, TablesReallocated, TableDiscussionRecorded, VotingCodesIssued, VotingOpened, BallotCast, VotingClosed, SummitResultDeclared, type AllocatedTable } from './events.js';

/** Who sat at which table is private; each table's composition in aggregate is public. */
const tablesWithoutMembers = publishAs('each table\'s number and composition in aggregate; the members are left out', (tables: readonly AllocatedTable[]) =>
  tables.map(({ table, composition }) => ({ table, composition })),
);

/** What each summit event shows in public (see public-view.ts); every field is named. */
export const summitPublicViews = {
  SummitScheduled: definePublicView(SummitScheduled, { processId: 'public', date: 'public', venue: 'public', capacity: 'public', wildcardLimit: 'public' }),
  ThemePutOnAgenda: definePublicView(ThemePutOnAgenda, { processId: 'public', themeId: 'public', rule: 'public' }),
  SummitAttendanceRecorded: definePublicView(SummitAttendanceRecorded, { processId: 'public', entries: 'public' }),
  TablesAllocated: definePublicView(TablesAllocated, {
    processId: 'public',
    algorithm: 'public',
    algorithmVersion: 'public',
    seed: 'public',
    tableSize: 'public',
    tables: tablesWithoutMembers,
    quality: 'public',
    manualPlacements: 'drop',
  }),
  TablesReallocated: definePublicView(TablesReallocated, {
    processId: 'public',
    algorithm: 'public',
    algorithmVersion: 'public',
    seed: 'public',
    tableSize: 'public',
    tables: tablesWithoutMembers,
    quality: 'public',
    moves: 'drop',
    seated: 'drop',
    removed: 'drop',
    changes: 'public',
  }),
  TableDiscussionRecorded: definePublicView(TableDiscussionRecorded, { processId: 'public', table: 'public', themeId: 'public', keyPoints: 'public' }),
  VotingCodesIssued: definePublicView(VotingCodesIssued, { processId: 'public', codeHashes: 'drop', count: 'public' }),
  VotingOpened: definePublicView(VotingOpened, { processId: 'public', method: 'public', voters: 'public', themeIds: 'public', eligibleVoters: 'public' }),
  BallotCast: definePublicView(BallotCast, { processId: 'public', codeHash: 'drop', sealedBallot: 'drop' }),
  VotingClosed: definePublicView(VotingClosed, { processId: 'public', ballotCount: 'public', ballots: 'public' }),
  SummitResultDeclared: definePublicView(SummitResultDeclared, {
    processId: 'public',
    method: 'public',
    ballotCount: 'public',
    tally: 'public',
    chosenThemeIds: 'public',
    tieBreak: 'public',
    quota: 'public',
    rounds: 'public',
  }),
} as const;
