import { type PortalContext, themeTitle } from './portal-context.js';
import type { PortalSummit } from './portal-data.views.js';

/**
 * The summit as the summitResult query gives it (tables in aggregate only, never who sat where),
 * with the themes' titles, and the anonymous ballots reduced to their choices for a recount.
 */
export const portalSummit = (context: PortalContext): PortalSummit | null => {
  const summit = context.summit;
  if (!summit) return null;
  const voting = summit.voting;
  const result = summit.result;
  return {
    schedule: summit.schedule,
    agenda: summit.agenda.map((a) => ({ position: a.position, themeId: a.themeId, title: themeTitle(context, a.themeId), rule: a.rule, addedAt: a.addedAt })),
    attendance: summit.attendance,
    tables: summit.tables,
    voting: voting && {
      status: voting.status,
      method: voting.method,
      voters: voting.voters,
      themeIds: voting.themeIds,
      eligibleVoters: voting.eligibleVoters,
      ballotCount: voting.ballotCount,
      ballots: voting.ballots.map((b) => b.choices),
      openedAt: voting.openedAt,
      closedAt: voting.closedAt,
      explanation: voting.explanation,
    },
    result: result && {
      ballotCount: result.ballotCount,
      seats: result.seats,
      lines: result.lines.map((l) => ({ themeId: l.themeId, title: themeTitle(context, l.themeId), votes: l.votes, exactVotes: l.exactVotes, rank: l.rank, chosen: l.chosen })),
      chosenThemeIds: result.chosenThemeIds,
      tieBreak: result.tieBreak,
      quota: result.quota,
      rounds: result.rounds,
      votesMatchBallots: result.votesMatchBallots,
      declaredAt: result.declaredAt,
    },
  };
};
