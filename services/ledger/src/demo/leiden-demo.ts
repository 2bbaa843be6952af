import type { AgeBand, CommandType } from '@spoor/contracts';
import { finalTextOf, planBundling } from './bundling.generator.js';
import { planConversations } from './conversations.generator.js';
import { LATER_CALENDAR } from './demo-calendar.data.js';
import {
  ambassadorCommands,
  bundlingCommand,
  conversationCommands,
  ideaCommands,
  participantCommands,
  processCommands,
  wildcardCommands,
} from './demo-commands.builder.js';
import { DEFAULT_DEMO_SEED, DEMO_PROCESS_ID, type DemoCommand, inExecutionOrder, timed } from './demo-command.model.js';
import { planFollowUp } from './follow-up.generator.js';
import { planIdeas } from './ideas.generator.js';
import { planManifesto } from './manifesto.generator.js';
import { planParticipants } from './participants.generator.js';
import { planAmbassadors, planWildcards } from './recruitment.generator.js';
import { buildReferencePopulation, districtTotals, readRealFigures } from './reference-population.builder.js';
import { SeededRandom } from './seeded-random.util.js';
import { planSummit } from './summit.generator.js';
import { planUpdates, processFacts } from './updates.generator.js';

export { DEFAULT_DEMO_SEED, DEMO_PROCESS_ID, type DemoActor, type DemoCommand, type DemoCommandOf } from './demo-command.model.js';
export { LEIDEN_DISTRICTS, type LeidenDistrict } from './leiden-districts.data.js';
export { INVENTED_SOURCE } from './reference-population.builder.js';

export interface LeidenDemoOptions {
  /** Same seed, same demo; defaults to DEFAULT_DEMO_SEED (2017). */
  readonly seed?: number;
}

/**
 * The commands, in execution order, that load a full-scale demonstration of the Leiden process of
 * 2017-2018 into a ledger, each with the actor who would issue it: the process and its reference
 * population, 100 ambassadors, 750 participants in 100 living-room conversations, about 1,500
 * ideas bundled into themes, the summit of 14 January 2018 with its tables and vote, working groups
 * and their proposals, the manifesto with its endorsements, and the progress updates along the way.
 * Everything follows from the seed; ids and commandIds are stable. Every part draws from its own
 * fork of the seed, so the later phases leave the earlier ones as they were.
 */
export const generateLeidenDemo = (options: LeidenDemoOptions = {}): DemoCommand[] => {
  const random = new SeededRandom(options.seed ?? DEFAULT_DEMO_SEED);
  const realFigures = readRealFigures();
  const reference = buildReferencePopulation(realFigures);
  const cityAge = Object.fromEntries(
    realFigures.filter((f) => f.dimension === 'age' && !f.districtCode).map((f) => [f.band, f.inhabitants]),
  ) as Record<AgeBand, number>;

  const ambassadors = planAmbassadors(random.fork('ambassadors'), districtTotals(realFigures));
  const wildcards = planWildcards(random.fork('wildcards'));
  const conversations = planConversations(random.fork('conversations'), ambassadors);
  const participants = planParticipants(random.fork('participants'), conversations, cityAge);
  const { ideas, intakes } = planIdeas(random.fork('ideas'), conversations);

  const commands = [
    ...processCommands(reference),
    ...ambassadorCommands(ambassadors),
    ...participantCommands(participants),
    ...wildcardCommands(wildcards),
    ...conversationCommands(conversations, participants, intakes),
    ...ideaCommands(ideas, conversations),
  ];
  const bundlingStart = bundlingCommand(commands);
  const bundling = planBundling(random.fork('bundling'), ideas, bundlingStart.at);

  const districtOf = new Map(conversations.map((c) => [c.conversationId, c.districtCode]));
  const districtOfIdea = new Map(ideas.map((i) => [i.ideaId, districtOf.get(i.conversationId) ?? '']));
  const summit = planSummit(random.fork('summit'), { map: bundling.map, bundlingDoneAt: bundling.doneAt, districtOfIdea, participants, wildcards });

  const textOf = new Map(ideas.map((i) => [i.ideaId, finalTextOf(i)]));
  const followUp = planFollowUp(random.fork('follow-up'), {
    chosenThemeIds: summit.result.chosenThemeIds,
    map: bundling.map,
    residents: summit.residents,
    wildcardIds: summit.wildcardIds,
    textOf,
  });
  const facts = { participants: participants.length, conversations: conversations.length, ideas: ideas.filter((i) => !i.withdrawnAt).length };
  const manifesto = planManifesto(random.fork('manifesto'), { groups: followUp.groups, proposals: followUp.proposals, facts });
  const updates = planUpdates(
    processFacts({ ambassadors, participants: participants.length, wildcards, conversations, ideas, activeThemes: bundling.map.activeThemes().length, summit, followUp, manifesto }),
  );
  const { startedOn, at } = LATER_CALENDAR.afgerond;
  const end = timed('StartPhase', 'demo-start-phase-afgerond', { processId: DEMO_PROCESS_ID, phase: 'afgerond', startedOn }, at);

  return inExecutionOrder([...commands, bundlingStart, ...bundling.commands, ...summit.commands, ...followUp.commands, ...manifesto.commands, ...updates, end]);
};

/** How many commands of each type, in order of first appearance: for the loader's progress output. */
export type DemoSummary = Partial<Record<CommandType, number>>;

export const summariseDemo = (commands: readonly DemoCommand[]): DemoSummary => {
  const summary: DemoSummary = {};
  for (const { type } of commands) summary[type] = (summary[type] ?? 0) + 1;
  return summary;
};
