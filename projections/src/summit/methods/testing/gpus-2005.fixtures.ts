/**
 * A real STV election, used as a published worked example: the Green Party of the United States
 * Steering Committee election of 24 July 2005 (94 ballots, 13 candidates, 4 seats), as shipped with
 * Droop, Jonathan Lundell's STV counter, in test/blt/SC.blt; Droop's reference count of it under
 * the Scottish rules is test/ref/dump/SC-scotland-fixed-p5-d5.txt (github.com/jklundell/droop),
 * and Droop's Scottish rule was validated against eSTV. Candidates are numbered from 1 as in the
 * BLT file; each line is one ballot, its preferences in order.
 */
export const GPUS_2005_CANDIDATES = [
  'Budd Dickinson',
  'Kirit Mookerjee',
  'Tom Sevigny',
  'Pat LaMarche',
  'Michael Piacsek',
  'Write-In 2',
  'Rebecca Rotzler',
  'Kristen Olsen',
  'Jason Jones',
  'Write-In 1',
  'Steve Greenfield',
  'Jimmy Leas',
  'Steve Kramer',
] as const;

const BLT_BALLOTS = `
7 8 9 11 12
7 8 9 11 12
13 7 5 4 2 1
5 13 2 7 4 1
13 4 1 2
4 2 13 1 3
4 13 2 7
7 8 12 1 13 9 2 4 11 5
1 13 3 4 7 5 2
4 1 13 7 3 5 2
4 1 13 7 3 5 2
1 4 13 2 7 5 3 9 8 12 11
7 1 8 9 13 3 2 4 12 5 11
7 8 9 11 12
7 1 8 9 13 3 2 4 12 5 11
7 8 9 11 12
7 8 9 11 12
7 8 9 11 12
5 1 13 3 2 4 7
7 8 9 3 12 2 13 5 1 4
3 13 1 2
3 13 1 2
4 7 13 5
4 5 13 3 2 1
7 8 9 11 12
7 9 8 12 11 2 13
7 8 9 11 12
7 8 9 11 12
4 3 13 1
4 3 13 1
13 3 4 1 7 2 5
3 13 4 1 7 2 5
13 3 4 1 2 5 7
13 1 4 2 5 3 7
13 4 3 1 2 5
3 13 1 4 2 7 5
4 3 13 8
4 3 13 1
1 4 13 7
1 4 13 7
7 3 4 13 1 5
9 11 8 7
7 8 9 11 12
13 3 5 2
4 5 2 3 13
13 5 2 4 1 3 7
13 5 2 1 7 3 8
7 8 9 12 11
7 8 4 9 12
13 4 7 2 8
4 13 2 7 1 8
7 8 11 9 12
8 4 7 11 13 9
7 4 2 13
13 1 7 4
4 1 2 13 9 5
1 4 13 5 3 2
7 5 4 8 11 2 13 1 3 9 12
4 8 7 5 13 2 1 3 9
3 4 7 2 12 13 8 1 5
7 8 9 11 12
7 8 11 9
7 8 11 9
7 8 9 11 12
7 8 9 11 12
7 8 9 11 12
13 2 4 7 5 1
7 8 9 11 12
7 8 9 11
7 8 9 11 12
2 7 8 12 13 11 1 5 9
4 7 8 2
4 13 5 2 1 3
13 4 7 3 1 5 8 2 9
4 3 13 1 7
13 4 1 3
4 1 13 3 2 7 8
2 4 13 5
2 3 4 1 13 7
3 1 4 13
4 3 1 2 11
3 1 4 13 2 7
4 1 2 8 3
4 1 5 13 2 3
4 1 5 13 2 3
7 8 9 11 12
7 8 9 11 12
13 7 3 2 5 4 1
13 5 7 2 4 1
7 8 9 11 12
1 13 3 7 2 4 5
13 1 2 7 4 5 3
13 1 2 7 4 5 3
3 1 4 2 13 7 9 5 8
`;

/** The 94 ballots, as rankings of candidate names. */
export const GPUS_2005_BALLOTS: readonly (readonly string[])[] = BLT_BALLOTS.trim()
  .split('\n')
  .map((line) => line.split(' ').map((n) => GPUS_2005_CANDIDATES[Number(n) - 1] as string));
