import type { VotingMethod } from '@spoor/contracts';
import { own } from '../representativeness/read-model.util.js';
import { formatVotes, parseVotes, tallyFor } from './methods/index.js';
import { declaredMethod, methodExplanation, recountExplanation, type SummitText } from './summit.messages.js';
import type { AttendanceStatus, StoredBallot, StoredResult, StvStage, SummitReadModel, SummitRecord, SummitSchedule, VoterGroup } from './summit.read-model.js';
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
  /**
   * Every theme on the ballot, by rank; `exactVotes` is the count as the method states it: whole
   * votes for approval and dots ("3"), five decimals for STV ("19.00000").
   */
  lines: { themeId: string; votes: number; exactVotes: string; rank: number; chosen: boolean }[];
  chosenThemeIds: string[];
  /** How ties were broken, as declared. */
  tieBreak: string;
  /** STV only: the Droop quota. */
  quota: string | null;
  /** STV only: every stage of the count, as declared; per-theme figures as lists in ballot order. */
  rounds: SummitStvStageView[] | null;
  /** True when recounting the published ballots by the declared method gives the declared result, line by line. */
  votesMatchBallots: boolean;
  declaredAt: string;
}

/** A theme's figure in an STV stage, exact to five decimals. */
export interface ThemeVotesView {
  themeId: string;
  votes: string;
}

/** One STV stage in public, with its per-theme figures as lists (ballot order). */
export interface SummitStvStageView extends Omit<StvStage, 'transfers' | 'counts'> {
  transfers: ThemeVotesView[];
  counts: ThemeVotesView[];
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

const exactVotes = (method: VotingMethod, votes: number): string => (method.kind === 'stv' ? formatVotes(BigInt(Math.round(votes * 1e5))) : String(votes));

/**
 * Recounts the published ballots by the declared method (the same code the ledger counted with)
 * and compares every figure of the declared result: ballots, each line, the chosen themes, and
 * for STV the quota and every stage.
 */
const matchesBallots = (result: StoredResult, summit: SummitRecord): boolean => {
  const themeIds = summit.voting?.themeIds ?? [];
  const recount = tallyFor(declaredMethod(result.method, summit.processId), summit.ballots.map((b) => b.choices), themeIds);
  const sameLine = (i: number): boolean => {
    const declared = result.tally[i];
    const counted = recount.lines[i];
    if (!declared || !counted) return false;
    const votes = typeof counted.votes === 'string' ? parseVotes(counted.votes) === BigInt(Math.round(declared.votes * 1e5)) : counted.votes === declared.votes;
    return votes && declared.themeId === counted.themeId && declared.rank === counted.rank && declared.chosen === counted.chosen;
  };
  const stv = 'quota' in recount ? { quota: recount.quota, rounds: recount.rounds } : { quota: null, rounds: null };
  return (
    result.ballotCount === recount.ballotCount &&
    result.tally.length === recount.lines.length &&
    result.tally.every((_, i) => sameLine(i)) &&
    sameJson(result.chosenThemeIds, recount.chosenThemeIds) &&
    result.quota === stv.quota &&
    sameJson(result.rounds, stv.rounds)
  );
};

/** JSON equality that ignores the order of object keys (a published record has them sorted). */
const sameJson = (a: unknown, b: unknown): boolean => sortedJson(a) === sortedJson(b);
const sortedJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : v,
  );

const inBallotOrder = (figures: Readonly<Record<string, string>>, themeIds: readonly string[]): ThemeVotesView[] => {
  const order = new Map(themeIds.map((id, i) => [id, i]));
  return Object.entries(figures)
    .map(([themeId, votes]) => ({ themeId, votes }))
    .sort((a, b) => (order.get(a.themeId) ?? Infinity) - (order.get(b.themeId) ?? Infinity) || (a.themeId < b.themeId ? -1 : 1));
};

const stageView = (stage: StvStage, themeIds: readonly string[]): SummitStvStageView => ({
  ...stage,
  elected: [...stage.elected],
  excluded: [...stage.excluded],
  transfers: inBallotOrder(stage.transfers, themeIds),
  counts: inBallotOrder(stage.counts, themeIds),
});

const tallyView = (result: StoredResult, summit: SummitRecord): SummitTallyView => ({
  ballotCount: result.ballotCount,
  seats: result.method.seats,
  lines: result.tally.map((l) => ({ ...l, exactVotes: exactVotes(result.method, l.votes) })),
  chosenThemeIds: [...result.chosenThemeIds],
  tieBreak: result.tieBreak,
  quota: result.quota,
  rounds: result.rounds && result.rounds.map((r) => stageView(r, summit.voting?.themeIds ?? [])),
  votesMatchBallots: matchesBallots(result, summit),
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
        method: methodExplanation(voting.method, voting.voters, summit.processId),
        recount: recountExplanation(summit.processId),
      },
    },
    result: summit.result && tallyView(summit.result, summit),
  };
};
