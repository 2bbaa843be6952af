import type { CommandInput, CommandType } from '@spoor/contracts';
import { addMinutes, type LocalTime } from './amsterdam-time.util.js';
import { DEMO_PROCESS_ID, MODERATOR, type TimedCommand, timed } from './demo-command.model.js';
import { DemoThemeMap } from './demo-theme-map.model.js';
import { TOPICS } from './idea-bank/idea-bank.data.js';
import type { PlannedIdea } from './ideas.generator.js';
import { COMMON_RATIONALES, fillTheme, PRIMARY_RATIONALES, SECONDARY_RATIONALES } from './link-rationales.data.js';
import type { SeededRandom } from './seeded-random.util.js';
import { ALSO_LINKED, GATHERING_THEMES, MERGES, PLAIN_REVISIONS, SPLITS, type ThemeDefinition, TOPIC_THEMES, UNLINK_RULES } from './themes.data.js';
import { WorkClock } from './work-clock.util.js';

const processId = DEMO_PROCESS_ID;

/** At most this many links are undone on the second reading. */
const MAX_UNLINKS = 6;

export interface BundlingPlan {
  readonly commands: TimedCommand[];
  /** The themes as they stand once bundling is done. */
  readonly map: DemoThemeMap;
  /** When the moderators finished. */
  readonly doneAt: LocalTime;
}

/** The text an idea has once its typo is fixed. */
export const finalTextOf = (idea: PlannedIdea): string => idea.revision?.text ?? idea.recordedText;

/** `th-fiets-verkeer` becomes `fiets-verkeer`, for commandIds. */
export const themeSlug = (themeId: string): string => themeId.replace(/^th-/, '');

/**
 * Bundling in December 2017, by the moderators, in office hours: a theme per theme of the idea
 * bank and three gathering themes, every idea still in the record linked to its theme (and now and
 * then to a second one), a few links undone on a second reading, three merges, two splits and a few
 * revisions. Withdrawn ideas are never linked.
 */
export const planBundling = (random: SeededRandom, ideas: readonly PlannedIdea[], startedAt: LocalTime): BundlingPlan => {
  const clock = new WorkClock(random, addMinutes(startedAt, 60));
  const map = new DemoThemeMap();
  const commands: TimedCommand[] = [];
  const moderate = <T extends CommandType>(type: T, commandId: string, input: CommandInput<T>, minutes: readonly [number, number]): void => {
    commands.push(timed(type, commandId, input, clock.advance(minutes[0], minutes[1]), MODERATOR));
  };
  const textOf = new Map(ideas.map((i) => [i.ideaId, finalTextOf(i)]));
  const secondary = new Set<string>();

  const create = (definition: ThemeDefinition): void => {
    map.create(definition);
    const { themeId, title, description } = definition;
    moderate('CreateTheme', `demo-create-theme-${themeSlug(themeId)}`, { processId, themeId, title, description }, [3, 6]);
  };
  const link = (theme: ThemeDefinition, ideaId: string, rationale: string, minutes: readonly [number, number]): void => {
    map.link(theme.themeId, ideaId);
    moderate('LinkIdeaToTheme', `demo-link-${ideaId}-${themeSlug(theme.themeId)}`, { processId, themeId: theme.themeId, ideaId, rationale: fillTheme(rationale, theme) }, minutes);
  };

  for (const topic of TOPICS) create(TOPIC_THEMES[topic]);
  for (const gathering of GATHERING_THEMES) create(gathering);

  for (const idea of ideas) {
    if (idea.withdrawnAt) continue;
    const text = finalTextOf(idea);
    const primary = TOPIC_THEMES[idea.topic];
    link(primary, idea.ideaId, random.pick([...PRIMARY_RATIONALES[idea.kind], ...COMMON_RATIONALES]), [1, 4]);
    const also = [
      ...GATHERING_THEMES.filter((g) => g.pattern.test(text)),
      ...ALSO_LINKED.filter((a) => a.pattern.test(text) && random.chance(a.chance)).map((a) => TOPIC_THEMES[a.topic]),
    ].filter((t, i, all) => t.themeId !== primary.themeId && all.findIndex((o) => o.themeId === t.themeId) === i);
    for (const theme of also) {
      link(theme, idea.ideaId, random.pick(SECONDARY_RATIONALES), [0, 1]);
      secondary.add(`${theme.themeId}|${idea.ideaId}`);
    }
  }

  clock.nextDay();
  let unlinks = 0;
  for (const rule of UNLINK_RULES) {
    const candidates = map.ideasOf(rule.themeId).filter((id) => secondary.has(`${rule.themeId}|${id}`) && rule.pattern.test(textOf.get(id) ?? ''));
    for (const ideaId of random.shuffle(candidates).slice(0, Math.min(2, MAX_UNLINKS - unlinks))) {
      map.unlink(rule.themeId, ideaId);
      moderate('UnlinkIdeaFromTheme', `demo-unlink-${ideaId}-${themeSlug(rule.themeId)}`, { processId, themeId: rule.themeId, ideaId, rationale: rule.rationale }, [4, 15]);
      unlinks += 1;
    }
  }

  for (const merge of MERGES) {
    const { targetThemeId, sourceThemeIds, rationale, revision } = merge;
    map.merge(targetThemeId, sourceThemeIds);
    moderate('MergeThemes', `demo-merge-themes-into-${themeSlug(targetThemeId)}`, { processId, targetThemeId, sourceThemeIds: [...sourceThemeIds], rationale }, [20, 50]);
    map.revise(targetThemeId, revision.title, revision.description);
    moderate('ReviseTheme', `demo-revise-theme-${themeSlug(targetThemeId)}`, { processId, themeId: targetThemeId, ...revision }, [5, 15]);
  }

  clock.nextDay();
  for (const split of SPLITS) {
    const [first, ...others] = split.parts;
    if (!first) throw new Error(`split of ${split.sourceThemeId} has no parts`);
    const partOf = (ideaId: string) => others.find((p) => p.pattern?.test(textOf.get(ideaId) ?? '')) ?? first;
    const parts = split.parts.map((definition) => ({ definition, ideaIds: map.ideasOf(split.sourceThemeId).filter((id) => partOf(id) === definition) }));
    map.split(split.sourceThemeId, parts);
    const input = parts.map(({ definition: { themeId, title, description }, ideaIds }) => ({ themeId, title, description, ideaIds }));
    moderate('SplitTheme', `demo-split-theme-${themeSlug(split.sourceThemeId)}`, { processId, sourceThemeId: split.sourceThemeId, parts: input, rationale: split.rationale }, [30, 90]);
  }
  for (const { themeId, title, description, reason } of PLAIN_REVISIONS) {
    map.revise(themeId, title, description);
    moderate('ReviseTheme', `demo-revise-theme-${themeSlug(themeId)}`, { processId, themeId, title, description, reason }, [10, 40]);
  }
  return { commands, map, doneAt: clock.now };
};
