import { addDays, addMinutes, type LocalTime, localDate, localTime, startOfDay } from './amsterdam-time.util.js';
import { LATER_CALENDAR } from './demo-calendar.data.js';
import { secretary, type TimedCommand, timed } from './demo-command.model.js';
import type { DemoThemeMap } from './demo-theme-map.model.js';
import { CITY_PROPOSALS, type ProposalSeed } from './proposals-city.data.js';
import { PEOPLE_PROPOSALS } from './proposals-people.data.js';
import type { SeededRandom } from './seeded-random.util.js';
import { REJECTIONS, REVISIONS } from './working-group-texts.data.js';
import type { PlannedGroup } from './working-groups.generator.js';

const PROPOSALS: Readonly<Record<string, readonly ProposalSeed[]>> = { ...CITY_PROPOSALS, ...PEOPLE_PROPOSALS };

/** Proposals per group, cited ideas per proposal, and the least the demo drafts in all. */
export const PER_GROUP = { min: 1, max: 3 } as const;
export const CITED_IDEAS = { min: 3, max: 10 } as const;
/** Drafted in all: enough for a manifesto of ten or more articles, few enough for at most sixteen. */
const IN_ALL = { min: 11, max: 15 } as const;

export interface PlannedProposal {
  readonly proposalId: string;
  readonly workingGroupId: string;
  readonly themeId: string;
  readonly seed: ProposalSeed;
  /** When it was adopted; undefined when it stays rejected. */
  readonly adoptedAt?: LocalTime;
}

export interface ProposalsPlan {
  readonly commands: TimedCommand[];
  readonly proposals: readonly PlannedProposal[];
  /** Proposals the steering group rejected in May, including the one that came back. */
  readonly rejectedInMay: number;
}

/** A daytime moment on a day: between ten in the morning and nine at night. */
const daytime = (random: SeededRandom, day: LocalTime): LocalTime => addMinutes(startOfDay(day), 10 * 60 + 5 * random.int(0, 132));

/** Three to ten ideas of the theme, those the proposal is about first. */
const citedIdeas = (random: SeededRandom, seed: ProposalSeed, ideaIds: readonly string[], textOf: ReadonlyMap<string, string>): string[] => {
  const matching = ideaIds.filter((id) => seed.match.test(textOf.get(id) ?? ''));
  const chosen = random.shuffle(matching).slice(0, random.int(CITED_IDEAS.min, CITED_IDEAS.max));
  const rest = random.shuffle(ideaIds.filter((id) => !chosen.includes(id)));
  while (chosen.length < CITED_IDEAS.min && rest.length > 0) chosen.push(rest.pop() as string);
  return chosen.sort();
};

/** How many proposals each group drafts: one to three, and IN_ALL in all. */
const proposalCounts = (random: SeededRandom, groups: readonly PlannedGroup[]): number[] => {
  const counts = groups.map(() => random.weighted([1, 2, 3], [0.2, 0.5, 0.3]));
  const total = () => counts.reduce((a, b) => a + b, 0);
  while (total() < Math.min(IN_ALL.min, PER_GROUP.max * groups.length)) {
    const i = random.int(0, counts.length - 1);
    counts[i] = Math.min(PER_GROUP.max, (counts[i] ?? 0) + 1);
  }
  while (total() > IN_ALL.max) {
    const i = random.int(0, counts.length - 1);
    counts[i] = Math.max(PER_GROUP.min, (counts[i] ?? 0) - 1);
  }
  return counts;
};

/**
 * The groups' proposals: drafted by the secretary after the second meeting, revised once or
 * twice by most, submitted after the last meeting, and decided by the organisers' steering group
 * in May: most adopted, two rejected with a reason, of which one comes back revised and is
 * adopted after all.
 */
