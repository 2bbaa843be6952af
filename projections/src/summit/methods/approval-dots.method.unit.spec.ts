import { approvalMethod } from './approval.method.js';
import { dotsMethod } from './dots.method.js';
import { tieBreakKey } from './tie-break.util.js';

const seed = 'leiden';
const themes = ['groen', 'wonen', 'zorg', 'jeugd'];
const rows = (lines: readonly { themeId: string; votes: number; rank: number; chosen: boolean }[]) => lines.map((l) => [l.themeId, l.votes, l.rank, l.chosen]);

describe('the public lot', () => {
  it('is sha256 of "<seed>:<themeId>", the same hash `printf %s leiden:wonen | sha256sum` prints', () => {
    expect(tieBreakKey(seed, 'wonen')).toBe('7d4f87488754872d5063049160efc8bf9c711153d7474b551d9f9f92cab1422a');
    expect(tieBreakKey(seed, 'groen')).toBe('965f4f30731e831041082361fcb41d42911a9036ef3158f1fa21f0602d3886bd');
  });
});

describe('approval voting: worked examples', () => {
  const params = { maxChoices: 2, seats: 2, tieBreakSeed: seed };

  it('counts the example of docs/summit.md and breaks the groen/wonen tie by the hash', () => {
    // Hand count: groen+wonen, groen+zorg, wonen+zorg, groen, wonen+jeugd gives groen 3, wonen 3,
    // zorg 2, jeugd 1. sha256("leiden:wonen") = 7d4f... is below sha256("leiden:groen") = 965f...,
    // so wonen ranks first. The same figures as the approval tally the ledger has used so far.
    const ballots = [['groen', 'wonen'], ['groen', 'zorg'], ['wonen', 'zorg'], ['groen'], ['wonen', 'jeugd']];
    const tally = approvalMethod.tally(ballots, params, themes);
    expect(rows(tally.lines)).toEqual([
      ['wonen', 3, 1, true],
      ['groen', 3, 2, true],
      ['zorg', 2, 3, false],
      ['jeugd', 1, 4, false],
    ]);
    expect(tally.chosenThemeIds).toEqual(['wonen', 'groen']);
    expect(tally.ballotCount).toBe(5);
    expect(tally.tieBreak).toContain("'leiden:themeId'");
  });

  it('never chooses a theme nobody ticked, even with places left', () => {
    // Hand count: three ballots all tick groen only; wonen, zorg and jeugd have 0 votes.
    const tally = approvalMethod.tally([['groen'], ['groen'], ['groen']], params, themes);
    expect(tally.chosenThemeIds).toEqual(['groen']);
    expect(tally.lines.filter((l) => !l.chosen).every((l) => l.votes === 0)).toBe(true);
  });

  it('refuses a ballot with a problem, naming the tick', () => {
    expect(approvalMethod.validateBallot(['groen', 'wonen'], params, themes)).toBeNull();
    expect(approvalMethod.validateBallot([], params, themes)).toMatch(/^choices: the ballot is empty/);
    expect(approvalMethod.validateBallot(['groen', 'sport'], params, themes)).toBe('choices.1: theme sport is not on the ballot');
    expect(approvalMethod.validateBallot(['groen', 'groen'], params, themes)).toBe('choices.1: theme groen is ticked twice');
    expect(approvalMethod.validateBallot(['groen', 'wonen', 'zorg'], params, themes)).toBe('choices.2: at most 2 ticks per ballot, this ballot has 3');
  });

  it('describes itself in Dutch and English, with the seed filled in', () => {
    const text = approvalMethod.describe(params);
    expect(text.nl).toMatch(/^Goedkeuringsstemming\. .*hoogstens 2 thema's.*De 2 thema's met de meeste stemmen/);
    expect(text.nl).toContain("printf '%s' 'leiden:themaId' | sha256sum");
    expect(text.en).toMatch(/^Approval voting\. .*at most 2 themes.*npx spoor tally DIR/);
  });
});

describe('dot voting (cumulative): worked examples', () => {
  const params = { dots: 3, seats: 2, tieBreakSeed: seed };

  it('adds up every dot, several on one theme included', () => {
    // Hand count, 3 dots each: [groen groen groen], [wonen zorg zorg], [wonen wonen jeugd], [zorg],
    // [jeugd groen] gives groen 3+1 = 4, wonen 1+2 = 3, zorg 2+1 = 3, jeugd 1+1 = 2. wonen and zorg
    // tie at 3; sha256("leiden:zorg") = 12e0... is below sha256("leiden:wonen") = 7d4f..., so zorg
    // is second and goes on. By approval (a theme once per ballot) groen would have 2, not 4.
    const ballots = [['groen', 'groen', 'groen'], ['wonen', 'zorg', 'zorg'], ['wonen', 'wonen', 'jeugd'], ['zorg'], ['jeugd', 'groen']];
    const tally = dotsMethod.tally(ballots, params, themes);
    expect(rows(tally.lines)).toEqual([
      ['groen', 4, 1, true],
      ['zorg', 3, 2, true],
      ['wonen', 3, 3, false],
      ['jeugd', 2, 4, false],
    ]);
    expect(tally.chosenThemeIds).toEqual(['groen', 'zorg']);
  });

  it('refuses more dots than allowed and themes not on the ballot, but allows repeats', () => {
    expect(dotsMethod.validateBallot(['groen', 'groen', 'groen'], params, themes)).toBeNull();
    expect(dotsMethod.validateBallot(['groen', 'groen', 'groen', 'wonen'], params, themes)).toBe('choices.3: at most 3 dots per ballot, this ballot has 4');
    expect(dotsMethod.validateBallot(['sport'], params, themes)).toBe('choices.0: theme sport is not on the ballot');
  });

  it('describes itself in Dutch and English', () => {
    const text = dotsMethod.describe(params);
    expect(text.nl).toMatch(/^Stippen plakken\. .*hoogstens 3 stippen/);
    expect(text.en).toMatch(/^Dot voting\. .*at most 3 dots/);
  });
});
