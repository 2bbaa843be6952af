import { definePublicView } from '../public-view.js';
import { ManifestoDrafted, ManifestoClauseAdded, ManifestoClauseRevised, ManifestoClauseWithdrawn, ManifestoAdopted, ManifestoPresented, ManifestoEndorsed } from './events.js';

/** What each manifesto event shows in public (see public-view.ts); every field is named. */
export const manifestoPublicViews = {
  ManifestoDrafted: definePublicView(ManifestoDrafted, { manifestoId: 'public', processId: 'public', title: 'public', preamble: 'public' }),
  ManifestoClauseAdded: definePublicView(ManifestoClauseAdded, { manifestoId: 'public', clauseId: 'public', position: 'public', text: 'public', proposalIds: 'public', editorial: 'public', editorialNote: 'public' }),
  ManifestoClauseRevised: definePublicView(ManifestoClauseRevised, { manifestoId: 'public', clauseId: 'public', text: 'public', proposalIds: 'public', editorial: 'public', editorialNote: 'public', reason: 'public' }),
  ManifestoClauseWithdrawn: definePublicView(ManifestoClauseWithdrawn, { manifestoId: 'public', clauseId: 'public', reason: 'public' }),
  ManifestoAdopted: definePublicView(ManifestoAdopted, { manifestoId: 'public', adoptedOn: 'public' }),
  ManifestoPresented: definePublicView(ManifestoPresented, { manifestoId: 'public', presentedOn: 'public', occasion: 'public' }),
  ManifestoEndorsed: definePublicView(ManifestoEndorsed, { manifestoId: 'public', endorsementId: 'public', kind: 'public', organisation: 'public', endorsedOn: 'public' }),
} as const;
