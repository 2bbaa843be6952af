import { z } from 'zod';
import { defineEvent } from '../define.js';
import { IdSchema, IsoDateSchema, PublicTextSchema } from '../primitives.js';
import { RationaleSchema } from '../bundling/events.js';

/** Who an attendee is: a participant (resident) or a wildcard. */
export const AttendeeKindSchema = z.enum(['participant', 'wildcard']);
/** Where an attendee stands: invited, confirmed, attended or absent (the latest recording counts). */
export const AttendanceStatusSchema = z.enum(['invited', 'confirmed', 'attended', 'absent']);

/** Aggregate make-up of one table: counts only, never who. */
export const TableCompositionSchema = z.object({
  /** Number of people at the table. */
  size: z.number().int().nonnegative(),
  /** Wildcards at the table (at most one). */
  wildcards: z.number().int().min(0).max(1),
  /** Residents per district code. */
  districts: z.record(z.string(), z.number().int().nonnegative()),
  /** Residents per age band. */
  ageBands: z.record(z.string(), z.number().int().nonnegative()),
  /** Residents per gender band. */
  genders: z.record(z.string(), z.number().int().nonnegative()),
});

/** One table: its number, its members (private: pseudonymous ids, never published) and its composition (public). */
export const AllocatedTableSchema = z.object({
  /** Table number, from 1. */
  table: z.number().int().positive(),
  /** Pseudonymous ids of the people seated here; private, the public view drops them. */
  memberIds: z.array(IdSchema),
  /** Aggregate composition, public. */
  composition: TableCompositionSchema,
});

export type AllocatedTable = z.infer<typeof AllocatedTableSchema>;

/** Approval voting: tick up to `maxChoices` themes; the `seats` themes with the most ticks go on. */
export const ApprovalMethodSchema = z.object({
  /** Approval voting: each voter ticks up to maxChoices themes; the themes with the most ticks win. */
  kind: z.literal('approval'),
  /** How many themes a voter may tick at most. */
  maxChoices: z.number().int().min(1).max(50),
  /** How many themes go on to the working groups. */
  seats: z.number().int().min(1).max(50),
});

/** Dot voting, cumulative: place up to `dots` dots, several on one theme if you like; the `seats` themes with the most dots go on. */
export const DotsMethodSchema = z.object({
  /** Dot voting: each voter places up to `dots` dots over the themes, as many on one theme as they like. */
  kind: z.literal('dots'),
  /** How many dots a voter may place at most (a ballot lists one theme id per dot). */
  dots: z.number().int().min(1).max(100),
  /** How many themes go on to the working groups. */
  seats: z.number().int().min(1).max(50),
});

/** Single transferable vote with the Droop quota, Scottish rules of 2007 (docs/voting.md): rank the themes 1, 2, 3, ... */
export const StvMethodSchema = z.object({
  /** STV: each voter ranks as many themes as they like; the count transfers surpluses and excluded themes' papers. */
  kind: z.literal('stv'),
  /** How many themes go on to the working groups. */
  seats: z.number().int().min(1).max(50),
});

/** The voting method, declared when voting opens and frozen from then on. */
export const VotingMethodSchema = z.discriminatedUnion('kind', [ApprovalMethodSchema, DotsMethodSchema, StvMethodSchema]);
export type VotingMethod = z.infer<typeof VotingMethodSchema>;

/** Someone placed at a table by hand (an interpreter's group, accessibility needs). */
export const ManualPlacementSchema = z.object({
  /** The attendee. */
  attendeeId: IdSchema,
  /** The table number. */
  table: z.number().int().positive(),
});

/** One seated person changing table after late changes; private, like every seat. */
export const TableMoveSchema = z.object({
  /** The attendee who moves. */
  attendeeId: IdSchema,
  /** The table they leave. */
  from: z.number().int().positive(),
  /** The table they go to. */
  to: z.number().int().positive(),
});

/**
 * How well the tables mirror the room (docs/allocation.md), lower is better: per attribute the
 * summed |residents with a value at a table - the table's share of them|, plus a weight per pair
 * of residents from the same living room at one table. Counts only, never who.
 */
