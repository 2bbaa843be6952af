import { formatVotes, UNIT, votesOf } from './fixed-point.util.js';
import { lotOrder } from './tie-break.util.js';

/**
 * The count of the Scottish Local Government Elections Order 2007 (SSI 2007/42, schedule 1,
 * rules 45-52), in exact units of 0.00001 vote. Themes stand in for candidates. Where the rules say
 * "by lot", the public lot of tie-break.util.ts decides. docs/voting.md walks through it.
 */

/** How the theme of a stage was picked: by the count alone, by an earlier stage (rules 49(2), 51(2)), or by the lot. */
export type StvDecision = 'count' | 'previous-stage' | 'lot';

export interface StvRound {
  /** Stage number, from 1 (the first preferences). */
  readonly stage: number;
  readonly action: 'first-preferences' | 'surplus' | 'exclusion';
  /** The theme whose surplus is transferred, or which is excluded; null at the first stage. */
  readonly themeId: string | null;
  readonly decidedBy: StvDecision;
  /** Surplus stages: the value each first-preference paper carries on (rule 48(3) with value 1). */
  readonly transferValue: string | null;
  /** Votes moved in this stage, per theme (negative for the theme they leave). */
  readonly transfers: Readonly<Record<string, string>>;
  /** Votes on papers without a next available preference, this stage. */
  readonly nonTransferable: string;
  /** Votes lost because transfer values are cut off at five decimals, this stage. */
  readonly lostToRounding: string;
  /** Every theme's votes at the end of the stage. */
  readonly counts: Readonly<Record<string, string>>;
  /** Themes deemed elected at the end of this stage, in order. */
  readonly elected: readonly string[];
  /** The theme excluded in this stage, if any. */
  readonly excluded: readonly string[];
}

export interface StvOutcome {
  readonly validBallots: number;
  readonly quota: bigint;
  /** Elected themes, in the order they were deemed elected. */
  readonly elected: readonly string[];
  /** Excluded themes, in the order they were excluded. */
  readonly excluded: readonly string[];
  /** Per theme: votes when elected, when excluded, or at the end. */
  readonly finalVotes: ReadonlyMap<string, bigint>;
  readonly rounds: readonly StvRound[];
}

interface Paper {
  readonly ranking: readonly string[];
  readonly count: number;
  /** Value of each paper in the group, in units. */
  readonly value: bigint;
  /** Position in `ranking` of the theme that holds the papers now. */
  readonly at: number;
}

type Status = 'continuing' | 'elected' | 'excluded';

/** Identical rankings become one parcel; the parcel order never changes a total. */
const parcels = (ballots: readonly (readonly string[])[], themeIds: readonly string[]): Paper[] => {
  const onBallot = new Set(themeIds);
  const groups = new Map<string, { ranking: string[]; count: number }>();
  for (const ballot of ballots) {
    const ranking = [...new Set(ballot.filter((id) => onBallot.has(id)))];
    if (ranking.length === 0) continue;
    const key = ranking.join('\u0000');
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { ranking, count: 1 });
  }
  return [...groups.values()].map(({ ranking, count }) => ({ ranking, count, value: UNIT, at: 0 }));
};

