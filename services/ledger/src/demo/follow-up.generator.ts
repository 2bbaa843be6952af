import { LATER_CALENDAR } from './demo-calendar.data.js';
import { DEMO_PROCESS_ID, type TimedCommand, timed } from './demo-command.model.js';
import type { DemoThemeMap } from './demo-theme-map.model.js';
import type { PlannedParticipant } from './participants.generator.js';
import { type PlannedProposal, planProposals } from './proposals.generator.js';
import type { SeededRandom } from './seeded-random.util.js';
import { type PlannedGroup, planWorkingGroups } from './working-groups.generator.js';

export interface FollowUpPlan {
  readonly commands: TimedCommand[];
  readonly groups: readonly PlannedGroup[];
  readonly members: number;
  readonly proposals: readonly PlannedProposal[];
  readonly rejectedInMay: number;
}

/**
 * From February to May 2018: a working group or round table per chosen theme, with its members,
 * meetings and proposals, and the organisers' decisions on those proposals.
 */
export const planFollowUp = (
  random: SeededRandom,
  input: {
    readonly chosenThemeIds: readonly string[];
    readonly map: DemoThemeMap;
    readonly residents: readonly PlannedParticipant[];
    readonly wildcardIds: readonly string[];
    readonly textOf: ReadonlyMap<string, string>;
  },
): FollowUpPlan => {
  const { startedOn, at } = LATER_CALENDAR.werkgroepen;
  const start = timed('StartPhase', 'demo-start-phase-werkgroepen', { processId: DEMO_PROCESS_ID, phase: 'werkgroepen', startedOn }, at);
  const groups = planWorkingGroups(random.fork('working-groups'), input);
  const proposals = planProposals(random.fork('proposals'), groups.groups, input.map, input.textOf);
  return { commands: [start, ...groups.commands, ...proposals.commands], groups: groups.groups, members: groups.members, proposals: proposals.proposals, rejectedInMay: proposals.rejectedInMay };
};