export const AllocationQualitySchema = z.object({
  /** Summed deviation from the room's mix, per attribute and in total (wildcards are not part of the mix). */
  mixDeviation: z.object({
    /** Over districts. */
    districts: z.number().nonnegative(),
    /** Over age bands. */
    ageBands: z.number().nonnegative(),
    /** Over genders. */
    genders: z.number().nonnegative(),
    /** districts + ageBands + genders. */
    total: z.number().nonnegative(),
  }),
  /** Pairs of residents from the same living room at one table. */
  sameRoomPairs: z.number().int().nonnegative(),
  /** What one such pair weighs in the score. */
  sameRoomPairWeight: z.number().nonnegative(),
  /** mixDeviation.total + sameRoomPairWeight x sameRoomPairs. */
  score: z.number().nonnegative(),
  /** Residents whose living room the ledger knew (from ConversationHeld); same-room pairs are counted among them only. */
  residentsWithLivingRoom: z.number().int().nonnegative(),
});

/** Who may vote. */
export const VoterGroupSchema = z.enum(['residents', 'residents-and-wildcards']);

export const SummitScheduled = defineEvent(
  'SummitScheduled',
  1,
  z.object({
    /** The process; it has one summit (stream `summit-<processId>`). */
    processId: IdSchema,
    /** The day of the summit. */
    date: IsoDateSchema,
    /** Where it takes place, e.g. "Stadsgehoorzaal Leiden". */
    venue: PublicTextSchema(200),
    /** How many people the venue seats. */
    capacity: z.number().int().positive().max(100000),
    /** The most wildcards that may attend (100 by default). */
    wildcardLimit: z.number().int().nonnegative().max(10000).default(100),
  }),
);

export const ThemePutOnAgenda = defineEvent(
  'ThemePutOnAgenda',
  1,
  z.object({
    /** The process. */
    processId: IdSchema,
    /** The theme; it must not be retired. */
    themeId: IdSchema,
    /** The rule or rationale that put it there, e.g. "meer dan 40 ideeën". */
    rule: RationaleSchema,
  }),
);

/** One attendance recording. */
export const AttendanceEntrySchema = z.object({
  /** The participant's or wildcard's pseudonymous id. */
  attendeeId: IdSchema,
  /** Participant or wildcard. */
  kind: AttendeeKindSchema,
  /** Invited, confirmed, attended or absent. */
  status: AttendanceStatusSchema,
});

export const SummitAttendanceRecorded = defineEvent(
  'SummitAttendanceRecorded',
  1,
  z.object({
    /** The process. */
    processId: IdSchema,
    /** The recordings, e.g. one check-in list; an attendee appears at most once per recording. */
    entries: z
      .array(AttendanceEntrySchema)
      .min(1)
      .max(2000)
      .refine((es) => new Set(es.map((e) => e.attendeeId)).size === es.length, 'must not list an attendee twice'),
  }),
);

export const TablesAllocated = defineEvent(
  'TablesAllocated',
  1,
  z.object({
    /** The process. */
    processId: IdSchema,
    /** The allocation algorithm, e.g. "balanced-swap" (or "round-robin", the first one). */
    algorithm: z.string().min(1).max(60),
    /** Its version, so a recount uses the same code. */
    algorithmVersion: z.number().int().positive(),
    /** The seed that makes it repeatable. */
    seed: z.number().int().nonnegative(),
    /** The target table size. */
    tableSize: z.number().int().min(3).max(20),
    /** The tables. */
    tables: z.array(AllocatedTableSchema).min(1),
    /** The quality measure of these tables (docs/allocation.md); absent in allocations by round-robin, which did not measure it. */
    quality: AllocationQualitySchema.optional(),
    /** The placements by hand the allocation honoured; private (who sits where), kept so late changes honour them too. */
    manualPlacements: z.array(ManualPlacementSchema).optional(),
  }),
);

