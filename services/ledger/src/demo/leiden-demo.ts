import type { AgeBand, CommandType } from '@spoor/contracts';
import { planConversations } from './conversations.generator.js';
import {
  ambassadorCommands,
  bundlingCommand,
  conversationCommands,
  ideaCommands,
  participantCommands,
  processCommands,
  wildcardCommands,
} from './demo-commands.builder.js';
import { DEFAULT_DEMO_SEED, type DemoCommand, inExecutionOrder } from './demo-command.model.js';
import { planIdeas } from './ideas.generator.js';
import { planParticipants } from './participants.generator.js';
import { planAmbassadors, planWildcards } from './recruitment.generator.js';
import { buildReferencePopulation, districtTotals, readRealFigures } from './reference-population.builder.js';
import { SeededRandom } from './seeded-random.util.js';

export { DEFAULT_DEMO_SEED, DEMO_PROCESS_ID, type DemoCommand, type DemoCommandOf } from './demo-command.model.js';
export { LEIDEN_DISTRICTS, type LeidenDistrict } from './leiden-districts.data.js';
export { INVENTED_SOURCE } from './reference-population.builder.js';

export interface LeidenDemoOptions {
  /** Same seed, same demo; defaults to DEFAULT_DEMO_SEED (2017). */
  readonly seed?: number;
}

/**
 * The commands, in execution order, that load a full-scale demonstration of the Leiden process of
 * autumn 2017 into a ledger: the process and its reference population, 100 ambassadors, 750
 * participants in 100 living-room conversations, about 1,500 ideas, the wildcards for the summit,
 * up to the start of bundling. Everything follows from the seed; ids and commandIds are stable.
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
    ...ideaCommands(ideas),
  ];
  return inExecutionOrder([...commands, bundlingCommand(commands)]);
};

/** How many commands of each type, in order of first appearance: for the loader's progress output. */
export type DemoSummary = Partial<Record<CommandType, number>>;

export const summariseDemo = (commands: readonly DemoCommand[]): DemoSummary => {
  const summary: DemoSummary = {};
  for (const { type } of commands) summary[type] = (summary[type] ?? 0) + 1;
  return summary;
};
