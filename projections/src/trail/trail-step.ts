import { wordMessages } from './explanations.messages.js';
import { formatList, type Localised, localise } from './localise.js';
import type { TrailMoment, TrailProcessState, TrailThemeState, TrailWorkingGroupState } from './trail.read-model.js';
import { latest, localDay, own } from './lookup.util.js';
import type { TrailStep, TrailStepKind, TrailThemeRef } from './trail.views.js';

/** A step with every reference empty but the ones given. */
export const step = (kind: TrailStepKind, moment: TrailMoment, label: Localised, fields: Partial<Omit<TrailStep, 'kind' | 'at' | 'label'>> = {}): TrailStep & { seq: number } => ({
  kind,
  at: moment.at,
  date: fields.date ?? localDay(moment.at),
  themes: fields.themes ?? [],
  workingGroup: fields.workingGroup ?? null,
  proposal: fields.proposal ?? null,
  clause: fields.clause ?? null,
  manifesto: fields.manifesto ?? null,
  rationale: fields.rationale ?? null,
  vote: fields.vote ?? null,
  label,
  seq: moment.seq,
});

/** Steps in time order: by the moment they happened in the world, the log's order breaking ties. */
export const inTimeOrder = (steps: (TrailStep & { seq: number })[]): TrailStep[] =>
  steps
    .map((s) => ({ s, time: Date.parse(s.at) }))
    .sort((a, b) => a.time - b.time || a.s.seq - b.s.seq)
    .map(({ s: { seq: _seq, ...rest } }) => rest);

/** The theme's title as it was at that moment (themes are renamed over time). */
export const titleAt = (theme: TrailThemeState, seq: number = Number.MAX_SAFE_INTEGER): string => {
  let title = theme.versions[0].title;
  for (const version of theme.versions) if (version.seq <= seq) title = version.title;
  return title;
};

export const currentTitle = (theme: TrailThemeState): string => latest(theme.versions).title;

export const themeRef = (process: TrailProcessState | undefined, themeId: string, seq?: number): TrailThemeRef => {
  const theme = process ? own(process.themes, themeId) : undefined;
  return { themeId, title: theme ? titleAt(theme, seq) : themeId };
};

/** "thema 'A' en thema 'B'" / "theme 'A' and theme 'B'". */
export const themeList = (refs: readonly TrailThemeRef[]): Localised => formatList(refs.map((r) => localise(wordMessages.theme, { title: r.title })));

/** "'A' en 'B'" / "'A' and 'B'". */
export const quotedList = (titles: readonly string[]): Localised => formatList(titles.map((title) => localise(wordMessages.quoted, { title })));

/** "voorstel 'A'" for one, "de voorstellen 'A' en 'B'" for more. */
export const proposalList = (titles: readonly string[]): Localised =>
  titles.length === 1 ? localise(wordMessages.proposal, { title: titles[0] ?? '' }) : localise(wordMessages.proposals, { titles: quotedList(titles) });

/** "artikel 4" for one, "artikelen 9, 10 en 17" for more. */
export const clauseList = (numbers: readonly number[]): Localised =>
  numbers.length === 1 ? localise(wordMessages.clause, { number: numbers[0] ?? 0 }) : localise(wordMessages.clauses, { numbers: formatList(numbers) });

/**
 * A working group's name: its title when that already says what it is ("Werkgroep Groen in de
 * wijk", as the contract suggests), else the kind in front ("werkgroep Groen"). As a label it
 * starts with a capital; as the subject of a sentence or after "door" it takes its article.
 */
export const groupName = (group: TrailWorkingGroupState, form: 'label' | 'subject' | 'inline'): Localised => {
  const kind = group.kind === 'rondetafel' ? wordMessages.rondetafel : wordMessages.werkgroep;
  const named = /^(werkgroep|rondetafel|working group|round table)\b/i.test(group.title) ? { nl: group.title, en: group.title } : localise(wordMessages.groupNamed, { kind, title: group.title });
  if (form === 'label') return { nl: capitalise(named.nl), en: capitalise(named.en) };
  return localise(form === 'subject' ? wordMessages.theGroup : wordMessages.byTheGroup, { name: named });
};

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export const districtName = (process: TrailProcessState | undefined, code: string): string | null => process?.districts.find((d) => d.code === code)?.name ?? null;
