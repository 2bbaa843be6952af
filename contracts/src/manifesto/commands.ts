import { z } from 'zod';
import { defineCommand } from '../define.js';
import { IdSchema } from '../primitives.js';
import {
  ManifestoAdopted,
  ManifestoClauseAdded,
  ManifestoClauseRevised,
  ManifestoClauseWithdrawn,
  ManifestoDrafted,
  ManifestoEndorsed,
  ManifestoPresented,
} from './events.js';

// A command carries the fields of the event it produces; a new manifesto's id may be left out
// (it is derived from the commandId), a clause cites no proposal and is not editorial unless it says so.

export const DraftManifesto = defineCommand(
  'DraftManifesto',
  ManifestoDrafted.schema.extend({
    /** Id of the manifesto; derived from the commandId when left out. */
    manifestoId: IdSchema.optional(),
  }),
);

/** A clause cites no proposal and is not editorial unless it says so; both clause commands share these defaults. */
const ClauseDefaultsShape = {
  /** The adopted proposals the clause rests on; none when left out (then it must be editorial). */
  proposalIds: ManifestoClauseAdded.schema.shape.proposalIds.default([]),
  /** True for an editorial clause, which cites no proposal and says why in `editorialNote`; false when left out. */
  editorial: z.boolean().default(false),
};

export const AddManifestoClause = defineCommand('AddManifestoClause', ManifestoClauseAdded.schema.extend(ClauseDefaultsShape));
export const ReviseManifestoClause = defineCommand('ReviseManifestoClause', ManifestoClauseRevised.schema.extend(ClauseDefaultsShape));
export const WithdrawManifestoClause = defineCommand('WithdrawManifestoClause', ManifestoClauseWithdrawn.schema);
export const AdoptManifesto = defineCommand('AdoptManifesto', ManifestoAdopted.schema);
export const PresentManifesto = defineCommand('PresentManifesto', ManifestoPresented.schema);
export const EndorseManifesto = defineCommand('EndorseManifesto', ManifestoEndorsed.schema);

export const manifestoCommands = {
  DraftManifesto,
  AddManifestoClause,
  ReviseManifestoClause,
  WithdrawManifestoClause,
  AdoptManifesto,
  PresentManifesto,
  EndorseManifesto,
} as const;
