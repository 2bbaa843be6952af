import { type Aggregate, type EventOf, UnknownEventError } from '../shared/decider.js';

export type ThemeEvent = EventOf<'ThemeCreated' | 'ThemeRevised' | 'IdeaLinkedToTheme' | 'IdeaUnlinkedFromTheme' | 'ThemesMerged' | 'ThemeSplit'>;

export interface ThemeState {
  readonly themeId: string;
  readonly title: string;
  readonly description: string;
  /** Retired themes (merged or split) stay, but take no new ideas and cannot go on the agenda. */
  readonly status: 'active' | 'retired';
  /** Ideas in the theme; a retired theme keeps the ideas it had, for the lineage. */
  readonly ideaIds: readonly string[];
  /** For a retired theme: the themes it went into. */
  readonly retiredInto: readonly string[];
}

/**
 * All themes of one process form one aggregate (stream `themes-<processId>`): a merge retires
 * its sources and a split divides ideas among new themes, and both must happen atomically, which
 * separate theme streams cannot give on EventStoreDB (no multi-stream transactions).
 */
export type ThemeMap = { readonly status: 'none' } | { readonly status: 'bundling'; readonly processId: string; readonly themes: Readonly<Record<string, ThemeState>> };

const without = (ids: readonly string[], remove: readonly string[]): string[] => ids.filter((id) => !remove.includes(id));
const union = (...lists: (readonly string[])[]): string[] => [...new Set(lists.flat())];

const update = (map: ThemeMap, themeId: string, change: (t: ThemeState) => ThemeState): ThemeMap => {
  if (map.status === 'none') return map;
  const theme = map.themes[themeId];
  return theme ? { ...map, themes: { ...map.themes, [themeId]: change(theme) } } : map;
};

const themesOf = (map: ThemeMap): Readonly<Record<string, ThemeState>> => (map.status === 'none' ? {} : map.themes);

export const themeMapAggregate: Aggregate<ThemeMap, ThemeEvent> = {
  streamPrefix: 'themes',
  eventTypes: ['ThemeCreated', 'ThemeRevised', 'IdeaLinkedToTheme', 'IdeaUnlinkedFromTheme', 'ThemesMerged', 'ThemeSplit'],
  initialState: () => ({ status: 'none' }),
  evolve: (map, event) => {
    switch (event.type) {
      case 'ThemeCreated': {
        const { processId, themeId, title, description } = event.data;
        const theme: ThemeState = { themeId, title, description, status: 'active', ideaIds: [], retiredInto: [] };
        return { status: 'bundling', processId, themes: { ...themesOf(map), [themeId]: theme } };
      }
      case 'ThemeRevised':
        return update(map, event.data.themeId, (t) => ({ ...t, title: event.data.title, description: event.data.description }));
      case 'IdeaLinkedToTheme':
        return update(map, event.data.themeId, (t) => ({ ...t, ideaIds: union(t.ideaIds, [event.data.ideaId]) }));
      case 'IdeaUnlinkedFromTheme':
        return update(map, event.data.themeId, (t) => ({ ...t, ideaIds: without(t.ideaIds, [event.data.ideaId]) }));
      case 'ThemesMerged': {
        const { targetThemeId, sourceThemeIds, movedIdeaIds } = event.data;
        const merged = sourceThemeIds.reduce((m, id) => update(m, id, (t) => ({ ...t, status: 'retired', retiredInto: [targetThemeId] })), map);
        return update(merged, targetThemeId, (t) => ({ ...t, ideaIds: union(t.ideaIds, movedIdeaIds) }));
      }
      case 'ThemeSplit': {
        if (map.status === 'none') return map;
        const { sourceThemeId, parts } = event.data;
        const split = update(map, sourceThemeId, (t) => ({ ...t, status: 'retired', retiredInto: parts.map((p) => p.themeId) }));
        const created = Object.fromEntries(
          parts.map((p): [string, ThemeState] => [p.themeId, { themeId: p.themeId, title: p.title, description: p.description, status: 'active', ideaIds: p.ideaIds, retiredInto: [] }]),
        );
        return { ...map, themes: { ...themesOf(split), ...created } };
      }
      default:
        throw new UnknownEventError(event);
    }
  },
};

/** The active theme with this id, or undefined (unknown or retired). */
export const activeTheme = (map: ThemeMap, themeId: string): ThemeState | undefined => {
  const theme = themesOf(map)[themeId];
  return theme?.status === 'active' ? theme : undefined;
};

export const themeOf = (map: ThemeMap, themeId: string): ThemeState | undefined => themesOf(map)[themeId];
