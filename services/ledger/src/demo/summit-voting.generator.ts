import { type ApprovalTally, approvalMethod } from '@spoor/projections';
import { addMinutes, type LocalTime } from './amsterdam-time.util.js';
import { hashVotingCode, votingCodeFrom } from '../summit/ballot-box/voting-code.js';
import { DEMO_PROCESS_ID, FACILITATOR, pad, type TimedCommand, timed, VOTER } from './demo-command.model.js';
import { topicWeight } from './idea-bank/idea-bank.data.js';
import type { PlannedParticipant } from './participants.generator.js';
import type { SeededRandom } from './seeded-random.util.js';
import type { ThemeDefinition } from './themes.data.js';

/** The vote, as the real summit chose: tick up to three themes, six go on to the working groups. */
export const VOTING_METHOD = { kind: 'approval', maxChoices: 3, seats: 6 } as const;

export interface AgendaTheme {
  readonly theme: ThemeDefinition;
  /** Ideas in the theme when it went on the agenda. */
  readonly ideas: number;
  /** Districts those ideas came from. */
  readonly districts: number;
}

export interface SummitVote {
  readonly commands: TimedCommand[];
  readonly ballotCount: number;
  /** The result, counted by the method the ledger counts with. */
  readonly result: ApprovalTally;
}

const TICKS = [1, 2, 3];
const TICK_WEIGHTS = [0.07, 0.2, 0.73];

/** A voting code drawn from the demo's seed (a real process uses `npx spoor voting-codes`, from the OS's CSPRNG). */
const demoVotingCode = (random: SeededRandom): string => votingCodeFrom(Uint8Array.from({ length: 10 }, () => random.int(0, 255)));

/** Voters who vote on a tablet themselves; the rest fill in paper ballots that facilitators enter. */
const TABLET_SHARE = 0.6;

/** Up to `count` themes, drawn without replacement by weight. */
const drawThemes = (random: SeededRandom, themes: readonly AgendaTheme[], weights: readonly number[], count: number): string[] => {
  const left = themes.map((t, i) => ({ id: t.theme.themeId, weight: weights[i] ?? 0 }));
  const chosen: string[] = [];
  while (chosen.length < count && left.length > 0) {
    const pick = random.weighted(left, left.map((l) => l.weight));
    chosen.push(pick.id);
    left.splice(left.indexOf(pick), 1);
  }
  return chosen;
};

/**
 * The vote at the end of the day: nearly every resident who came casts a ballot, entered by the
 * table facilitators in a shuffled order. Choices lean towards themes with many ideas and towards
 * what the voter's district talks about, each theme with an appeal of its own on the day. The
 * chosen themes follow from the ledger's own tally of these ballots.
 */
export const planVoting = (random: SeededRandom, agenda: readonly AgendaTheme[], voters: readonly PlannedParticipant[], openAt: LocalTime): SummitVote => {
  const processId = DEMO_PROCESS_ID;
  const appeal = agenda.map(() => 0.6 + 0.8 * random.float());
  const abstaining = random.int(2, 8);
  const casting = random.shuffle(voters).slice(abstaining);
  // One code per badge of a resident who came, printed before the day; the ledger sees only hashes.
  const codes = new Set<string>();
  while (codes.size < voters.length) codes.add(demoVotingCode(random));
  const badges = [...codes];

  const commands: TimedCommand[] = [
    timed('IssueVotingCodes', 'demo-issue-voting-codes', { processId, codeHashes: badges.map(hashVotingCode) }, addMinutes(openAt, -240)),
    timed('OpenVoting', 'demo-open-voting', { processId, method: { ...VOTING_METHOD }, voters: 'residents' }, openAt),
  ];
  let at = addMinutes(openAt, 2);
  const ballots = casting.map((voter, i) => {
    const weights = agenda.map((a, k) => a.ideas ** 0.8 * (appeal[k] ?? 1) * topicWeight(voter.districtCode, a.theme.topic) ** 0.7);
    const choices = drawThemes(random, agenda, weights, random.weighted(TICKS, TICK_WEIGHTS));
    at = addMinutes(at, random.int(2, 7) / 60);
    const votingCode = badges[i] ?? '';
    const input = { processId, votingCode, choices };
    commands.push(timed('CastBallot', `demo-cast-ballot-${pad(i + 1, 4)}`, input, at, random.float() < TABLET_SHARE ? VOTER : FACILITATOR));
    return { choices };
  });
  const closeAt = addMinutes(openAt, Math.max(60, Math.ceil((at - openAt) / 60_000) + 5));
  commands.push(timed('CloseVoting', 'demo-close-voting', { processId }, closeAt));
  commands.push(timed('DeclareSummitResult', 'demo-declare-summit-result', { processId }, addMinutes(closeAt, 10)));

  const result = approvalMethod.tally(
    ballots.map((b) => b.choices),
    { maxChoices: VOTING_METHOD.maxChoices, seats: VOTING_METHOD.seats, tieBreakSeed: processId },
    agenda.map((a) => a.theme.themeId),
  );
  return { commands, ballotCount: ballots.length, result };
};
