import type { VotingMethod } from '@spoor/contracts';
import { own } from '../representativeness/read-model.util.js';
import { methodExplanation, recountExplanation, type SummitText } from './summit.messages.js';
import type { AttendanceStatus, StoredBallot, StoredResult, SummitReadModel, SummitRecord, SummitSchedule, VoterGroup } from './summit.read-model.js';
import { type SummitTablesView, tablesView } from './summit-tables.query.js';

export type AttendanceCounts = Record<AttendanceStatus, number>;

export interface SummitVotingView {
  status: 'open' | 'closed' | 'declared';
  method: VotingMethod;
  voters: VoterGroup;
  /** The themes on the ballot, in agenda order. */
  themeIds: string[];
  eligibleVoters: number;
  ballotCount: number;
  /** Every ballot cast, anonymous, in the order cast: enough to recount. */
  ballots: StoredBallot[];
  openedAt: string;
  closedAt: string | null;
  /** The method and how to recount, in plain words, Dutch and English. */
  explanation: { method: SummitText; recount: SummitText };
}

export interface SummitTallyView {
  ballotCount: number;
  /** How many themes go on. */
  seats: number;
  /** Every theme on the ballot, by rank. */
  lines: { themeId: string; votes: number; rank: number; chosen: boolean }[];
  chosenThemeIds: string[];
  /** How ties were broken, as declared. */
  tieBreak: string;
  /** True when the published ballots give the declared ballot count and votes per theme. */
  votesMatchBallots: boolean;
  declaredAt: string;
}

export interface SummitResultView {
  processId: string;
  threshold: number;
  schedule: SummitSchedule | null;
  /** Themes on the agenda, in the order they were put there, with the rule that put them there. */
  agenda: { position: number; themeId: string; rule: string; addedAt: string }[];
  /** Latest attendance status counts; residents and wildcards apart. */
  attendance: { residents: AttendanceCounts; wildcards: AttendanceCounts };
  tables: SummitTablesView | null;
  voting: SummitVotingView | null;
  result: SummitTallyView | null;
}

export interface SummitResultOptions {
  /** The smallest count shown in table compositions; 5 by default. */
  threshold?: number;
  /** The process; without it, the first process the log names. */
  processId?: string;
}

const attendanceCounts = (summit: SummitRecord): SummitResultView['attendance'] => {
  const zero = (): AttendanceCounts => ({ invited: 0, confirmed: 0, attended: 0, absent: 0 });
  const counts = { residents: zero(), wildcards: zero() };
  for (const a of Object.values(summit.attendance)) counts[a.kind === 'participant' ? 'residents' : 'wildcards'][a.status] += 1;
  return counts;
};

/** Recounts the ballots (a tick counts once per ballot, only for themes on the ballot) and compares with the declared tally. */
const matchesBallots = (result: StoredResult, themeIds: readonly string[], ballots: readonly StoredBallot[]): boolean => {
  const votes = (themeId: string) => ballots.filter((b) => b.choices.includes(themeId)).length;
  return (
    result.ballotCount === ballots.length &&
    result.tally.length === themeIds.length &&
    result.tally.every((line) => themeIds.includes(line.themeId) && line.votes === votes(line.themeId))
  );
};

const tallyView = (result: StoredResult, summit: SummitRecord): SummitTallyView => ({
  ballotCount: result.ballotCount,
  seats: result.method.seats,
  lines: result.tally.map((l) => ({ ...l })),
  chosenThemeIds: [...result.chosenThemeIds],
  tieBreak: result.tieBreak,
  votesMatchBallots: matchesBallots(result, summit.voting?.themeIds ?? [], summit.ballots),
  declaredAt: result.declaredAt,
});

/**
 * The summit in public: schedule, agenda, attendance counts, tables in aggregate (never member
 * ids), the vote with its anonymous ballots, and the result with how to recount it. Null when the
 * model knows no summit for the process.
 */
export const summitResult = (model: SummitReadModel, { threshold = 5, processId }: SummitResultOptions = {}): SummitResultView | null => {
  if (!Number.isInteger(threshold) || threshold < 1) throw new RangeError(`threshold: must be a whole number of at least 1, got ${threshold}`);
  const id = processId ?? model.processIds[0];
  const summit = id === undefined ? undefined : own(model.summits, id);
  if (!summit) return null;
  const voting = summit.voting;
  return {
    processId: summit.processId,
    threshold,
    schedule: summit.schedule && { ...summit.schedule },
    agenda: summit.agenda.map((a, i) => ({ position: i + 1, themeId: a.themeId, rule: a.rule, addedAt: a.addedAt })),
    attendance: attendanceCounts(summit),
    tables: summit.allocation && tablesView(summit.allocation, threshold),
    voting: voting && {
      status: voting.status,
      method: { ...voting.method },
      voters: voting.voters,
      themeIds: [...voting.themeIds],
      eligibleVoters: voting.eligibleVoters,
      ballotCount: summit.ballotsCast,
      ballots: summit.ballots.map((b) => ({ choices: [...b.choices] })),
      openedAt: voting.openedAt,
      closedAt: voting.closedAt,
      explanation: {
        method: methodExplanation(voting.method, voting.voters),
        recount: recountExplanation(summit.processId, voting.method.seats),
      },
    },
    result: summit.result && tallyView(summit.result, summit),
  };
};
