import { parseVotes } from './fixed-point.util.js';
import { stvMethod, type StvTally } from './stv.method.js';
import { GPUS_2005_BALLOTS, GPUS_2005_CANDIDATES } from './testing/gpus-2005.fixtures.js';

const seed = 'leiden';
const repeat = (times: number, ranking: string[]): string[][] => Array.from({ length: times }, () => ranking);
const countsAt = (tally: StvTally, stage: number): Record<string, string> => tally.rounds[stage - 1]!.counts;
const nonTransferableUpTo = (tally: StvTally, stage: number): string => {
  const units = tally.rounds.slice(0, stage).reduce((sum, r) => sum + parseVotes(r.nonTransferable), 0n);
  return `${units / 100000n}.${(units % 100000n).toString().padStart(5, '0')}`;
};

describe('STV, Scottish rules: published worked examples', () => {
  it("Wikipedia 'Single transferable vote', Example (food at a party): 20 guests, 3 seats, Droop quota 6", () => {
    // Source: en.wikipedia.org/wiki/Single_transferable_vote, section "Example" (the food election;
    // mirrored at liquisearch.com/single_transferable_vote/example and, with ice-cream flavours, at
    // magickallgateway.org/STV/stvexample.html). 4 Oranges > Pears, 2 Pears > Oranges,
    // 8 Chocolate > Strawberries, 4 Chocolate > Sweets, 1 Strawberries, 1 Sweets. Chocolate is
    // elected with 12; its surplus of 6 moves at 6/12 = 0.5: 4 to Strawberries, 2 to Sweets. Pears
    // drops out, Oranges reaches 6 exactly; Sweets drops out, Strawberries takes the last seat.
    const themes = ['Oranges', 'Pears', 'Chocolate', 'Strawberries', 'Sweets'];
    const ballots = [
      ...repeat(4, ['Oranges', 'Pears']),
      ...repeat(2, ['Pears', 'Oranges']),
      ...repeat(8, ['Chocolate', 'Strawberries']),
      ...repeat(4, ['Chocolate', 'Sweets']),
      ['Strawberries'],
      ['Sweets'],
    ];
    const tally = stvMethod.tally(ballots, { seats: 3, tieBreakSeed: seed }, themes);

    expect(tally.quota).toBe('6.00000');
    expect(countsAt(tally, 1)).toEqual({ Oranges: '4.00000', Pears: '2.00000', Chocolate: '12.00000', Strawberries: '1.00000', Sweets: '1.00000' });
    expect(tally.rounds[0]!.elected).toEqual(['Chocolate']);
    expect(tally.rounds[1]).toMatchObject({ action: 'surplus', themeId: 'Chocolate', transferValue: '0.50000' });
    expect(countsAt(tally, 2)).toMatchObject({ Chocolate: '6.00000', Strawberries: '5.00000', Sweets: '3.00000' });
    expect(tally.rounds[2]).toMatchObject({ action: 'exclusion', themeId: 'Pears', elected: ['Oranges'] });
    expect(countsAt(tally, 3)).toMatchObject({ Oranges: '6.00000' });
    expect(tally.rounds[3]).toMatchObject({ action: 'exclusion', themeId: 'Sweets', elected: ['Strawberries'], nonTransferable: '3.00000' });
    expect(tally.chosenThemeIds).toEqual(['Chocolate', 'Oranges', 'Strawberries']);
  });

  it("Wikipedia 'Counting single transferable votes', Droop quota example: 57 voters, 2 seats, quota 20", () => {
    // Source: en.wikipedia.org/wiki/Counting_single_transferable_votes, "Droop quota" example: 57
    // voters, 2 seats, quota 57 / 3 + 1 = 20. Andrea has 40 first preferences and Delilah 17; Andrea's
    // surplus of 20 gives 12 to Carter and 8 to Brad; Brad, now lowest, is excluded and his votes go
    // to Carter, who reaches 20 and fills the second seat. The ballots below are the ones those counts
    // imply (later preferences that never come into play are left out).
    const themes = ['Andrea', 'Brad', 'Carter', 'Delilah'];
    const ballots = [
      ...repeat(16, ['Andrea', 'Brad', 'Carter']),
      ...repeat(24, ['Andrea', 'Carter', 'Brad']),
      ...repeat(17, ['Delilah']),
    ];
    const tally = stvMethod.tally(ballots, { seats: 2, tieBreakSeed: seed }, themes);

    expect(tally.quota).toBe('20.00000');
    expect(countsAt(tally, 1)).toEqual({ Andrea: '40.00000', Brad: '0.00000', Carter: '0.00000', Delilah: '17.00000' });
    expect(tally.rounds[1]!.transfers).toEqual({ Andrea: '-20.00000', Brad: '8.00000', Carter: '12.00000' });
    expect(tally.rounds[2]).toMatchObject({ action: 'exclusion', themeId: 'Brad', elected: ['Carter'] });
    expect(countsAt(tally, 3)).toMatchObject({ Carter: '20.00000', Delilah: '17.00000' });
    expect(tally.chosenThemeIds).toEqual(['Andrea', 'Carter']);
    expect(tally.lines.map((l) => [l.themeId, l.votes, l.rank, l.chosen])).toEqual([
      ['Andrea', '40.00000', 1, true],
      ['Carter', '20.00000', 2, true],
      ['Delilah', '17.00000', 3, false],
      ['Brad', '8.00000', 4, false],
    ]);
  });

  describe('GPUS Steering Committee 2005 (94 ballots, 13 candidates, 4 seats), Droop reference count under the Scottish rules', () => {
    // Source: github.com/jklundell/droop, test/blt/SC.blt and test/ref/dump/SC-scotland-fixed-p5-d5.txt.
    // The figures below are copied from that reference dump, stage by stage.
    const [dickinson, mookerjee, sevigny, lamarche, piacsek, , rotzler, olsen, jones, , , , kramer] = GPUS_2005_CANDIDATES;
    const tally = stvMethod.tally(GPUS_2005_BALLOTS, { seats: 4, tieBreakSeed: seed }, GPUS_2005_CANDIDATES);
    const stageOf = (action: string, themeId: string | undefined): number => tally.rounds.findIndex((r) => r.action === action && r.themeId === themeId) + 1;

    it('has quota 19 and the first preferences of the reference', () => {
      expect(tally.ballotCount).toBe(94);
      expect(tally.quota).toBe('19.00000');
      expect(countsAt(tally, 1)).toMatchObject({ [rotzler!]: '33.00000', [lamarche!]: '22.00000', [kramer!]: '18.00000', [sevigny!]: '8.00000', [dickinson!]: '6.00000' });
      expect(tally.rounds[0]!.elected).toEqual([rotzler, lamarche]);
    });

    it("transfers Rotzler's surplus of 14 at 0.42424 and then LaMarche's surplus of 3 at 0.13636", () => {
      expect(tally.rounds[1]).toMatchObject({ action: 'surplus', themeId: rotzler, transferValue: '0.42424' });
      expect(countsAt(tally, 2)).toMatchObject({
        [dickinson!]: '6.84848',
        [mookerjee!]: '3.42424',
        [sevigny!]: '8.42424',
        [piacsek!]: '2.42424',
        [rotzler!]: '19.00000',
        [olsen!]: '12.45448',
        [jones!]: '1.42424',
        [kramer!]: '18.00000',
      });
      expect(tally.rounds[2]).toMatchObject({ action: 'surplus', themeId: lamarche, transferValue: '0.13636' });
      expect(countsAt(tally, 3)).toMatchObject({
        [dickinson!]: '7.80300',
        [mookerjee!]: '3.56060',
        [sevigny!]: '9.24240',
        [lamarche!]: '19.00000',
        [piacsek!]: '2.69696',
        [olsen!]: '12.72720',
        [kramer!]: '18.54544',
      });
    });

    it('excludes the four candidates without votes, then Jones and Piacsek, which elects Kramer with 19.68180', () => {
      expect(tally.rounds.slice(3, 7).map((r) => r.action)).toEqual(['exclusion', 'exclusion', 'exclusion', 'exclusion']);
      expect(countsAt(tally, stageOf('exclusion', jones))).toMatchObject({ [olsen!]: '14.15144' });
      const afterPiacsek = stageOf('exclusion', piacsek);
      expect(countsAt(tally, afterPiacsek)).toMatchObject({ [dickinson!]: '8.80300', [mookerjee!]: '3.69696', [sevigny!]: '9.24240', [olsen!]: '14.57568', [kramer!]: '19.68180' });
      expect(tally.rounds[afterPiacsek - 1]!.elected).toEqual([kramer]);
    });

    it("transfers Kramer's surplus, then excludes Mookerjee, Dickinson and Olsen; Sevigny fills the last seat", () => {
      const afterKramer = stageOf('surplus', kramer);
      expect(countsAt(tally, afterKramer)).toMatchObject({ [dickinson!]: '9.01084', [mookerjee!]: '3.95360', [sevigny!]: '9.45496', [olsen!]: '14.57568', [kramer!]: '19.00000' });
      expect(nonTransferableUpTo(tally, afterKramer)).toBe('0.00472');
      const afterMookerjee = stageOf('exclusion', mookerjee);
      expect(countsAt(tally, afterMookerjee)).toMatchObject({ [dickinson!]: '9.36448', [sevigny!]: '10.59132', [olsen!]: '15.61032' });
      expect(nonTransferableUpTo(tally, afterMookerjee)).toBe('1.43368');
      const afterDickinson = stageOf('exclusion', dickinson);
      expect(countsAt(tally, afterDickinson)).toMatchObject({ [sevigny!]: '16.62204', [olsen!]: '16.59988' });
      expect(nonTransferableUpTo(tally, afterDickinson)).toBe('3.77788');
      const afterOlsen = stageOf('exclusion', olsen);
      expect(afterOlsen).toBe(tally.rounds.length);
      expect(countsAt(tally, afterOlsen)).toMatchObject({ [sevigny!]: '18.59172' });
      expect(nonTransferableUpTo(tally, afterOlsen)).toBe('18.40808');
      expect(tally.chosenThemeIds).toEqual([rotzler, lamarche, kramer, sevigny]);
    });
  });
});

