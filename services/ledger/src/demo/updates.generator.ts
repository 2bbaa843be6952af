import { localTime } from './amsterdam-time.util.js';
import type { PlannedConversation } from './conversations.generator.js';
import { DEMO_PROCESS_ID, pad, type TimedCommand, timed } from './demo-command.model.js';
import type { FollowUpPlan } from './follow-up.generator.js';
import type { PlannedIdea } from './ideas.generator.js';
import type { ManifestoPlan } from './manifesto.generator.js';
import type { PlannedAmbassador, PlannedWildcard } from './recruitment.generator.js';
import type { SummitPlan } from './summit.generator.js';
import { MERGES, SPLITS } from './themes.data.js';
import { type ProcessFacts, summitCorrection, updateTexts } from './updates.data.js';

const HALFWAY = '2017-10-23';
const MID_FOLLOW_UP = '2018-03-26';

/** The numbers the updates report, each as the organisers would know them on the day. */
export const processFacts = (plans: {
  readonly ambassadors: readonly PlannedAmbassador[];
  readonly participants: number;
  readonly wildcards: readonly PlannedWildcard[];
  readonly conversations: readonly PlannedConversation[];
  readonly ideas: readonly PlannedIdea[];
  readonly activeThemes: number;
  readonly summit: SummitPlan;
  readonly followUp: FollowUpPlan;
  readonly manifesto: ManifestoPlan;
}): ProcessFacts => {
  const halfway = localTime(HALFWAY);
  const { summit, followUp, manifesto } = plans;
  const titleOf = new Map(summit.agenda.map((a) => [a.theme.themeId, a.theme.title]));
  const decided = followUp.proposals.length;
  return {
    ambassadors: plans.ambassadors.length,
    trained: plans.ambassadors.filter((a) => a.training).length,
    participants: plans.participants,
    wildcards: plans.wildcards.length,
    halfway: { on: HALFWAY, conversations: plans.conversations.filter((c) => c.heldAt < halfway).length, ideas: plans.ideas.filter((i) => i.recordedAt < halfway).length },
    conversations: plans.conversations.length,
    ideas: plans.ideas.filter((i) => !i.withdrawnAt).length,
    themes: { active: plans.activeThemes, merges: MERGES.length, splits: SPLITS.length },
    agenda: summit.agenda.map((a) => a.theme.title),
    summit: {
      residents: summit.residents.length,
      wildcards: summit.wildcardIds.length,
      tables: summit.tables,
      ballots: summit.ballotCount,
      chosen: summit.result.chosenThemeIds.map((id) => titleOf.get(id) ?? id),
    },
    groups: {
      count: followUp.groups.length,
      roundTables: followUp.groups.filter((g) => g.kind === 'rondetafel').length,
      members: followUp.members,
      meetingsByMarch: followUp.groups.flatMap((g) => g.meetings).filter((m) => m < localTime(MID_FOLLOW_UP)).length,
    },
    proposals: { drafted: decided, adopted: decided - followUp.rejectedInMay, rejected: followUp.rejectedInMay },
    manifesto: { clauses: manifesto.standingClauses, endorsementsOnTheDay: manifesto.endorsementsOnTheDay },
  };
};

/**
 * About a dozen progress updates from June 2017 to June 2018, published by the organisers, and
 * one correction of a number copied wrongly into the summit's result.
 */
export const planUpdates = (facts: ProcessFacts): TimedCommand[] => {
  const processId = DEMO_PROCESS_ID;
  const texts = updateTexts(facts);
  const commands = texts.map(({ on, time, title, body }, i) =>
    timed('PublishUpdate', `demo-publish-update-${pad(i + 1, 2)}`, { updateId: `bericht-${pad(i + 1, 2)}`, processId, title, body, publishedOn: on }, localTime(on, time)),
  );
  const correction = summitCorrection(facts);
  const corrected = texts.findIndex((t) => t.title === correction.title);
  if (corrected < 0) throw new Error('the summit update to correct is missing');
  const updateId = `bericht-${pad(corrected + 1, 2)}`;
  const input = { updateId, title: correction.title, body: correction.body, reason: correction.reason, correctedOn: correction.on };
  return [...commands, timed('CorrectUpdate', `demo-correct-update-${pad(corrected + 1, 2)}`, input, localTime(correction.on, correction.time))];
};