export const countStv = (ballots: readonly (readonly string[])[], themeIds: readonly string[], seats: number, seed: string): StvOutcome => {
  const themes = [...new Set(themeIds)];
  const byLot = lotOrder(seed);
  const papers = parcels(ballots, themes);
  const validBallots = papers.reduce((n, p) => n + p.count, 0);
  // Rule 46: valid papers divided by seats + 1, decimals ignored, plus one.
  const quota = votesOf(Math.floor(validBallots / (seats + 1)) + 1);

  const status = new Map<string, Status>(themes.map((t) => [t, 'continuing']));
  const votes = new Map<string, bigint>(themes.map((t) => [t, 0n]));
  const piles = new Map<string, Paper[]>(themes.map((t) => [t, []]));
  const history: Map<string, bigint>[] = [];
  const rounds: StvRound[] = [];
  const elected: string[] = [];
  const excluded: string[] = [];
  const finalVotes = new Map<string, bigint>();
  let pending: string[] = [];

  const continuing = (): string[] => themes.filter((t) => status.get(t) === 'continuing');
  const v = (t: string): bigint => votes.get(t) ?? 0n;

  /** Rules 49(2)/51(2): look back, stage by stage, to the latest one where the tied themes differed; then the lot. */
  const pick = (tied: readonly string[], prefer: 'highest' | 'lowest'): { themeId: string; decidedBy: StvDecision } => {
    let set = [...tied];
    if (set.length === 1) return { themeId: set[0] as string, decidedBy: 'count' };
    for (let s = history.length - 2; s >= 0 && set.length > 1; s -= 1) {
      const at = history[s] as Map<string, bigint>;
      const values = set.map((t) => at.get(t) ?? 0n);
      const best = values.reduce((a, b) => (prefer === 'highest' ? (b > a ? b : a) : b < a ? b : a));
      set = set.filter((_, i) => values[i] === best);
      if (set.length === 1) return { themeId: set[0] as string, decidedBy: 'previous-stage' };
    }
    const lot = set.sort(byLot);
    return { themeId: (prefer === 'highest' ? lot[0] : lot[lot.length - 1]) as string, decidedBy: 'lot' };
  };

  /** Themes in order, most votes first, ties as the rules break them. */
  const ordered = (ids: readonly string[]): string[] => {
    const rest = [...ids];
    const out: string[] = [];
    while (rest.length > 0) {
      const top = rest.reduce((a, b) => (v(b) > a ? v(b) : a), v(rest[0] as string));
      const { themeId } = pick(
        rest.filter((t) => v(t) === top),
        'highest',
      );
      out.push(themeId);
      rest.splice(rest.indexOf(themeId), 1);
    }
    return out;
  };

  const nextPreference = (paper: Paper): number => {
    for (let i = paper.at + 1; i < paper.ranking.length; i += 1) if (status.get(paper.ranking[i] as string) === 'continuing') return i;
    return -1;
  };

  /** Moves the papers on to their next available preference at `valueOf(paper)`; returns the non-transferable votes. */
  const transfer = (from: string, valueOf: (p: Paper) => bigint, moved: Map<string, bigint>): bigint => {
    let nonTransferable = 0n;
    for (const paper of piles.get(from) ?? []) {
      const value = valueOf(paper);
      const at = nextPreference(paper);
      const amount = value * BigInt(paper.count);
      if (at < 0) {
        nonTransferable += amount;
        continue;
      }
      const to = paper.ranking[at] as string;
      piles.get(to)?.push({ ...paper, value, at });
      votes.set(to, v(to) + amount);
      moved.set(to, (moved.get(to) ?? 0n) + amount);
    }
    piles.set(from, []);
    return nonTransferable;
  };

  const record = (round: Omit<StvRound, 'stage' | 'counts' | 'elected' | 'transfers'>, moved: Map<string, bigint>): void => {
    history.push(new Map(votes));
    // Keys in ballot order, never in the order papers happened to be handled, so the JSON is the same for any order of ballots.
    const transfers = Object.fromEntries(themes.filter((t) => (moved.get(t) ?? 0n) !== 0n).map((t) => [t, formatVotes(moved.get(t) ?? 0n)]));
    const counts = Object.fromEntries(themes.map((t) => [t, formatVotes(v(t))]));
    rounds.push({ stage: rounds.length + 1, ...round, transfers, counts, elected: [] });
  };

  const markElected = (ids: readonly string[]): void => {
    const last = rounds[rounds.length - 1] as StvRound;
    for (const t of ids) {
      status.set(t, 'elected');
      elected.push(t);
      finalVotes.set(t, v(t));
      if (v(t) > quota) pending.push(t);
    }
    rounds[rounds.length - 1] = { ...last, elected: [...last.elected, ...ids] };
  };

  // Rule 45: the first preferences.
  for (const paper of papers) {
    const first = paper.ranking[0] as string;
    piles.get(first)?.push(paper);
    votes.set(first, v(first) + UNIT * BigInt(paper.count));
  }
  record({ action: 'first-preferences', themeId: null, decidedBy: 'count', transferValue: null, nonTransferable: '0.00000', lostToRounding: '0.00000', excluded: [] }, new Map());

  for (;;) {
    // Rule 47: whoever reaches the quota is deemed elected.
    markElected(ordered(continuing().filter((t) => v(t) >= quota)));
    if (elected.length >= seats) break;
    // Rule 52: as many continuing themes as vacancies left; a theme nobody supports is never chosen.
    if (continuing().length <= seats - elected.length) {
      markElected(ordered(continuing().filter((t) => v(t) > 0n)));
      break;
    }
    const moved = new Map<string, bigint>();
    if (pending.length > 0) {
      // Rules 48-49: the largest surplus first, every paper of that theme at a reduced value.
      const largest = pending.reduce((a, b) => (v(b) > v(a) ? b : a));
      const { themeId, decidedBy } = pick(
        pending.filter((t) => v(t) === v(largest)),
        'highest',
      );
      pending = pending.filter((t) => t !== themeId);
      const total = v(themeId);
      const surplus = total - quota;
      const nonTransferable = transfer(themeId, (p) => (surplus * p.value) / total, moved);
      const carried = [...moved.values()].reduce((a, b) => a + b, 0n);
      votes.set(themeId, quota);
      moved.set(themeId, -surplus);
      record(
        {
          action: 'surplus',
          themeId,
          decidedBy,
          transferValue: formatVotes((surplus * UNIT) / total),
          nonTransferable: formatVotes(nonTransferable),
          lostToRounding: formatVotes(surplus - carried - nonTransferable),
          excluded: [],
        },
        moved,
      );
      continue;
    }
    // Rules 50-51: exclude the theme with the fewest votes; its papers move on at the value they have.
    const hopefuls = continuing();
    const fewest = hopefuls.reduce((a, b) => (v(b) < v(a) ? b : a));
    const { themeId, decidedBy } = pick(
      hopefuls.filter((t) => v(t) === v(fewest)),
      'lowest',
    );
    status.set(themeId, 'excluded');
    excluded.push(themeId);
    finalVotes.set(themeId, v(themeId));
    moved.set(themeId, -v(themeId));
    const nonTransferable = transfer(themeId, (p) => p.value, moved);
    votes.set(themeId, 0n);
    record(
      { action: 'exclusion', themeId, decidedBy, transferValue: null, nonTransferable: formatVotes(nonTransferable), lostToRounding: '0.00000', excluded: [themeId] },
      moved,
    );
  }
  for (const t of continuing()) finalVotes.set(t, v(t));
  return { validBallots, quota, elected, excluded, finalVotes, rounds };
};