describe('STV transfer values', () => {
  it('are cut off at five decimals, never rounded (rule 48(3): "any remainder being ignored")', () => {
    // 13 ballots, 2 seats: quota floor(13 / 3) + 1 = 5. a has 6, a surplus of 1: 1/6 = 0.166666...
    // is cut to 0.16666 (rounding would give 0.16667), so b receives 6 x 0.16666 = 0.99996 and
    // 0.00004 is lost to the cut-off.
    const ballots = [...repeat(6, ['a', 'b']), ...repeat(4, ['c']), ...repeat(3, ['d'])];
    const tally = stvMethod.tally(ballots, { seats: 2, tieBreakSeed: seed }, ['a', 'b', 'c', 'd']);
    expect(tally.quota).toBe('5.00000');
    expect(tally.rounds[1]).toMatchObject({ action: 'surplus', themeId: 'a', transferValue: '0.16666', lostToRounding: '0.00004' });
    expect(countsAt(tally, 2)).toMatchObject({ a: '5.00000', b: '0.99996' });
  });
});

describe('STV ballots', () => {
  const themes = ['groen', 'wonen', 'zorg'];
  const check = (ballot: string[]) => stvMethod.validateBallot(ballot, { seats: 2, tieBreakSeed: seed }, themes);

  it('accepts a ranking of some or all themes', () => {
    expect(check(['zorg'])).toBeNull();
    expect(check(['zorg', 'groen', 'wonen'])).toBeNull();
  });

  it('names the position of the first problem', () => {
    expect(check([])).toMatch(/^choices: the ballot is empty/);
    expect(check(['groen', 'sport'])).toBe('choices.1: theme sport is not on the ballot');
    expect(check(['groen', 'wonen', 'groen'])).toBe('choices.2: theme groen is ranked twice');
  });
});

