import fc from 'fast-check';
import { parseVotes } from './fixed-point.util.js';
import type { Ballot } from './method.model.js';
import { stvMethod } from './stv.method.js';

const seed = 'leiden';
const THEMES = ['groen', 'wonen', 'zorg', 'jeugd', 'fiets', 'cultuur', 'sport'];

const ranking = (themes: readonly string[]) => fc.shuffledSubarray([...themes], { minLength: 1 });
const election = fc.record({
  themes: fc.integer({ min: 2, max: THEMES.length }).map((n) => THEMES.slice(0, n)),
  seats: fc.integer({ min: 1, max: 4 }),
  size: fc.integer({ min: 0, max: 60 }),
});
const ballotsFor = (themes: readonly string[], size: number) => fc.array(ranking(themes), { minLength: size, maxLength: size });
const stv = election.chain((e) => ballotsFor(e.themes, e.size).map((ballots) => ({ ...e, seats: Math.min(e.seats, e.themes.length), ballots })));

const tally = (ballots: readonly Ballot[], themes: readonly string[], seats: number) => stvMethod.tally(ballots, { seats, tieBreakSeed: seed }, themes);

describe('STV: properties', () => {
  it('is anonymous: the order of the ballots changes nothing, stage by stage', () => {
    fc.assert(
      fc.property(
        stv.chain((e) => fc.tuple(fc.constant(e), fc.shuffledSubarray(e.ballots, { minLength: e.ballots.length, maxLength: e.ballots.length }))),
        ([{ themes, seats, ballots }, shuffled]) => {
          // Bit for bit: the same JSON, key order included.
          expect(JSON.stringify(tally(shuffled, themes, seats))).toBe(JSON.stringify(tally(ballots, themes, seats)));
        },
      ),
    );
  });

  it('is neutral: renaming the themes renames the outcome, when no stage needed the lot', () => {
    fc.assert(
      fc.property(stv, fc.shuffledSubarray(THEMES, { minLength: THEMES.length, maxLength: THEMES.length }), ({ themes, seats, ballots }, names) => {
        const original = tally(ballots, themes, seats);
        fc.pre(original.rounds.every((r) => r.decidedBy !== 'lot'));
        const rename = new Map(themes.map((t, i) => [t, `x-${names[i]}`]));
        const to = (t: string) => rename.get(t) as string;
        const renamed = tally(
          ballots.map((b) => b.map(to)),
          themes.map(to),
          seats,
        );
        expect(new Set(renamed.chosenThemeIds)).toEqual(new Set(original.chosenThemeIds.map(to)));
        expect(renamed.rounds.map((r) => r.counts)).toEqual(original.rounds.map((r) => Object.fromEntries(Object.entries(r.counts).map(([t, v]) => [to(t), v]))));
      }),
      { numRuns: 150 },
    );
  });

  it('elects every theme with a quota of first preferences', () => {
    fc.assert(
      fc.property(stv, ({ themes, seats, ballots }) => {
        const result = tally(ballots, themes, seats);
        const quota = parseVotes(result.quota);
        for (const [themeId, votes] of Object.entries(result.rounds[0]!.counts)) {
          if (parseVotes(votes) >= quota) expect(result.chosenThemeIds).toContain(themeId);
        }
      }),
    );
  });

  it('is proportional: voters who hold k quotas and rank a set of themes first get at least k of them (Droop proportionality)', () => {
    const solidCoalition = fc
      .record({
        themes: fc.integer({ min: 3, max: THEMES.length }).map((n) => THEMES.slice(0, n)),
        seats: fc.integer({ min: 2, max: 4 }),
        size: fc.integer({ min: 10, max: 80 }),
      })
      .chain(({ themes, seats: s, size }) => {
        const seats = Math.min(s, themes.length - 1);
        const quota = Math.floor(size / (seats + 1)) + 1;
        return fc.integer({ min: 1, max: seats }).chain((k) =>
          fc.record({
            themes: fc.constant(themes),
            seats: fc.constant(seats),
            k: fc.constant(k),
            coalition: fc.shuffledSubarray(themes, { minLength: k, maxLength: themes.length - 1 }),
            supporters: fc.integer({ min: Math.min(k * quota, size), max: size }),
            size: fc.constant(size),
          }),
        );
      })
      .filter(({ k, size, seats, supporters }) => supporters >= k * (Math.floor(size / (seats + 1)) + 1))
      .chain((c) => {
        const others = c.themes.filter((t) => !c.coalition.includes(t));
        const coalitionBallot = fc
          .tuple(fc.shuffledSubarray(c.coalition, { minLength: c.coalition.length, maxLength: c.coalition.length }), fc.shuffledSubarray(others))
          .map(([first, rest]) => [...first, ...rest]);
        return fc.record({
          c: fc.constant(c),
          ballots: fc.tuple(
            fc.array(coalitionBallot, { minLength: c.supporters, maxLength: c.supporters }),
            fc.array(ranking(c.themes), { minLength: c.size - c.supporters, maxLength: c.size - c.supporters }),
          ),
        });
      });
    fc.assert(
      fc.property(solidCoalition, ({ c, ballots: [coalitionBallots, otherBallots] }) => {
        const result = tally([...coalitionBallots, ...otherBallots], c.themes, c.seats);
        expect(result.chosenThemeIds.filter((t) => c.coalition.includes(t)).length).toBeGreaterThanOrEqual(c.k);
      }),
    );
  });

  it('never chooses more than `seats` themes, and keeps the votes: counts + non-transferable + rounding = valid ballots', () => {
    fc.assert(
      fc.property(stv, ({ themes, seats, ballots }) => {
        const result = tally(ballots, themes, seats);
        expect(result.chosenThemeIds.length).toBeLessThanOrEqual(seats);
        let lost = 0n;
        for (const round of result.rounds) {
          lost += parseVotes(round.nonTransferable) + parseVotes(round.lostToRounding);
          const held = Object.values(round.counts).reduce((sum, v) => sum + parseVotes(v), 0n);
          expect(held + lost).toBe(BigInt(result.ballotCount) * 100000n);
        }
      }),
    );
  });
});
