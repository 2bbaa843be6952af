import { z } from 'zod';
import { defineCommand } from '../define.js';
import { IdSchema } from '../primitives.js';
import {
  BallotCast,
  ManualPlacementSchema,
  SummitAttendanceRecorded,
  SummitScheduled,
  TableDiscussionRecorded,
  TablesAllocated,
  TablesReallocated,
  ThemePutOnAgenda,
  VotingClosed,
  VotingCodeSchema,
  VotingCodesIssued,
  VotingOpened,
} from './events.js';

// A command carries the fields of the event it produces, minus what the ledger computes itself.

export const ScheduleSummit = defineCommand('ScheduleSummit', SummitScheduled.schema);
export const PutThemeOnAgenda = defineCommand('PutThemeOnAgenda', ThemePutOnAgenda.schema);
export const RecordSummitAttendance = defineCommand('RecordSummitAttendance', SummitAttendanceRecorded.schema);

export const AllocateTables = defineCommand(
  'AllocateTables',
  TablesAllocated.schema.pick({ processId: true, seed: true }).extend({
    /** The target table size; tables differ by at most one. */
    tableSize: z.number().int().min(3).max(20).default(8),
    /** People to seat at a given table by hand; the rest is allocated around them. */
    manualPlacements: z
      .array(ManualPlacementSchema)
      .max(2000)
      .refine((ps) => new Set(ps.map((p) => p.attendeeId)).size === ps.length, 'must not place an attendee twice')
      .default([]),
  }),
);

/**
 * Late changes on the day: the ledger compares the latest attendance with the tables, frees the
 * seats of those now absent, seats those who arrived since, and moves as few people as it can.
 */
export const ReallocateTables = defineCommand('ReallocateTables', TablesReallocated.schema.pick({ processId: true }));

export const RecordTableDiscussion = defineCommand('RecordTableDiscussion', TableDiscussionRecorded.schema);

export const OpenVoting = defineCommand('OpenVoting', VotingOpened.schema.omit({ themeIds: true, eligibleVoters: true }));

export const IssueVotingCodes = defineCommand('IssueVotingCodes', VotingCodesIssued.schema.omit({ count: true }));

export const CastBallot = defineCommand(
  'CastBallot',
  BallotCast.schema.pick({ processId: true }).extend({
    /** The voter's one-time code from their badge; spent by this ballot. */
    votingCode: VotingCodeSchema,
    /** The themes chosen, as the method asks: ticked (approval), one entry per dot (dot voting), or in order of preference. */
    choices: z.array(IdSchema).max(100),
  }),
);

export const CloseVoting = defineCommand('CloseVoting', VotingClosed.schema.pick({ processId: true }));

export const DeclareSummitResult = defineCommand(
  'DeclareSummitResult',
  z.strictObject(
    {
      /** The process whose vote is counted. The result is computed from the ballots; nothing else can be sent. */
      processId: IdSchema,
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `${issue.keys.join(', ')}: the result is computed from the ballots by the declared method; it cannot be typed in`
          : undefined,
    },
  ),
);

export const summitCommands = {
  ScheduleSummit,
  PutThemeOnAgenda,
  RecordSummitAttendance,
  AllocateTables,
  ReallocateTables,
  RecordTableDiscussion,
  IssueVotingCodes,
  OpenVoting,
  CastBallot,
  CloseVoting,
  DeclareSummitResult,
} as const;
