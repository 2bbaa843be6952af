import { definePublicView } from '../public-view.js';
import { ThemeCreated, ThemeRevised, IdeaLinkedToTheme, IdeaUnlinkedFromTheme, ThemesMerged, ThemeSplit } from './events.js';

/** What each bundling event shows in public (see public-view.ts); every field is named. */
export const bundlingPublicViews = {
  ThemeCreated: definePublicView(ThemeCreated, { processId: 'public', themeId: 'public', title: 'public', description: 'public' }),
  ThemeRevised: definePublicView(ThemeRevised, { processId: 'public', themeId: 'public', title: 'public', description: 'public', reason: 'public' }),
  IdeaLinkedToTheme: definePublicView(IdeaLinkedToTheme, { processId: 'public', themeId: 'public', ideaId: 'public', rationale: 'public' }),
  IdeaUnlinkedFromTheme: definePublicView(IdeaUnlinkedFromTheme, { processId: 'public', themeId: 'public', ideaId: 'public', rationale: 'public' }),
  ThemesMerged: definePublicView(ThemesMerged, { processId: 'public', targetThemeId: 'public', sourceThemeIds: 'public', rationale: 'public', movedIdeaIds: 'public' }),
  ThemeSplit: definePublicView(ThemeSplit, { processId: 'public', sourceThemeId: 'public', parts: 'public', rationale: 'public' }),
} as const;
