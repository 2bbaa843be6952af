import { definePublicView } from '../public-view.js';
import { UpdatePublished, UpdateCorrected } from './events.js';

/** What each updates event shows in public (see public-view.ts); every field is named. */
export const updatesPublicViews = {
  UpdatePublished: definePublicView(UpdatePublished, { updateId: 'public', processId: 'public', title: 'public', body: 'public', publishedOn: 'public' }),
  UpdateCorrected: definePublicView(UpdateCorrected, { updateId: 'public', title: 'public', body: 'public', reason: 'public', correctedOn: 'public' }),
} as const;