describe('STV ties', () => {
  it('breaks an exclusion tie by the most recent earlier stage at which the themes differed (rule 51)', () => {
    // 21 ballots, 2 seats: quota floor(21 / 3) + 1 = 8. a has 10, a surplus of 2 at 2/10 = 0.2 per
    // paper, all to c: b and c then both have 4. At stage 1 b had 4 and c 2, so c is excluded.
    const ballots = [...repeat(10, ['a', 'c']), ...repeat(4, ['b']), ...repeat(2, ['c']), ...repeat(5, ['d'])];
    const tally = stvMethod.tally(ballots, { seats: 2, tieBreakSeed: seed }, ['a', 'b', 'c', 'd']);
    expect(tally.quota).toBe('8.00000');
    expect(countsAt(tally, 2)).toMatchObject({ a: '8.00000', b: '4.00000', c: '4.00000', d: '5.00000' });
    expect(tally.rounds[2]).toMatchObject({ action: 'exclusion', themeId: 'c', decidedBy: 'previous-stage' });
  });

  it('uses the public lot when the themes were equal at every stage, and says so', () => {
    const tally = stvMethod.tally([['a'], ['b'], ['c']], { seats: 1, tieBreakSeed: seed }, ['a', 'b', 'c']);
    expect(tally.rounds[1]!.decidedBy).toBe('lot');
    expect(tally.tieBreak).toContain("'leiden:themeId'");
  });
});
