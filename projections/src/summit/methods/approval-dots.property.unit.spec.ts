import fc from 'fast-check';
import { approvalMethod } from './approval.method.js';
import { dotsMethod } from './dots.method.js';
import type { Ballot } from './method.model.js';

const seed = 'leiden';
const THEMES = ['groen', 'wonen', 'zorg', 'jeugd', 'fiets', 'cultuur'];
const RENAMED = ['t-1', 't-2', 't-3', 't-4', 't-5', 't-6'];

const approvalBallots = fc.array(fc.subarray(THEMES, { minLength: 1, maxLength: 3 }), { maxLength: 40 });
const dotBallots = fc.array(fc.array(fc.constantFrom(...THEMES), { minLength: 1, maxLength: 4 }), { maxLength: 40 });
const methods = [
  { name: 'approval', method: approvalMethod, params: { maxChoices: 3, seats: 2, tieBreakSeed: seed }, ballots: approvalBallots },
  { name: 'dots', method: dotsMethod, params: { dots: 4, seats: 2, tieBreakSeed: seed }, ballots: dotBallots },
] as const;

const shuffledCopy = (ballots: readonly Ballot[]) => fc.shuffledSubarray([...ballots], { minLength: ballots.length, maxLength: ballots.length });
/** Adds single-theme ballots until every theme has a different count, so no tie-break is needed. */
const withoutTies = (bs: readonly Ballot[], count: (bs: readonly Ballot[]) => Map<string, number>): Ballot[] => {
  const counts = count(bs);
  const order = [...THEMES].sort((a, b) => (counts.get(a) ?? 0) - (counts.get(b) ?? 0));
  const padding: Ballot[] = [];
  let previous = -1;
  for (const t of order) {
    const target = Math.max(counts.get(t) ?? 0, previous + 1);
    for (let i = counts.get(t) ?? 0; i < target; i += 1) padding.push([t]);
    previous = target;
  }
  return [...bs, ...padding];
};
const votesByTheme = (lines: readonly { themeId: string; votes: number }[]) => new Map(lines.map((l) => [l.themeId, l.votes]));

describe.each(methods)('$name: properties', ({ method, params, ballots }) => {
  const tally = (bs: readonly Ballot[], themes: readonly string[] = THEMES) => method.tally(bs, params as never, themes);

  it('is anonymous: the order of the ballots changes nothing', () => {
    fc.assert(
      fc.property(
        ballots.chain((bs) => fc.tuple(fc.constant(bs), shuffledCopy(bs))),
        ([bs, shuffled]) => {
          expect(JSON.stringify(tally(shuffled))).toBe(JSON.stringify(tally(bs)));
        },
      ),
    );
  });

  it('is neutral: renaming the themes renames the outcome (inputs without ties)', () => {
    fc.assert(
      fc.property(ballots, fc.shuffledSubarray(RENAMED, { minLength: 6, maxLength: 6 }), (random, names) => {
        const bs = withoutTies(random, (b) => votesByTheme(tally(b).lines));
        const original = tally(bs);
        expect(new Set(original.lines.map((l) => l.votes)).size).toBe(THEMES.length);
        const rename = new Map(THEMES.map((t, i) => [t, names[i] as string]));
        const renamed = tally(
          bs.map((b) => b.map((t) => rename.get(t) as string)),
          THEMES.map((t) => rename.get(t) as string),
        );
        expect(renamed.lines).toEqual(original.lines.map((l) => ({ ...l, themeId: rename.get(l.themeId) })));
      }),
    );
  });

  it('is monotone: more support for a chosen theme keeps it chosen', () => {
    fc.assert(
      fc.property(ballots, fc.nat(), fc.integer({ min: 1, max: 3 }), (bs, pick, extra) => {
        const before = tally(bs);
        fc.pre(before.chosenThemeIds.length > 0);
        const winner = before.chosenThemeIds[pick % before.chosenThemeIds.length] as string;
        const after = tally([...bs, ...Array.from({ length: extra }, () => [winner])]);
        expect(after.chosenThemeIds).toContain(winner);
        expect(votesByTheme(after.lines).get(winner)).toBe((votesByTheme(before.lines).get(winner) ?? 0) + extra);
      }),
    );
  });

  it('chooses at most `seats` themes, none with fewer votes than a theme left out; fewer only when the rest had no votes', () => {
    fc.assert(
      fc.property(ballots, (bs) => {
        const { lines, chosenThemeIds } = tally(bs);
        expect(chosenThemeIds.length).toBeLessThanOrEqual(params.seats);
        const minChosen = Math.min(...lines.filter((l) => l.chosen).map((l) => l.votes));
        const left = lines.filter((l) => !l.chosen);
        for (const l of left) expect(l.votes).toBeLessThanOrEqual(minChosen);
        if (chosenThemeIds.length < params.seats) expect(left.every((l) => l.votes === 0)).toBe(true);
        expect(lines.map((l) => l.rank)).toEqual(lines.map((_, i) => i + 1));
      }),
    );
  });
});

describe('approval: moving a tick', () => {
  it('keeps a winner chosen when a voter swaps a tick from another theme to it', () => {
    fc.assert(
      fc.property(approvalBallots, fc.nat(), (bs, pick) => {
        const params = { maxChoices: 3, seats: 2, tieBreakSeed: seed };
        const before = approvalMethod.tally(bs, params, THEMES);
        fc.pre(before.chosenThemeIds.length > 0);
        const winner = before.chosenThemeIds[pick % before.chosenThemeIds.length] as string;
        const i = bs.findIndex((b) => !b.includes(winner));
        fc.pre(i >= 0);
        const changed = bs.map((b, j) => (j === i ? [...b.slice(1), winner] : b));
        expect(approvalMethod.tally(changed, params, THEMES).chosenThemeIds).toContain(winner);
      }),
    );
  });
});
