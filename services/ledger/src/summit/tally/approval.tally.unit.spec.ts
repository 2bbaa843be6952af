import { createHash } from 'node:crypto';
import { APPROVAL_TIE_BREAK, tallyApproval, tieBreakKey } from './approval.tally.js';

// Tie-break keys for process "leiden", worked out with `printf 'leiden:jeugd' | sha256sum`:
//   jeugd 0ae4ac87…  zorg 12e08842…  wonen 7d4f8748…  groen 965f4f30…   (ascending: jeugd, zorg, wonen, groen)
const themeIds = ['groen', 'wonen', 'zorg', 'jeugd'];
const ballots = [['groen', 'wonen'], ['groen', 'zorg'], ['wonen', 'zorg'], ['groen'], ['wonen', 'jeugd']].map((choices) => ({ choices }));

describe('approval tally', () => {
  it('counts a worked example by hand: 5 ballots, 4 themes, 2 seats', () => {
    // groen 3 (ballots 1, 2, 4), wonen 3 (1, 3, 5), zorg 2 (2, 3), jeugd 1 (5); groen and wonen tie, wonen's key is lower.
    expect(tallyApproval({ processId: 'leiden', themeIds, ballots, seats: 2 })).toEqual({
      tally: [
        { themeId: 'wonen', votes: 3, rank: 1, chosen: true },
        { themeId: 'groen', votes: 3, rank: 2, chosen: true },
        { themeId: 'zorg', votes: 2, rank: 3, chosen: false },
        { themeId: 'jeugd', votes: 1, rank: 4, chosen: false },
      ],
      chosenThemeIds: ['wonen', 'groen'],
    });
  });

  it('breaks a tie at the cut-off by the SHA-256 key, not by agenda order', () => {
    const tied = [['groen', 'zorg'], ['groen', 'jeugd'], ['groen', 'zorg', 'jeugd']].map((choices) => ({ choices }));
    const result = tallyApproval({ processId: 'leiden', themeIds, ballots: tied, seats: 2 });
    expect(result.chosenThemeIds).toEqual(['groen', 'jeugd']); // zorg and jeugd both have 2; jeugd's key 0ae4… < zorg's 12e0…
    const reordered = tallyApproval({ processId: 'leiden', themeIds: [...themeIds].reverse(), ballots: tied, seats: 2 });
    expect(reordered).toEqual(result);
  });

  it('keys each theme by the SHA-256 hex of "processId:themeId", which anyone can recompute', () => {
    expect(tieBreakKey('leiden', 'jeugd')).toBe(createHash('sha256').update('leiden:jeugd').digest('hex'));
    expect(tieBreakKey('leiden', 'jeugd').startsWith('0ae4ac87')).toBe(true);
  });

  it('gives the same result however the ballots are shuffled (ballots are anonymous and unordered)', () => {
    const expected = tallyApproval({ processId: 'leiden', themeIds, ballots, seats: 2 });
    const orders = [[4, 3, 2, 1, 0], [2, 0, 4, 1, 3], [1, 4, 0, 3, 2]];
    for (const order of orders) {
      expect(tallyApproval({ processId: 'leiden', themeIds, ballots: order.map((i) => ballots[i]!), seats: 2 })).toEqual(expected);
    }
  });

  it('lists themes without votes with their rank, and never chooses them', () => {
    const result = tallyApproval({ processId: 'leiden', themeIds, ballots: [{ choices: ['groen'] }, { choices: ['groen', 'zorg'] }], seats: 3 });
    expect(result.tally).toEqual([
      { themeId: 'groen', votes: 2, rank: 1, chosen: true },
      { themeId: 'zorg', votes: 1, rank: 2, chosen: true },
      { themeId: 'jeugd', votes: 0, rank: 3, chosen: false },
      { themeId: 'wonen', votes: 0, rank: 4, chosen: false },
    ]);
    expect(result.chosenThemeIds).toEqual(['groen', 'zorg']);
  });

  it('counts a tick once per ballot and ignores themes not on the ballot', () => {
    const result = tallyApproval({ processId: 'leiden', themeIds, ballots: [{ choices: ['groen', 'groen', 'elders'] }], seats: 1 });
    expect(result.tally.find((l) => l.themeId === 'groen')?.votes).toBe(1);
    expect(result.tally.map((l) => l.themeId)).not.toContain('elders');
  });

  it('says how ties are broken, in Dutch and English', () => {
    expect(APPROVAL_TIE_BREAK).toMatch(/SHA-256-hash van 'procesId:themaId'.*oplopend/);
    expect(APPROVAL_TIE_BREAK).toMatch(/SHA-256 hash of 'processId:themeId'.*ascending/);
  });
});
