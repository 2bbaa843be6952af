import { defineCommand } from '../define.js';
import { IdSchema } from '../primitives.js';
import { UpdateCorrected, UpdatePublished } from './events.js';

// A command carries the fields of the event it produces; a new update's id may be left out (it is derived from the commandId).

export const PublishUpdate = defineCommand(
  'PublishUpdate',
  UpdatePublished.schema.extend({
    /** Id of the update; derived from the commandId when left out. */
    updateId: IdSchema.optional(),
  }),
);

export const CorrectUpdate = defineCommand('CorrectUpdate', UpdateCorrected.schema);

export const updatesCommands = { PublishUpdate, CorrectUpdate } as const;