export const TablesReallocated = defineEvent(
  'TablesReallocated',
  1,
  z.object({
    /** The process. */
    processId: IdSchema,
    /** The algorithm for late changes, e.g. "late-changes": as few seated people as possible move. */
    algorithm: z.string().min(1).max(60),
    /** Its version, so a recount uses the same code. */
    algorithmVersion: z.number().int().positive(),
    /** The seed of the allocation being changed, which also orders the late arrivals. */
    seed: z.number().int().nonnegative(),
    /** The target table size. */
    tableSize: z.number().int().min(3).max(20),
    /** The tables after the changes, every one of them. */
    tables: z.array(AllocatedTableSchema).min(1),
    /** The quality measure of the tables after the changes. */
    quality: AllocationQualitySchema,
    /** Seated people who changed table; private (the public view keeps only how many). */
    moves: z.array(TableMoveSchema),
    /** Late arrivals and the table they were given; private. */
    seated: z.array(ManualPlacementSchema),
    /** No-shows and the table whose seat they freed; private. */
    removed: z.array(ManualPlacementSchema),
    /** How many moved, were seated and were removed: the public part of the three lists above. */
    changes: z.object({
      /** Seated people who changed table. */
      moved: z.number().int().nonnegative(),
      /** Late arrivals given a seat. */
      seated: z.number().int().nonnegative(),
      /** No-shows whose seat was freed. */
      removed: z.number().int().nonnegative(),
    }),
  }),
);

export const TableDiscussionRecorded = defineEvent(
  'TableDiscussionRecorded',
  1,
  z.object({
    /** The process. */
    processId: IdSchema,
    /** The table number. */
    table: z.number().int().positive(),
    /** The theme discussed; it must be on the agenda. */
    themeId: IdSchema,
    /** The key points, as the facilitator noted them (about the theme, never about persons). */
    keyPoints: z.array(PublicTextSchema(1000)).min(1).max(30),
  }),
);

export const VotingOpened = defineEvent(
  'VotingOpened',
  1,
  z.object({
    /** The process; the vote has its own stream `voting-<processId>`. */
    processId: IdSchema,
    /** The method, frozen from now on. */
    method: VotingMethodSchema,
    /** Who may vote. */
    voters: VoterGroupSchema,
    /** The themes on the ballot: the agenda when voting opened (filled in by the ledger). */
    themeIds: z.array(IdSchema).min(1),
    /** How many may vote: attendees who attended, of the voter group (filled in by the ledger). */
    eligibleVoters: z.number().int().nonnegative(),
  }),
);

/** A one-time voting code as printed on a badge: four groups of four Crockford base32 characters (80 random bits). */
export const VotingCodeSchema = z
  .string()
  .regex(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/, 'must be a voting code such as K7M4-QX2P-9RTA-BC2D');

/** Hex SHA-256 of a normalised voting code (docs/secret-ballot.md); the ledger never stores the code itself. */
export const VotingCodeHashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits (SHA-256 of a voting code)');

export const VotingCodesIssued = defineEvent(
  'VotingCodesIssued',
  1,
  z.object({
    /** The process whose vote the codes are for. */
    processId: IdSchema,
    /** Hashes of the codes, sorted, so their order says nothing about who got which; private, the public view keeps only the count. */
    codeHashes: z
      .array(VotingCodeHashSchema)
      .min(1, 'issue at least one code')
      .max(20000)
      .refine((hs) => new Set(hs).size === hs.length, 'must not list a code twice'),
    /** How many codes this batch holds. */
    count: z.number().int().positive(),
  }),
);

/** A ballot sealed for the ballot box: AES-256-GCM under the box key, padded to one length. Opened when voting closes. */
export const SealedBallotSchema = z.strictObject({
  /** Version of the sealing scheme. */
  v: z.literal(1),
  /** base64 of the 12-byte IV. */
  iv: z.string().length(16).regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64'),
  /** base64 of the ciphertext of the padded ballot. */
  ciphertext: z.string().min(4).max(12000).regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64'),
  /** base64 of the 16-byte authentication tag. */
  tag: z.string().length(24).regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64'),
});

export const BallotCast = defineEvent(
  'BallotCast',
  1,
  z.object({
    /** The process. */
    processId: IdSchema,
    /** Hash of the voting code used, which is now spent; private (the public view drops it). */
    codeHash: VotingCodeHashSchema,
    /** The ballot, sealed in the ballot box; its key is destroyed when voting closes, so code and ballot can never be joined. */
    sealedBallot: SealedBallotSchema,
  }),
);

