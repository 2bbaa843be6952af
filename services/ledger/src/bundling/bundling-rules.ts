import { ErrorCode, SpoorError } from '@spoor/contracts';
import { type ThemeMap, type ThemeState, themeOf } from './theme-map.js';

/** Moderators bundle; organisers may do everything. */
export const bundlers = ['organiser', 'moderator'] as const;

/** The theme must exist and still be active (not merged or split away). */
export const mustBeActiveTheme = (map: ThemeMap, themeId: string, field: string): ThemeState => {
  const theme = themeOf(map, themeId);
  if (!theme) throw new SpoorError(ErrorCode.NotFound, `${field}: theme ${themeId} does not exist`, field);
  if (theme.status === 'retired') {
    throw new SpoorError(ErrorCode.PreconditionFailed, `${field}: theme ${themeId} was retired into ${theme.retiredInto.join(', ')}; use that theme instead`, field);
  }
  return theme;
};

/** A new theme id must not be in use, not even by a retired theme. */
export const mustBeNewTheme = (map: ThemeMap, themeId: string, field: string): void => {
  if (themeOf(map, themeId)) throw new SpoorError(ErrorCode.AlreadyExists, `${field}: theme ${themeId} already exists`, field);
};
