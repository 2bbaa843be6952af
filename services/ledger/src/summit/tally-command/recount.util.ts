import { type EventData, eventDefinitions } from '@spoor/contracts';
import { type AnyMethodTally, parseVotes, tallyFor } from '@spoor/projections';

/**
 * Recounts every summit vote in a published log (docs/publication.md): the method and the ballot
 * of VotingOpened, the anonymous ballots of VotingClosed, counted again by the same code the
 * ledger counted with, and compared figure by figure with SummitResultDeclared.
 */

/** One vote of one process, as the log holds it. */
export interface PublishedVote {
  readonly processId: string;
  readonly opened: EventData<'VotingOpened'>;
  readonly closed: EventData<'VotingClosed'>;
  /** The declared result and its line in events.ndjson (from 1), if any. */
  readonly declared?: { readonly data: EventData<'SummitResultDeclared'>; readonly line: number };
}

export interface VoteRecount extends PublishedVote {
  readonly recount: AnyMethodTally;
  /** The first figure where the declared result differs from the recount; null when they agree. */
  readonly difference: string | null;
}

export class PublishedLogError extends Error {
  override readonly name = 'PublishedLogError';
}

const VOTE_EVENTS = ['VotingOpened', 'VotingClosed', 'SummitResultDeclared'] as const;
type VoteEvent = (typeof VOTE_EVENTS)[number];
const isVoteEvent = (type: unknown): type is VoteEvent => (VOTE_EVENTS as readonly unknown[]).includes(type);

