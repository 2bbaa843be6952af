import { z } from 'zod';
import { defineEvent } from '../define.js';
import { IdSchema, IsoDateSchema, PublicTextSchema } from '../primitives.js';
import { RationaleSchema } from '../bundling/events.js';
import { AttendeeKindSchema } from '../summit/events.js';

/** A werkgroep (working group) or a rondetafel (round table). */
export const WorkingGroupKindSchema = z.enum(['werkgroep', 'rondetafel']);

/** The part a member plays in a working group. */
export const WorkingGroupRoleSchema = z.enum(['member', 'secretary', 'chair']);

/** A member of a working group: a registered participant or wildcard, by pseudonymous id only. */
export const WorkingGroupMemberSchema = z.object({
  /** Pseudonymous id of the participant or wildcard; never a name. */
  id: IdSchema,
  /** Participant (resident) or wildcard. */
  kind: AttendeeKindSchema,
});

/** An organiser's decision to form a working group on themes the summit did not choose. */
export const WorkingGroupOverrideSchema = z.object({
  /** Why the group may work on these themes anyway; shown in the trail. */
  rationale: RationaleSchema,
});

/** A list of distinct ids, optionally at least one: naming the same one twice is a mistake, not an emphasis. */
const distinctIds = (what: 'theme' | 'idea', max: number, atLeastOne: boolean) =>
  z
    .array(IdSchema)
    .min(atLeastOne ? 1 : 0, `name at least one ${what}`)
    .max(max, `name at most ${max} ${what}s`)
    .refine((ids) => new Set(ids).size === ids.length, `must not name a ${what} twice`);

/** Title and text of a proposal version. */
const ProposalTextShape = {
  /** Short title of the proposal, e.g. "Een buurtbudget per wijk". */
  title: PublicTextSchema(200),
  /** The proposal itself; every version stays in the history so the portal can show the differences. */
  text: PublicTextSchema(20000),
};

export const WorkingGroupFormed = defineEvent(
  'WorkingGroupFormed',
  1,
  z.object({
    /** Id of the working group (stream `working-group-<id>`). */
    workingGroupId: IdSchema,
    /** The process. */
    processId: IdSchema,
    /** The group's public title, e.g. "Werkgroep Groen in de wijk" (never a person's name). */
    title: PublicTextSchema(200),
    /** Werkgroep or rondetafel. */
    kind: WorkingGroupKindSchema,
    /** The themes it works on: chosen at the summit, unless an organiser overrode that. */
    themeIds: distinctIds('theme', 20, true),
    /** Present when an organiser formed the group on themes the summit did not choose, with the rationale. */
    override: WorkingGroupOverrideSchema.optional(),
  }),
);

export const WorkingGroupJoined = defineEvent(
  'WorkingGroupJoined',
  1,
  z.object({
    /** The working group. */
    workingGroupId: IdSchema,
    /** Who joined, pseudonymously. */
    member: WorkingGroupMemberSchema,
    /** Member, secretary or chair. */
    role: WorkingGroupRoleSchema,
  }),
);

export const WorkingGroupLeft = defineEvent(
  'WorkingGroupLeft',
  1,
  z.object({
    /** The working group. */
    workingGroupId: IdSchema,
    /** Who left, pseudonymously; no reason is recorded, as that would be free text about a person. */
    member: WorkingGroupMemberSchema,
  }),
);

export const WorkingGroupMeetingHeld = defineEvent(
  'WorkingGroupMeetingHeld',
  1,
  z.object({
    /** The working group. */
    workingGroupId: IdSchema,
    /** Id of the meeting, unique within the group. */
    meetingId: IdSchema,
    /** The day of the meeting. */
    heldOn: IsoDateSchema,
    /** How many people attended (a count, never who). */
    attendeeCount: z.number().int().positive().max(1000),
    /** What was discussed and decided, about the topic and never about persons. */
    summary: PublicTextSchema(4000),
  }),
);

export const ProposalDrafted = defineEvent(
  'ProposalDrafted',
  1,
  z.object({
    /** Id of the proposal (stream `proposal-<id>`). */
    proposalId: IdSchema,
    /** The working group that drafts it. */
    workingGroupId: IdSchema,
    /** The process, that of the working group (filled in by the ledger). */
    processId: IdSchema,
    ...ProposalTextShape,
    /** The themes it builds on, all among its working group's themes. */
    themeIds: distinctIds('theme', 20, true),
    /** The ideas it builds on, each in one of its working group's themes. */
    ideaIds: distinctIds('idea', 5000, false),
    /** The version, 1 for the first draft (filled in by the ledger). */
    version: z.literal(1),
  }),
);

export const ProposalRevised = defineEvent(
  'ProposalRevised',
  1,
  z.object({
    /** The proposal. */
    proposalId: IdSchema,
    ...ProposalTextShape,
    /** What changed and why, e.g. "Na de bewonersavond: budget per wijk in plaats van per stad". */
    changeNote: RationaleSchema,
    /** The new version number, one more than the last (filled in by the ledger). */
    version: z.number().int().min(2),
  }),
);

export const ProposalSubmitted = defineEvent(
  'ProposalSubmitted',
  1,
  z.object({
    /** The proposal. */
    proposalId: IdSchema,
    /** The day the working group submitted it to the organisers. */
    submittedOn: IsoDateSchema,
    /** The version submitted (filled in by the ledger). */
    version: z.number().int().positive(),
  }),
);

export const ProposalAdopted = defineEvent(
  'ProposalAdopted',
  1,
  z.object({
    /** The proposal; from now on it is frozen and may be cited by the manifesto. */
    proposalId: IdSchema,
    /** The day it was adopted. */
    adoptedOn: IsoDateSchema,
    /** The version adopted (filled in by the ledger). */
    version: z.number().int().positive(),
  }),
);

export const ProposalRejected = defineEvent(
  'ProposalRejected',
  1,
  z.object({
    /** The proposal; the working group may revise it and submit it again. */
    proposalId: IdSchema,
    /** The day it was rejected. */
    rejectedOn: IsoDateSchema,
    /** Why it was rejected, shown in the trail. */
    reason: RationaleSchema,
    /** The version rejected (filled in by the ledger). */
    version: z.number().int().positive(),
  }),
);

export const followUpEvents = {
  WorkingGroupFormed,
  WorkingGroupJoined,
  WorkingGroupLeft,
  WorkingGroupMeetingHeld,
  ProposalDrafted,
  ProposalRevised,
  ProposalSubmitted,
  ProposalAdopted,
  ProposalRejected,
} as const;