export const planProposals = (random: SeededRandom, groups: readonly PlannedGroup[], map: DemoThemeMap, textOf: ReadonlyMap<string, string>): ProposalsPlan => {
  const commands: TimedCommand[] = [];
  const counts = proposalCounts(random, groups);
  const drafted = groups.flatMap((group, g) => {
    const { workingGroupId, theme, meetings } = group;
    const bank = PROPOSALS[theme.themeId];
    if (!bank || bank.length < (counts[g] ?? 0)) throw new Error(`no proposals written for ${theme.themeId}`);
    const actor = secretary(workingGroupId);
    const draftDay = addDays(meetings[1] ?? meetings[0] ?? LATER_CALENDAR.groupsFormedAt, 1);
    const submitDay = addDays(meetings.at(-1) ?? draftDay, random.int(1, 4));
    return random
      .shuffle(bank)
      .slice(0, counts[g])
      .map((seed, p) => {
        const proposalId = `vs-${theme.themeId.replace(/^th-/, '')}-${p + 1}`;
        const ideaIds = citedIdeas(random, seed, map.ideasOf(theme.themeId), textOf);
        commands.push(timed('DraftProposal', `demo-draft-proposal-${proposalId}`, { proposalId, workingGroupId, title: seed.title, text: seed.text, themeIds: [theme.themeId], ideaIds }, daytime(random, draftDay), actor));
        let text = seed.text;
        const revisions = random.weighted([0, 1, 2], [0.2, 0.5, 0.3]);
        random
          .shuffle(REVISIONS)
          .slice(0, revisions)
          .forEach(({ note, addition }, r) => {
            text = `${text} ${addition}`;
            const day = draftDay + ((submitDay - draftDay) * (r + 1)) / (revisions + 1);
            commands.push(timed('ReviseProposal', `demo-revise-proposal-${proposalId}-${r + 2}`, { proposalId, title: seed.title, text, changeNote: note }, daytime(random, day), actor));
          });
        commands.push(timed('SubmitProposal', `demo-submit-proposal-${proposalId}`, { proposalId, submittedOn: localDate(submitDay) }, daytime(random, submitDay), actor));
        return { proposalId, workingGroupId, themeId: theme.themeId, seed, text, actor };
      });
  });

  const inLargerGroups = drafted.filter((d) => drafted.filter((o) => o.workingGroupId === d.workingGroupId).length > 1);
  const [comesBack, staysRejected] = random.shuffle(inLargerGroups).filter((d, i, all) => all.findIndex((o) => o.workingGroupId === d.workingGroupId) === i);
  const decidedOn = localDate(LATER_CALENDAR.decisionsAt);
  const proposals = drafted.map((d, i): PlannedProposal => {
    const at = addMinutes(LATER_CALENDAR.decisionsAt, 10 * i);
    const { proposalId, workingGroupId, themeId, seed } = d;
    if (d === staysRejected) {
      commands.push(timed('RejectProposal', `demo-reject-proposal-${proposalId}`, { proposalId, rejectedOn: decidedOn, reason: random.pick(REJECTIONS.slice(1)).reason }, at));
      return { proposalId, workingGroupId, themeId, seed };
    }
    if (d === comesBack) {
      const [rejection] = REJECTIONS;
      if (!rejection) throw new Error('no rejection reasons');
      commands.push(timed('RejectProposal', `demo-reject-proposal-${proposalId}`, { proposalId, rejectedOn: decidedOn, reason: rejection.reason }, at));
      const revisedAt = localTime('2018-05-25', '20:15');
      const text = `${d.text} ${rejection.addition}`;
      commands.push(timed('ReviseProposal', `demo-revise-proposal-${proposalId}-after-rejection`, { proposalId, title: seed.title, text, changeNote: rejection.note }, revisedAt, d.actor));
      commands.push(timed('SubmitProposal', `demo-resubmit-proposal-${proposalId}`, { proposalId, submittedOn: '2018-05-28' }, localTime('2018-05-28', '10:30'), d.actor));
      const adoptedAt = localTime('2018-05-31', '14:00');
      commands.push(timed('AdoptProposal', `demo-adopt-proposal-${proposalId}`, { proposalId, adoptedOn: localDate(adoptedAt) }, adoptedAt));
      return { proposalId, workingGroupId, themeId, seed, adoptedAt };
    }
    commands.push(timed('AdoptProposal', `demo-adopt-proposal-${proposalId}`, { proposalId, adoptedOn: decidedOn }, at));
    return { proposalId, workingGroupId, themeId, seed, adoptedAt: at };
  });
  return { commands, proposals, rejectedInMay: [comesBack, staysRejected].filter((d) => d !== undefined).length };
};
