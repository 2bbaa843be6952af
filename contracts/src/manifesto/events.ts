import { z } from 'zod';
import { defineEvent } from '../define.js';
import { IdSchema, IsoDateSchema, PublicTextSchema } from '../primitives.js';
import { RationaleSchema } from '../bundling/events.js';

/** Who endorses the manifesto: a citizen, an institution, a business or a political party or group. */
export const EndorsementKindSchema = z.enum(['citizen', 'institution', 'business', 'politics']);

/**
 * What a clause says and what it rests on: adopted proposals, or, citing none, an editorial
 * clause that says so with a note.
 */
const ClauseContentShape = {
  /** The clause's text. */
  text: PublicTextSchema(4000),
  /** The adopted proposals of the same process the clause rests on; empty only for an editorial clause. */
  proposalIds: z
    .array(IdSchema)
    .max(100, 'cite at most 100 proposals')
    .refine((ids) => new Set(ids).size === ids.length, 'must not cite a proposal twice'),
  /** True for an editorial clause (e.g. an introduction or a closing word), which cites no proposal. */
  editorial: z.boolean(),
  /** For an editorial clause: why it cites no proposal, shown in the trail. */
  editorialNote: RationaleSchema.optional(),
};

export const ManifestoDrafted = defineEvent(
  'ManifestoDrafted',
  1,
  z.object({
    /** Id of the manifesto (stream `manifesto-<id>`, which holds its clauses). */
    manifestoId: IdSchema,
    /** The process. */
    processId: IdSchema,
    /** The manifesto's title, e.g. "Manifest Agenda voor Leiden". */
    title: PublicTextSchema(200),
    /** The opening text before the clauses. */
    preamble: PublicTextSchema(8000),
  }),
);

export const ManifestoClauseAdded = defineEvent(
  'ManifestoClauseAdded',
  1,
  z.object({
    /** The manifesto. */
    manifestoId: IdSchema,
    /** Id of the clause, unique within the manifesto. */
    clauseId: IdSchema,
    /** The clause's number in the manifesto (artikel 1, 2, ...); no two standing clauses share one. */
    position: z.number().int().positive().max(1000),
    ...ClauseContentShape,
  }),
);

export const ManifestoClauseRevised = defineEvent(
  'ManifestoClauseRevised',
  1,
  z.object({
    /** The manifesto. */
    manifestoId: IdSchema,
    /** The clause; earlier texts stay in the history. */
    clauseId: IdSchema,
    ...ClauseContentShape,
    /** Why it was revised. */
    reason: RationaleSchema,
  }),
);

export const ManifestoClauseWithdrawn = defineEvent(
  'ManifestoClauseWithdrawn',
  1,
  z.object({
    /** The manifesto. */
    manifestoId: IdSchema,
    /** The clause; it stays in the history, marked withdrawn, never deleted. */
    clauseId: IdSchema,
    /** Why it was withdrawn. */
    reason: RationaleSchema,
  }),
);

export const ManifestoAdopted = defineEvent(
  'ManifestoAdopted',
  1,
  z.object({
    /** The manifesto; its text is frozen from now on. */
    manifestoId: IdSchema,
    /** The day it was adopted. */
    adoptedOn: IsoDateSchema,
  }),
);

export const ManifestoPresented = defineEvent(
  'ManifestoPresented',
  1,
  z.object({
    /** The manifesto. */
    manifestoId: IdSchema,
    /** The day it was presented. */
    presentedOn: IsoDateSchema,
    /** The event it was presented at, e.g. "Slotbijeenkomst in de Hooglandse Kerk". */
    occasion: PublicTextSchema(200),
  }),
);

export const ManifestoEndorsed = defineEvent(
  'ManifestoEndorsed',
  1,
  z.object({
    /** The manifesto. */
    manifestoId: IdSchema,
    /** Id of the endorsement, unique within the manifesto. */
    endorsementId: IdSchema,
    /** Citizen, institution, business or politics. */
    kind: EndorsementKindSchema,
    /** The organisation, company or party that endorses; only for institution, business or politics, never for a citizen (a private person). */
    organisation: PublicTextSchema(200).optional(),
    /** The day of the endorsement. */
    endorsedOn: IsoDateSchema,
  }),
);

export const manifestoEvents = {
  ManifestoDrafted,
  ManifestoClauseAdded,
  ManifestoClauseRevised,
  ManifestoClauseWithdrawn,
  ManifestoAdopted,
  ManifestoPresented,
  ManifestoEndorsed,
} as const;
