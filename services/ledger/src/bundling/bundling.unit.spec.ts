import { type DomainEvent, ErrorCode } from '@spoor/contracts';
import { conversationHeld, conversationPlanned, ideaRecorded, PROCESS, processStarted } from '../shared/testing/fixtures.js';
import { specify } from '../shared/testing/use-case-specification.js';
import { createTheme } from './create-theme/create-theme.use-case.js';
import { linkIdeaToTheme } from './link-idea-to-theme/link-idea-to-theme.use-case.js';
import { mergeThemes } from './merge-themes/merge-themes.use-case.js';
import { reviseTheme } from './revise-theme/revise-theme.use-case.js';
import { splitTheme } from './split-theme/split-theme.use-case.js';
import { unlinkIdeaFromTheme } from './unlink-idea-from-theme/unlink-idea-from-theme.use-case.js';

const created = (themeId: string, title = `Thema ${themeId}`): DomainEvent => ({
  type: 'ThemeCreated',
  data: { processId: PROCESS, themeId, title, description: `Over ${title}` },
});
const linked = (themeId: string, ideaId: string): DomainEvent => ({
  type: 'IdeaLinkedToTheme',
  data: { processId: PROCESS, themeId, ideaId, rationale: 'Past bij het thema' },
});
const merged = (targetThemeId: string, sourceThemeIds: string[], movedIdeaIds: string[]): DomainEvent => ({
  type: 'ThemesMerged',
  data: { processId: PROCESS, targetThemeId, sourceThemeIds, rationale: 'Overlappen', movedIdeaIds },
});

const world = (themes: DomainEvent[]) => ({
  'process-leiden': [processStarted],
  'conversation-hk-1': [conversationPlanned(), conversationHeld()],
  'idea-i1': [ideaRecorded('i1')],
  'idea-i2': [ideaRecorded('i2')],
  'idea-i3': [ideaRecorded('i3')],
  'idea-gone': [ideaRecorded('gone'), { type: 'IdeaWithdrawn', data: { ideaId: 'gone', reason: 'participant-request' } } as DomainEvent],
  'themes-leiden': themes,
});

describe('CreateTheme and ReviseTheme', () => {
  it('creates a theme in a started process', () =>
    specify(createTheme).given(world([])).when({ processId: PROCESS, themeId: 'groen', title: 'Thema groen', description: 'Over Thema groen' }).then([created('groen', 'Thema groen')]));
  it('refuses an id in use, even by a retired theme', () =>
    specify(createTheme)
      .given(world([created('a'), created('b'), merged('a', ['b'], [])]))
      .when({ processId: PROCESS, themeId: 'b', title: 'Nieuw', description: 'Nieuw' })
      .thenThrows(ErrorCode.AlreadyExists, /themeId: theme b already exists/));
  it('needs a started process', () =>
    specify(createTheme).given({}).when({ processId: PROCESS, themeId: 'x', title: 'X', description: 'X' }).thenThrows(ErrorCode.PreconditionFailed, /processId/));
  it('revises the title and says why', () =>
    specify(reviseTheme)
      .given(world([created('a')]))
      .when({ processId: PROCESS, themeId: 'a', title: 'Groen en water', description: 'Parken en grachten', reason: 'Preciezer' })
      .then([{ type: 'ThemeRevised', data: { processId: PROCESS, themeId: 'a', title: 'Groen en water', description: 'Parken en grachten', reason: 'Preciezer' } }]));
  it('refuses to revise a merged theme', () =>
    specify(reviseTheme)
      .given(world([created('a'), created('b'), merged('a', ['b'], [])]))
      .when({ processId: PROCESS, themeId: 'b', title: 'Y', description: 'Y', reason: 'r' })
      .thenThrows(ErrorCode.PreconditionFailed, /themeId: theme b was retired into a/));
});

