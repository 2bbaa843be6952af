import { explanationMessages } from './explanations.messages.js';
import { formatDay, formatList, type Localised, localise } from './localise.js';
import { type IdeaReach } from './trail-graph.js';
import { latest, own } from './lookup.util.js';
import { clauseList, currentTitle, groupName, proposalList, themeList } from './trail-step.js';
import type { TrailProposalState, TrailProposalStatus, TrailWithdrawalReason } from './trail.read-model.js';
import type { TrailOutcome } from './trail.views.js';

export interface OutcomeAndExplanation {
  outcome: TrailOutcome;
  explanation: Localised;
}

const withdrawn: Record<TrailWithdrawalReason, keyof typeof explanationMessages> = {
  'participant-request': 'withdrawnParticipantRequest',
  duplicate: 'withdrawnDuplicate',
  'recorded-in-error': 'withdrawnRecordedInError',
};

/** The last time the proposal reached this status (its latest event, should the log lack one). */
const lastEntry = (proposal: TrailProposalState, kind: TrailProposalStatus) => proposal.history.filter((e) => e.kind === kind).at(-1) ?? latest(proposal.history);
const latestTitle = (proposal: TrailProposalState) => latest(proposal.versions).title;

/** Furthest along first: adopted, then submitted, then still being drafted. */
const statusOrder: Record<TrailProposalStatus, number> = { adopted: 0, submitted: 1, drafted: 2, rejected: 3 };

const manifestoOutcome = (reach: IdeaReach): OutcomeAndExplanation => {
  const manifesto = reach.standingClauses[0]?.manifesto;
  const clauses = reach.standingClauses.filter((c) => c.manifesto === manifesto).map((c) => c.clause);
  const cited = new Set(clauses.flatMap((c) => latest(c.versions).proposalIds));
  const params = {
    clauses: clauseList(clauses.map((c) => c.position)),
    proposals: proposalList(reach.proposals.filter((p) => cited.has(p.proposalId)).map(latestTitle)),
    date: manifesto?.adopted ? formatDay(manifesto.adopted.date) : '',
  };
  return { outcome: 'reached-manifesto', explanation: localise(manifesto?.adopted ? explanationMessages.inManifesto : explanationMessages.inDraftManifesto, params) };
};

const rejectedOutcome = (reach: IdeaReach): OutcomeAndExplanation => {
  const rejected = reach.proposals.map((p) => ({ p, entry: lastEntry(p, 'rejected') })).sort((a, b) => a.entry.seq - b.entry.seq);
  const last = latest(rejected);
  const params = { proposal: latestTitle(last.p), date: formatDay(last.entry.date), reason: last.entry.note ?? '' };
  return { outcome: 'proposal-rejected', explanation: localise(explanationMessages.proposalRejected, params) };
};

const proposalOutcome = (reach: IdeaReach): OutcomeAndExplanation => {
  const proposal = reach.proposals.filter((p) => p.status !== 'rejected').sort((a, b) => statusOrder[a.status] - statusOrder[b.status])[0];
  if (!proposal) return rejectedOutcome(reach);
  const group = reach.workingGroups.find((g) => g.workingGroupId === proposal.workingGroupId);
  const base = { proposal: latestTitle(proposal), version: latest(proposal.versions).version, group: group ? groupName(group, 'subject') : proposal.workingGroupId };
  switch (proposal.status) {
    case 'adopted':
      return { outcome: 'in-proposal', explanation: localise(explanationMessages.proposalAdopted, { ...base, date: formatDay(lastEntry(proposal, 'adopted').date) }) };
    case 'submitted':
      return { outcome: 'in-proposal', explanation: localise(explanationMessages.proposalSubmitted, { ...base, date: formatDay(lastEntry(proposal, 'submitted').date) }) };
    default:
      return { outcome: 'in-proposal', explanation: localise(explanationMessages.proposalDrafting, base) };
  }
};

const summitOutcome = (reach: IdeaReach): OutcomeAndExplanation | undefined => {
  const group = reach.workingGroups[0];
  if (group) {
    const theme = reach.memberThemes.find((t) => group.themeIds.includes(t.themeId));
    const params = { group: groupName(group, 'subject'), theme: theme ? currentTitle(theme) : formatList(group.themeIds) };
    return { outcome: 'in-working-group', explanation: localise(explanationMessages.inWorkingGroup, params) };
  }
  const vote = reach.votes.find((v) => v.line.chosen) ?? reach.votes[0];
  if (!vote) return undefined;
  const { figures } = vote;
  const params = { theme: currentTitle(vote.theme), votes: figures.votes, rank: figures.rank, of: figures.of, chosen: figures.chosenCount };
  return figures.chosen
    ? { outcome: 'chosen', explanation: localise(explanationMessages.chosen, params) }
    : { outcome: 'not-chosen', explanation: localise(explanationMessages.notChosen, params) };
};

/** Before the summit decides: on the agenda, left off it, or still being bundled. */
const bundlingOutcome = ({ process, idea, currentThemes, agenda }: IdeaReach): OutcomeAndExplanation => {
  const first = agenda[0];
  const vote = process?.vote ?? null;
  if (first) {
    const offBallot = vote !== null && !agenda.some((a) => vote.ballotThemeIds.includes(a.theme.themeId));
    const params = { theme: currentTitle(first.theme), rule: first.entry.rule };
    return { outcome: 'on-agenda', explanation: localise(offBallot ? explanationMessages.onAgendaNotOnBallot : explanationMessages.onAgenda, params) };
  }
  const themes = themeList(currentThemes.map((t) => ({ themeId: t.themeId, title: currentTitle(t) })));
  if (process && (process.agenda.length > 0 || vote !== null)) {
    const key = currentThemes.length === 0 ? 'notOnAgendaNoTheme' : currentThemes.length === 1 ? 'notOnAgenda' : 'notOnAgendaMany';
    return { outcome: 'not-on-agenda', explanation: localise(explanationMessages[key], { themes, agenda: vote?.ballotThemeIds.length ?? process.agenda.length }) };
  }
  if (currentThemes.length > 0) return { outcome: 'in-bundling', explanation: localise(explanationMessages.inBundlingInTheme, { themes }) };
  const unlinked = idea.links.filter((l) => l.change === 'unlinked').at(-1);
  if (!unlinked) return { outcome: 'in-bundling', explanation: localise(explanationMessages.inBundlingNotLinked) };
  const theme = process ? own(process.themes, unlinked.themeId) : undefined;
  const params = { theme: theme ? currentTitle(theme) : unlinked.themeId, rationale: unlinked.rationale };
  return { outcome: 'in-bundling', explanation: localise(explanationMessages.inBundlingUnlinked, params) };
};

/**
 * How far the idea got and why it stopped there, the furthest stage winning: the manifesto, a
 * proposal, a working group, the vote, the agenda, bundling. A withdrawn idea says only that.
 */
export const ideaOutcome = (reach: IdeaReach): OutcomeAndExplanation => {
  const { idea } = reach;
  if (idea.withdrawal) return { outcome: 'withdrawn', explanation: localise(explanationMessages[withdrawn[idea.withdrawal.reason]]) };
  if (reach.standingClauses.length > 0) return manifestoOutcome(reach);
  if (reach.proposals.length > 0) return proposalOutcome(reach);
  return summitOutcome(reach) ?? bundlingOutcome(reach);
};
