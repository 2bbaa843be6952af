import { defineCommand } from '../define.js';
import { IdeaLinkedToTheme, IdeaUnlinkedFromTheme, ThemeCreated, ThemeRevised, ThemesMerged, ThemeSplit } from './events.js';

// A command carries the fields of the event it produces; the ledger works out which ideas follow a merge.

export const CreateTheme = defineCommand('CreateTheme', ThemeCreated.schema);
export const ReviseTheme = defineCommand('ReviseTheme', ThemeRevised.schema);
export const LinkIdeaToTheme = defineCommand('LinkIdeaToTheme', IdeaLinkedToTheme.schema);
export const UnlinkIdeaFromTheme = defineCommand('UnlinkIdeaFromTheme', IdeaUnlinkedFromTheme.schema);
export const MergeThemes = defineCommand('MergeThemes', ThemesMerged.schema.omit({ movedIdeaIds: true }));
export const SplitTheme = defineCommand('SplitTheme', ThemeSplit.schema);

export const bundlingCommands = { CreateTheme, ReviseTheme, LinkIdeaToTheme, UnlinkIdeaFromTheme, MergeThemes, SplitTheme } as const;
