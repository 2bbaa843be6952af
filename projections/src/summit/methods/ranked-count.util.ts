import type { MethodTallyLine } from './method.model.js';
import { lotOrder } from './tie-break.util.js';

/**
 * The ranking shared by approval and dot voting: most votes first, ties by the public lot. The
 * first `seats` themes with at least one vote are chosen; a theme nobody supported never is.
 */
export const rankByVotes = (votes: ReadonlyMap<string, number>, themeIds: readonly string[], seats: number, seed: string): MethodTallyLine<number>[] => {
  const byLot = lotOrder(seed);
  return [...new Set(themeIds)]
    .map((themeId) => ({ themeId, votes: votes.get(themeId) ?? 0 }))
    .sort((a, b) => b.votes - a.votes || byLot(a.themeId, b.themeId))
    .map((line, i) => ({ ...line, rank: i + 1, chosen: i < seats && line.votes > 0 }));
};

/** "1 thema" / "3 thema's", "1 theme" / "3 themes". */
export const themesNl = (n: number): string => (n === 1 ? '1 thema' : `${n} thema's`);
export const themesEn = (n: number): string => (n === 1 ? '1 theme' : `${n} themes`);
