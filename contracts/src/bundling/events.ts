import { z } from 'zod';
import { defineEvent } from '../define.js';
import { IdSchema, PublicTextSchema } from '../primitives.js';

/** Why a moderator made a bundling decision; shown in the trail. */
export const RationaleSchema = PublicTextSchema(1000);

/** Title and description of a theme. */
const ThemeTextShape = {
  /** Short title of the theme, e.g. "Groen in de wijk". */
  title: PublicTextSchema(200),
  /** What the theme covers, in a few sentences. */
  description: PublicTextSchema(4000),
};

export const ThemeCreated = defineEvent(
  'ThemeCreated',
  1,
  z.object({
    /** The process; all themes of a process form one aggregate (stream `themes-<processId>`), so merges and splits are atomic. */
    processId: IdSchema,
    /** Id of the new theme. */
    themeId: IdSchema,
    ...ThemeTextShape,
  }),
);

export const ThemeRevised = defineEvent(
  'ThemeRevised',
  1,
  z.object({
    /** The process. */
    processId: IdSchema,
    /** The theme. */
    themeId: IdSchema,
    ...ThemeTextShape,
    /** Why it was revised. */
    reason: RationaleSchema,
  }),
);

export const IdeaLinkedToTheme = defineEvent(
  'IdeaLinkedToTheme',
  1,
  z.object({
    /** The process. */
    processId: IdSchema,
    /** The theme. */
    themeId: IdSchema,
    /** The idea; an idea may sit in several themes. */
    ideaId: IdSchema,
    /** Why the idea belongs to this theme. */
    rationale: RationaleSchema,
  }),
);

export const IdeaUnlinkedFromTheme = defineEvent(
  'IdeaUnlinkedFromTheme',
  1,
  z.object({
    /** The process. */
    processId: IdSchema,
    /** The theme. */
    themeId: IdSchema,
    /** The idea. */
    ideaId: IdSchema,
    /** Why the link was undone. */
    rationale: RationaleSchema,
  }),
);

export const ThemesMerged = defineEvent(
  'ThemesMerged',
  1,
  z.object({
    /** The process. */
    processId: IdSchema,
    /** The theme the others merge into; it stays active. */
    targetThemeId: IdSchema,
    /** The themes merged into the target; they are retired, never deleted. */
    sourceThemeIds: z.array(IdSchema).min(1, 'merge at least one theme').max(50),
    /** Why they were merged. */
    rationale: RationaleSchema,
    /** The ideas that followed the sources into the target (computed by the ledger). */
    movedIdeaIds: z.array(IdSchema),
  }),
);

/** One theme a split creates. */
export const SplitPartSchema = z.object({
  /** Id of the new theme. */
  themeId: IdSchema,
  ...ThemeTextShape,
  /** The source's ideas that go to this theme. */
  ideaIds: z.array(IdSchema).max(5000),
});

export const ThemeSplit = defineEvent(
  'ThemeSplit',
  1,
  z.object({
    /** The process. */
    processId: IdSchema,
    /** The theme split up; it is retired, never deleted. */
    sourceThemeId: IdSchema,
    /** The new themes, with the source's ideas divided among them. */
    parts: z.array(SplitPartSchema).min(2, 'a split makes at least two themes').max(20),
    /** Why the theme was split. */
    rationale: RationaleSchema,
  }),
);

export const bundlingEvents = { ThemeCreated, ThemeRevised, IdeaLinkedToTheme, IdeaUnlinkedFromTheme, ThemesMerged, ThemeSplit } as const;
