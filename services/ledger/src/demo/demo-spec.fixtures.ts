import type { CommandType } from '@spoor/contracts';
import { type DemoCommand, type DemoCommandOf, generateLeidenDemo } from './leiden-demo.js';

/** The default demo, generated once per spec file. */
export const demo = generateLeidenDemo();

export const ofType = <T extends CommandType>(type: T, commands: readonly DemoCommand[] = demo): DemoCommandOf<T>[] =>
  commands.filter((c): c is DemoCommandOf<T> => c.type === type);

export const instant = (c: DemoCommand): number => Date.parse(c.occurredAt);

/** Position of a command in execution order, by commandId. */
const positions = new Map(demo.map((c, i) => [c.commandId, i]));
export const positionOf = (commandId: string): number => positions.get(commandId) ?? -1;

/** The text each idea ends with, after any typo fix. */
export const finalIdeaText = new Map(ofType('RecordIdea').map((i) => [i.input.ideaId, i.input.text]));
for (const r of ofType('ReviseIdeaText')) finalIdeaText.set(r.input.ideaId, r.input.text);

/** The themes each idea sits in once bundling is done, replayed from the bundling commands as the ledger folds them. */
export const themeMembers = (): Map<string, Set<string>> => {
  const members = new Map<string, Set<string>>();
  const of = (themeId: string) => members.get(themeId) ?? members.set(themeId, new Set()).get(themeId) ?? new Set<string>();
  for (const c of demo) {
    if (c.type === 'CreateTheme') of(c.input.themeId);
    if (c.type === 'LinkIdeaToTheme') of(c.input.themeId).add(c.input.ideaId);
    if (c.type === 'UnlinkIdeaFromTheme') of(c.input.themeId).delete(c.input.ideaId);
    if (c.type === 'MergeThemes') {
      for (const source of c.input.sourceThemeIds) for (const id of of(source)) of(c.input.targetThemeId).add(id);
    }
    if (c.type === 'SplitTheme') for (const part of c.input.parts) members.set(part.themeId, new Set(part.ideaIds));
  }
  return members;
};

/** Theme ids retired by a merge or a split. */
export const retiredThemes = (): Set<string> =>
  new Set([...ofType('MergeThemes').flatMap((m) => m.input.sourceThemeIds), ...ofType('SplitTheme').map((s) => s.input.sourceThemeId)]);