describe('LinkIdeaToTheme and UnlinkIdeaFromTheme', () => {
  const link = { processId: PROCESS, themeId: 'a', ideaId: 'i1', rationale: 'Past bij het thema' };
  it('links an idea with a rationale; an idea may sit in several themes', () =>
    specify(linkIdeaToTheme).given(world([created('a'), created('b'), linked('b', 'i1')])).when(link).then([linked('a', 'i1')]));
  it('refuses to link twice', () => specify(linkIdeaToTheme).given(world([created('a'), linked('a', 'i1')])).when(link).thenThrows(ErrorCode.AlreadyExists));
  it('refuses an unknown idea', () =>
    specify(linkIdeaToTheme).given(world([created('a')])).when({ ...link, ideaId: 'nope' }).thenThrows(ErrorCode.NotFound, /ideaId: idea nope does not exist/));
  it('refuses a withdrawn idea', () =>
    specify(linkIdeaToTheme).given(world([created('a')])).when({ ...link, ideaId: 'gone' }).thenThrows(ErrorCode.InvalidState, /withdrawn/));
  it('refuses a retired theme, pointing to where it went', () =>
    specify(linkIdeaToTheme)
      .given(world([created('a'), created('b'), merged('b', ['a'], [])]))
      .when(link)
      .thenThrows(ErrorCode.PreconditionFailed, /retired into b/));
  it('unlinks with a rationale; the link stays in the history', () =>
    specify(unlinkIdeaFromTheme)
      .given(world([created('a'), linked('a', 'i1')]))
      .when({ ...link, rationale: 'Hoort bij mobiliteit' })
      .then([{ type: 'IdeaUnlinkedFromTheme', data: { ...link, rationale: 'Hoort bij mobiliteit' } }]));
  it('refuses to unlink an idea that is not in the theme', () =>
    specify(unlinkIdeaFromTheme).given(world([created('a')])).when(link).thenThrows(ErrorCode.PreconditionFailed, /not in theme a/));
});

describe('MergeThemes', () => {
  const merge = { processId: PROCESS, targetThemeId: 'a', sourceThemeIds: ['b', 'c'], rationale: 'Overlappen' };
  it('retires the sources and moves their ideas to the target', () =>
    specify(mergeThemes)
      .given(world([created('a'), created('b'), created('c'), linked('a', 'i1'), linked('b', 'i1'), linked('b', 'i2'), linked('c', 'i3')]))
      .when(merge)
      .then([merged('a', ['b', 'c'], ['i2', 'i3'])]));
  it('refuses a source that was already retired', () =>
    specify(mergeThemes)
      .given(world([created('a'), created('b'), created('c'), created('d'), merged('d', ['c'], [])]))
      .when(merge)
      .thenThrows(ErrorCode.PreconditionFailed, /sourceThemeIds\.1: theme c was retired into d/));
  it('refuses merging a theme into itself', () =>
    specify(mergeThemes).given(world([created('a')])).when({ ...merge, sourceThemeIds: ['a'] }).thenThrows(ErrorCode.BadUserInput, /into itself/));
});

describe('SplitTheme', () => {
  const part = (themeId: string, ideaIds: string[]) => ({ themeId, title: `Deel ${themeId}`, description: 'Een deel', ideaIds });
  const given = world([created('a'), linked('a', 'i1'), linked('a', 'i2'), linked('a', 'i3')]);
  const split = { processId: PROCESS, sourceThemeId: 'a', parts: [part('a1', ['i1', 'i2']), part('a2', ['i2', 'i3'])], rationale: 'Te breed' };
  it('divides the ideas over new themes and retires the source', () => specify(splitTheme).given(given).when(split).then([{ type: 'ThemeSplit', data: split }]));
  it('refuses to leave an idea behind', () =>
    specify(splitTheme)
      .given(given)
      .when({ ...split, parts: [part('a1', ['i1']), part('a2', ['i2'])] })
      .thenThrows(ErrorCode.PreconditionFailed, /not placed: i3/));
  it('refuses an idea that was not in the theme', () =>
    specify(splitTheme)
      .given(world([created('a'), linked('a', 'i1'), linked('a', 'i2')]))
      .when({ ...split, parts: [part('a1', ['i1']), part('a2', ['i2', 'i3'])] })
      .thenThrows(ErrorCode.PreconditionFailed, /parts\.1\.ideaIds\.1: idea i3 is not in theme a/));
  it('refuses a new theme id that exists', () =>
    specify(splitTheme)
      .given(world([created('a'), created('b'), linked('a', 'i1'), linked('a', 'i2'), linked('a', 'i3')]))
      .when({ ...split, parts: [part('b', ['i1']), part('a2', ['i2', 'i3'])] })
      .thenThrows(ErrorCode.AlreadyExists, /parts\.0\.themeId/));
});