/** The votes in a log's lines (`events.ndjson`), in log order; a vote opened again starts afresh, as in the ledger. */
export const votesInLog = (text: string): PublishedVote[] => {
  const open = new Map<string, { opened: EventData<'VotingOpened'>; closed?: EventData<'VotingClosed'>; declared?: PublishedVote['declared'] }>();
  const votes: PublishedVote[] = [];
  const finish = (processId: string): void => {
    const vote = open.get(processId);
    if (vote?.closed) votes.push({ processId, opened: vote.opened, closed: vote.closed, ...(vote.declared ? { declared: vote.declared } : {}) });
    open.delete(processId);
  };
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    const line = i + 1;
    let record: { type?: unknown; data?: unknown };
    try {
      record = JSON.parse(raw) as { type?: unknown; data?: unknown };
    } catch {
      throw new PublishedLogError(`events.ndjson line ${line}: not a JSON record`);
    }
    if (!isVoteEvent(record.type)) return;
    const parsed = eventDefinitions[record.type].schema.safeParse(record.data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new PublishedLogError(`events.ndjson line ${line}: ${record.type} data.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
    }
    const data = parsed.data as EventData<VoteEvent>;
    const vote = open.get(data.processId);
    if (record.type === 'VotingOpened') {
      finish(data.processId);
      open.set(data.processId, { opened: data as EventData<'VotingOpened'> });
    } else if (!vote) {
      throw new PublishedLogError(`events.ndjson line ${line}: ${record.type} for process ${data.processId} before its VotingOpened`);
    } else if (record.type === 'VotingClosed') {
      vote.closed = data as EventData<'VotingClosed'>;
    } else {
      if (!vote.closed) throw new PublishedLogError(`events.ndjson line ${line}: SummitResultDeclared for process ${data.processId} before its VotingClosed`);
      vote.declared = { data: data as EventData<'SummitResultDeclared'>, line };
    }
  });
  for (const processId of [...open.keys()]) finish(processId);
  return votes;
};

const list = (ids: readonly string[]): string => (ids.length === 0 ? '(none)' : ids.join(', '));

/** Exact comparison in hundred-thousandths: a declared STV count is a number, the recount states it as text. */
const sameVotes = (declared: number, recounted: number | string): boolean =>
  typeof recounted === 'string' ? BigInt(Math.round(declared * 1e5)) === parseVotes(recounted) : declared === recounted;

const stageDifference = (declared: EventData<'SummitResultDeclared'>['rounds'], recount: AnyMethodTally): string | null => {
  const recounted = 'rounds' in recount ? recount.rounds : undefined;
  if (!declared && !recounted) return null;
  if (!declared || !recounted) return `rounds: ${declared ? 'declared' : 'not declared'}, but the method ${recounted ? 'counts' : 'does not count'} in stages`;
  for (let i = 0; i < Math.max(declared.length, recounted.length); i += 1) {
    const d = declared[i];
    const r = recounted[i];
    if (!d || !r) return `rounds: ${declared.length} stages declared, the recount has ${recounted.length}`;
    for (const key of ['action', 'themeId', 'decidedBy', 'transferValue', 'nonTransferable', 'lostToRounding'] as const) {
      if (d[key] !== r[key]) return `rounds: stage ${r.stage} ${key} is ${String(d[key])} declared, ${String(r[key])} recounted`;
    }
    for (const key of ['transfers', 'counts'] as const) {
      const themes = [...new Set([...Object.keys(d[key]), ...Object.keys(r[key])])].sort();
      const theme = themes.find((t) => d[key][t] !== r[key][t]);
      if (theme !== undefined) return `rounds: stage ${r.stage} ${key}.${theme} is ${d[key][theme] ?? '(none)'} declared, ${r[key][theme] ?? '(none)'} recounted`;
    }
    if (list(d.elected) !== list(r.elected)) return `rounds: stage ${r.stage} elected ${list(d.elected)} declared, ${list(r.elected)} recounted`;
    if (list(d.excluded) !== list(r.excluded)) return `rounds: stage ${r.stage} excluded ${list(d.excluded)} declared, ${list(r.excluded)} recounted`;
  }
  return null;
};

/** The first figure where a declared result and the recount differ, in words; null when they agree. */
export const firstDifference = (vote: PublishedVote, recount: AnyMethodTally): string | null => {
  const declared = vote.declared?.data;
  if (!declared) return null;
  if (JSON.stringify(declared.method) !== JSON.stringify(vote.opened.method)) {
    return `method: declared ${JSON.stringify(declared.method)}, but voting opened with ${JSON.stringify(vote.opened.method)}`;
  }
  if (declared.ballotCount !== recount.ballotCount) return `ballotCount: ${declared.ballotCount} declared, ${recount.ballotCount} ballots counted`;
  for (let i = 0; i < Math.max(declared.tally.length, recount.lines.length); i += 1) {
    const d = declared.tally[i];
    const r = recount.lines[i];
    if (!d || !r) return `tally: ${declared.tally.length} lines declared, the recount has ${recount.lines.length}`;
    if (d.themeId !== r.themeId) return `tally line ${i + 1}: theme ${d.themeId} declared at rank ${d.rank}, the recount ranks ${r.themeId} there`;
    if (!sameVotes(d.votes, r.votes)) return `tally line ${i + 1}: theme ${d.themeId} has ${d.votes} votes declared, the recount gives ${r.votes}`;
    if (d.rank !== r.rank) return `tally line ${i + 1}: theme ${d.themeId} declared at rank ${d.rank}, recounted at ${r.rank}`;
    if (d.chosen !== r.chosen) return `tally line ${i + 1}: theme ${d.themeId} declared ${d.chosen ? 'chosen' : 'not chosen'}, the recount says ${r.chosen ? 'chosen' : 'not chosen'}`;
  }
  if (list(declared.chosenThemeIds) !== list(recount.chosenThemeIds)) return `chosenThemeIds: ${list(declared.chosenThemeIds)} declared, the recount chooses ${list(recount.chosenThemeIds)}`;
  const quota = 'quota' in recount ? recount.quota : undefined;
  if (declared.quota !== quota) return `quota: ${declared.quota ?? '(none)'} declared, ${quota ?? '(none)'} recounted`;
  return stageDifference(declared.rounds, recount);
};

/** Recounts each vote by its declared method, the process id seeding the public tie-break as in the ledger. */
export const recountVotes = (votes: readonly PublishedVote[]): VoteRecount[] =>
  votes.map((vote) => {
    const recount = tallyFor({ ...vote.opened.method, tieBreakSeed: vote.processId }, vote.closed.ballots, vote.opened.themeIds);
    return { ...vote, recount, difference: firstDifference(vote, recount) };
  });
