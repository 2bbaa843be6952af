import { createTheme } from './create-theme/create-theme.use-case.js';
import { linkIdeaToTheme } from './link-idea-to-theme/link-idea-to-theme.use-case.js';
import { mergeThemes } from './merge-themes/merge-themes.use-case.js';
import { reviseTheme } from './revise-theme/revise-theme.use-case.js';
import { splitTheme } from './split-theme/split-theme.use-case.js';
import { unlinkIdeaFromTheme } from './unlink-idea-from-theme/unlink-idea-from-theme.use-case.js';

export const bundlingUseCases = {
  CreateTheme: createTheme,
  ReviseTheme: reviseTheme,
  LinkIdeaToTheme: linkIdeaToTheme,
  UnlinkIdeaFromTheme: unlinkIdeaFromTheme,
  MergeThemes: mergeThemes,
  SplitTheme: splitTheme,
};