export const VotingClosed = defineEvent(
  'VotingClosed',
  1,
  z.object({
    /** The process. */
    processId: IdSchema,
    /** Ballots received (filled in by the ledger). */
    ballotCount: z.number().int().nonnegative(),
    /** The opened ballot box: every ballot's choices, sorted, with no id, time or order of casting (filled in by the ledger). */
    ballots: z.array(z.array(IdSchema).max(100)),
  }),
);

/** An exact count as STV publishes it: five decimals, as text, e.g. "19.00000" or "-6.00000" for a transfer away. */
export const DecimalVotesSchema = z.string().regex(/^-?\d+\.\d{5}$/, 'must be a number with five decimals, e.g. "19.00000"');

/** One theme's line in the tally. */
export const TallyLineSchema = z.object({
  /** The theme. */
  themeId: IdSchema,
  /**
   * Votes it received: ticks (approval) or dots (dot voting), whole numbers; for STV its votes when
   * it was elected or excluded (or at the end), exact to five decimals (e.g. 4.33333).
   */
  votes: z
    .number()
    .nonnegative()
    .refine((v) => Math.abs(v * 1e5 - Math.round(v * 1e5)) < 1e-6, 'must have at most five decimals'),
  /** Place in the ranking, from 1, after the tie-break. */
  rank: z.number().int().positive(),
  /** Whether it goes on. */
  chosen: z.boolean(),
});

/** One stage of an STV count (docs/voting.md): what happened, and every theme's votes after it. */
export const StvRoundSchema = z.object({
  /** Stage number, from 1 (the first preferences). */
  stage: z.number().int().positive(),
  /** First preferences, a surplus transferred, or a theme excluded. */
  action: z.enum(['first-preferences', 'surplus', 'exclusion']),
  /** The theme whose surplus moves or which is excluded; null at the first stage. */
  themeId: IdSchema.nullable(),
  /** How that theme was picked: by the count, by an earlier stage (a tie), or by the public lot. */
  decidedBy: z.enum(['count', 'previous-stage', 'lot']),
  /** Surplus stages: the value each paper carries on, five decimals; null otherwise. */
  transferValue: DecimalVotesSchema.nullable(),
  /** Votes moved in this stage, per theme (negative for the theme they leave). */
  transfers: z.record(IdSchema, DecimalVotesSchema),
  /** Votes on papers with no next preference still in the count. */
  nonTransferable: DecimalVotesSchema,
  /** Votes lost because transfer values are cut off at five decimals. */
  lostToRounding: DecimalVotesSchema,
  /** Every theme's votes at the end of the stage. */
  counts: z.record(IdSchema, DecimalVotesSchema),
  /** Themes elected at the end of this stage, in order. */
  elected: z.array(IdSchema),
  /** The theme excluded in this stage, if any. */
  excluded: z.array(IdSchema),
});

export const SummitResultDeclared = defineEvent(
  'SummitResultDeclared',
  1,
  z.object({
    /** The process. */
    processId: IdSchema,
    /** The method the ballots were counted by (as declared when voting opened). */
    method: VotingMethodSchema,
    /** Ballots counted. */
    ballotCount: z.number().int().nonnegative(),
    /** Every theme on the ballot, by rank. */
    tally: z.array(TallyLineSchema),
    /** The chosen themes, by rank. */
    chosenThemeIds: z.array(IdSchema),
    /** How ties were broken, in words, so anyone can recount. */
    tieBreak: z.string(),
    /** STV only: the Droop quota, floor(ballots / (seats + 1)) + 1, with five decimals. */
    quota: DecimalVotesSchema.optional(),
    /** STV only: every stage of the count, so a recount can be compared stage by stage. */
    rounds: z.array(StvRoundSchema).optional(),
  }),
);

export const summitEvents = {
  SummitScheduled,
  ThemePutOnAgenda,
  SummitAttendanceRecorded,
  TablesAllocated,
  TablesReallocated,
  TableDiscussionRecorded,
  VotingCodesIssued,
  VotingOpened,
  BallotCast,
  VotingClosed,
  SummitResultDeclared,
} as const;
