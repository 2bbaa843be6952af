import { z } from 'zod';

/** An identifier chosen by a client or derived from a commandId: letters, digits, `-` and `_`. */
export const IdSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(64, 'must be at most 64 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'must contain only letters, digits, "-" and "_", starting with a letter or digit');

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });

/** A moment in time, ISO 8601 with offset, e.g. `2017-10-12T19:30:00+02:00`. */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time, e.g. 2017-10-12T19:30:00+02:00' });

/** A CBS district (wijk) code: `WK` followed by the four-digit municipality code and a two-digit district number. */
export const DistrictCodeSchema = z.string().regex(/^WK\d{6}$/, 'must be a CBS district code such as WK054600');

/** A CBS municipality code such as `GM0546` (Leiden). */
export const MunicipalityCodeSchema = z.string().regex(/^GM\d{4}$/, 'must be a CBS municipality code such as GM0546');

/** Free text shown to the public, trimmed, never empty. */
export const PublicTextSchema = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** The age bands of the municipal register (BRP) as Leiden publishes them. */
export const AgeBandSchema = z.enum(['0-17', '18-26', '27-39', '40-54', '55-64', '65-74', '75+']);
export type AgeBand = z.infer<typeof AgeBandSchema>;

/** Gender as a participant states it; `x` covers non-binary and not stated. */
export const GenderSchema = z.enum(['vrouw', 'man', 'x']);
export type Gender = z.infer<typeof GenderSchema>;

/** A further dimension's band, keyed by dimension name (e.g. `{ "opleiding": "mbo" }`). */
export const OtherBandsSchema = z
  .record(z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/, 'dimension names are lower-case words'), z.string().min(1).max(40))
  .refine((r) => Object.keys(r).length <= 8, 'at most 8 further dimensions');

/** The phases of a process, in order. */
export const PhaseSchema = z.enum(['werving', 'gesprekken', 'bundeling', 'burgertop', 'werkgroepen', 'manifest', 'afgerond']);
export type Phase = z.infer<typeof PhaseSchema>;

/**
 * A receipt code (volgcode) handed to participants: eight Crockford base-32 characters in two
 * groups, e.g. `K7M4-QX2P`. No I, L, O or U, so it survives being read aloud and typed.
 */
export const ReceiptCodeSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/, 'must be a receipt code such as K7M4-QX2P');

/** The kind of an idea: a wish (wens) or a need (behoefte). */
export const IdeaKindSchema = z.enum(['wish', 'need']);
export type IdeaKind = z.infer<typeof IdeaKindSchema>;
