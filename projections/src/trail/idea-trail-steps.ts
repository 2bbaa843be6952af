import { localise } from './localise.js';
import { stepMessages } from './steps.messages.js';
import type { IdeaReach } from './trail-graph.js';
import { districtName, quotedList, step, themeRef } from './trail-step.js';
import type { TrailWithdrawalReason } from './trail.read-model.js';
import type { TrailStep } from './trail.views.js';

type Step = TrailStep & { seq: number };

const withdrawalLabel: Record<TrailWithdrawalReason, keyof typeof stepMessages> = {
  'participant-request': 'ideaWithdrawnParticipantRequest',
  duplicate: 'ideaWithdrawnDuplicate',
  'recorded-in-error': 'ideaWithdrawnRecordedInError',
};

/** The idea itself: recorded, revised, withdrawn. */
export const ideaSteps = ({ idea, process }: IdeaReach): Step[] => {
  const district = districtName(process, idea.districtCode) ?? idea.districtCode;
  const steps = [step('idea-recorded', idea.recorded, localise(stepMessages.ideaRecorded, { district }))];
  for (const revision of idea.revisions) steps.push(step('idea-text-revised', revision, localise(stepMessages.ideaTextRevised, { reason: revision.reason }), { rationale: revision.reason }));
  if (idea.withdrawal) steps.push(step('idea-withdrawn', idea.withdrawal, localise(stepMessages[withdrawalLabel[idea.withdrawal.reason]])));
  return steps;
};

/**
 * Links, unlinks, the merges and splits the idea went through, and renamings of its themes once
 * it was in them. `arrivals` remembers when the idea first came into each theme.
 */
export const bundlingSteps = ({ idea, process, memberThemes }: IdeaReach): Step[] => {
  if (!process) return [];
  const steps: Step[] = [];
  const arrivals = new Map<string, number>();
  const arrive = (themeId: string, seq: number) => arrivals.set(themeId, Math.min(arrivals.get(themeId) ?? seq, seq));
  for (const link of idea.links) {
    const theme = themeRef(process, link.themeId, link.seq);
    const linked = link.change === 'linked';
    if (linked) arrive(link.themeId, link.seq);
    const label = localise(linked ? stepMessages.linkedToTheme : stepMessages.unlinkedFromTheme, { theme: theme.title, rationale: link.rationale });
    steps.push(step(linked ? 'linked-to-theme' : 'unlinked-from-theme', link, label, { themes: [theme], rationale: link.rationale }));
  }
  for (const event of process.lineage) {
    if (event.kind === 'merge') {
      const from = event.sources.filter((s) => s.ideaIds.includes(idea.ideaId)).map((s) => themeRef(process, s.themeId, event.seq));
      if (from.length === 0) continue;
      const target = themeRef(process, event.targetThemeId, event.seq);
      arrive(target.themeId, event.seq);
      const label = localise(stepMessages.themeMerged, { sources: quotedList(from.map((t) => t.title)), target: target.title, rationale: event.rationale });
      steps.push(step('theme-merged', event, label, { themes: [...from, target], rationale: event.rationale }));
    } else {
      const taken = event.parts.filter((p) => p.ideaIds.includes(idea.ideaId)).map((p) => themeRef(process, p.themeId, event.seq));
      if (taken.length === 0) continue;
      taken.forEach((t) => arrive(t.themeId, event.seq));
      const source = themeRef(process, event.sourceThemeId, event.seq);
      const parts = quotedList(event.parts.map((p) => themeRef(process, p.themeId, event.seq).title));
      const label = localise(stepMessages.themeSplit, { source: source.title, parts, taken: quotedList(taken.map((t) => t.title)), rationale: event.rationale });
      steps.push(step('theme-split', event, label, { themes: [source, ...taken], rationale: event.rationale }));
    }
  }
  for (const theme of memberThemes) {
    const arrival = arrivals.get(theme.themeId) ?? Number.MAX_SAFE_INTEGER;
    theme.versions.forEach((version, i) => {
      const before = theme.versions[i - 1];
      if (!before || version.seq < arrival) return;
      const reason = version.reason ?? '';
      const label =
        before.title === version.title
          ? localise(stepMessages.themeDescriptionRevised, { title: version.title, reason })
          : localise(stepMessages.themeRenamed, { before: before.title, title: version.title, reason });
      steps.push(step('theme-revised', version, label, { themes: [{ themeId: theme.themeId, title: version.title }], rationale: reason }));
    });
  }
  return steps;
};

/** The agenda entries and vote results of the idea's themes. */
export const summitSteps = ({ process, agenda, votes }: IdeaReach): Step[] => {
  const steps: Step[] = agenda.map(({ entry, theme }) => {
    const ref = themeRef(process, theme.themeId, entry.seq);
    return step('put-on-agenda', entry, localise(stepMessages.putOnAgenda, { theme: ref.title, rule: entry.rule }), { themes: [ref], rationale: entry.rule });
  });
  const result = process?.vote?.result;
  if (!result) return steps;
  for (const { line, theme, figures } of votes) {
    const ref = themeRef(process, theme.themeId, result.seq);
    const params = { theme: ref.title, votes: figures.votes, rank: figures.rank, of: figures.of, chosen: figures.chosenCount };
    steps.push(step('vote-result', result, localise(line.chosen ? stepMessages.voteChosen : stepMessages.voteNotChosen, params), { themes: [ref], vote: figures }));
  }
  return steps;
};
