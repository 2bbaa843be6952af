import type { ThemeDefinition } from './themes.data.js';

interface DemoTheme {
  definition: ThemeDefinition;
  status: 'active' | 'retired';
  /** In the order they were linked, as the ledger keeps them. */
  ideaIds: string[];
}

/**
 * The demo's own account of the theme map, kept the way the ledger's theme-map aggregate keeps
 * it (merged ideas follow the target, a split divides them), so that the later phases cite only
 * ideas that really sit in a theme. It refuses whatever the ledger would refuse.
 */
export class DemoThemeMap {
  private readonly themes = new Map<string, DemoTheme>();

  create(definition: ThemeDefinition): void {
    if (this.themes.has(definition.themeId)) throw new Error(`theme ${definition.themeId} exists`);
    this.themes.set(definition.themeId, { definition, status: 'active', ideaIds: [] });
  }

  link(themeId: string, ideaId: string): void {
    const theme = this.active(themeId);
    if (theme.ideaIds.includes(ideaId)) throw new Error(`idea ${ideaId} is already in ${themeId}`);
    theme.ideaIds.push(ideaId);
  }

  unlink(themeId: string, ideaId: string): void {
    const theme = this.active(themeId);
    if (!theme.ideaIds.includes(ideaId)) throw new Error(`idea ${ideaId} is not in ${themeId}`);
    theme.ideaIds = theme.ideaIds.filter((id) => id !== ideaId);
  }

  /** Retires the sources into the target; returns the ideas that moved. */
  merge(targetThemeId: string, sourceThemeIds: readonly string[]): string[] {
    const target = this.active(targetThemeId);
    const sources = sourceThemeIds.map((id) => this.active(id));
    const moved = [...new Set(sources.flatMap((s) => s.ideaIds))].filter((id) => !target.ideaIds.includes(id));
    for (const source of sources) source.status = 'retired';
    target.ideaIds.push(...moved);
    return moved;
  }

  split(sourceThemeId: string, parts: readonly { readonly definition: ThemeDefinition; readonly ideaIds: readonly string[] }[]): void {
    const source = this.active(sourceThemeId);
    const placed = new Set(parts.flatMap((p) => p.ideaIds));
    if (source.ideaIds.some((id) => !placed.has(id)) || parts.some((p) => p.ideaIds.length === 0)) throw new Error(`split of ${sourceThemeId} leaves ideas behind`);
    source.status = 'retired';
    for (const part of parts) {
      this.create(part.definition);
      this.active(part.definition.themeId).ideaIds = [...part.ideaIds];
    }
  }

  revise(themeId: string, title: string, description: string): void {
    const theme = this.active(themeId);
    if (theme.definition.title === title && theme.definition.description === description) throw new Error(`revision of ${themeId} changes nothing`);
    theme.definition = { ...theme.definition, title, description };
  }

  ideasOf(themeId: string): readonly string[] {
    return this.themes.get(themeId)?.ideaIds ?? [];
  }

  definitionOf(themeId: string): ThemeDefinition {
    const theme = this.themes.get(themeId);
    if (!theme) throw new Error(`unknown theme ${themeId}`);
    return theme.definition;
  }

  isActive(themeId: string): boolean {
    return this.themes.get(themeId)?.status === 'active';
  }

  /** The active themes, in the order they were made. */
  activeThemes(): ThemeDefinition[] {
    return [...this.themes.values()].filter((t) => t.status === 'active').map((t) => t.definition);
  }

  private active(themeId: string): DemoTheme {
    const theme = this.themes.get(themeId);
    if (!theme || theme.status !== 'active') throw new Error(`theme ${themeId} is not active`);
    return theme;
  }
}
