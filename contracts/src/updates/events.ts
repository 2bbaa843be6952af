import { z } from 'zod';
import { defineEvent } from '../define.js';
import { IdSchema, IsoDateSchema, PublicTextSchema } from '../primitives.js';
import { RationaleSchema } from '../bundling/events.js';

/** Title and body of a progress update. */
const UpdateTextShape = {
  /** Short title, e.g. "Werkgroepen van start". */
  title: PublicTextSchema(200),
  /** The update itself; about the process, never about persons. */
  body: PublicTextSchema(20000),
};

export const UpdatePublished = defineEvent(
  'UpdatePublished',
  1,
  z.object({
    /** Id of the update (stream `update-<id>`). */
    updateId: IdSchema,
    /** The process it reports on. */
    processId: IdSchema,
    ...UpdateTextShape,
    /** The day it was published. */
    publishedOn: IsoDateSchema,
  }),
);

export const UpdateCorrected = defineEvent(
  'UpdateCorrected',
  1,
  z.object({
    /** The update; the original and every earlier correction stay in the history. */
    updateId: IdSchema,
    ...UpdateTextShape,
    /** What was wrong and why it was corrected, shown with the update. */
    reason: RationaleSchema,
    /** The day of the correction. */
    correctedOn: IsoDateSchema,
  }),
);

export const updatesEvents = { UpdatePublished, UpdateCorrected } as const;
