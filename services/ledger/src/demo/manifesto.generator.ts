import type { CommandInput } from '@spoor/contracts';
import { addDays, addMinutes, type LocalTime, localDate, localTime } from './amsterdam-time.util.js';
import { LATER_CALENDAR } from './demo-calendar.data.js';
import { DEMO_PROCESS_ID, pad, type TimedCommand, timed } from './demo-command.model.js';
import {
  CLAUSE_REVISION,
  CLAUSE_WITHDRAWAL_REASON,
  CLOSING_CLAUSE,
  COMBINED_CLAUSES,
  editorialClause,
  ENDORSERS,
  MANIFESTO_ID,
  MANIFESTO_TITLE,
  manifestoPreamble,
} from './manifesto.data.js';
import type { PlannedProposal } from './proposals.generator.js';
import type { SeededRandom } from './seeded-random.util.js';
import type { PlannedGroup } from './working-groups.generator.js';
import { WorkClock } from './work-clock.util.js';

type Kind = CommandInput<'EndorseManifesto'>['kind'];

/** Articles citing proposals, not counting the editorial one. */
export const CITING_CLAUSES = { min: 10, max: 16 } as const;
export const ENDORSEMENTS = { min: 24, max: 36 } as const;

interface Clause {
  readonly text: string;
  readonly proposalIds: readonly string[];
  readonly kind: 'single' | 'combined' | 'closing';
}

export interface ManifestoPlan {
  readonly commands: TimedCommand[];
  /** Articles standing when the manifesto was adopted. */
  readonly standingClauses: number;
  readonly endorsements: number;
  readonly endorsementsOnTheDay: number;
}

/** One article per adopted proposal, one per group holding its proposals together, and a closing one across groups. */
const clausesFor = (random: SeededRandom, groups: readonly PlannedGroup[], adopted: readonly PlannedProposal[]): Clause[] => {
  const perGroup = groups.map((group) => {
    const own = adopted.filter((p) => p.workingGroupId === group.workingGroupId);
    const singles = own.map((p): Clause => ({ text: p.seed.clause, proposalIds: [p.proposalId], kind: 'single' }));
    const groupTitle = `${group.kind} ${group.theme.title}`;
    const combined: Clause[] =
      own.length > 1 ? [{ text: random.pick(COMBINED_CLAUSES).replace('{title}', groupTitle).replace('{about}', group.theme.about), proposalIds: own.slice(0, 3).map((p) => p.proposalId), kind: 'combined' }] : [];
    return { singles, combined };
  });
  // Room for the combined articles once every adopted proposal and the closing article have one.
  let room = CITING_CLAUSES.max - 1 - perGroup.reduce((n, g) => n + g.singles.length, 0);
  const closingCites = groups.map((g) => adopted.find((p) => p.workingGroupId === g.workingGroupId)?.proposalId).filter((id): id is string => id !== undefined);
  const closing: Clause[] = closingCites.length > 0 ? [{ text: CLOSING_CLAUSE, proposalIds: random.shuffle(closingCites).slice(0, 3).sort(), kind: 'closing' }] : [];
  return [
    ...perGroup.flatMap((g) => {
      const combined = room > 0 ? g.combined : [];
      room -= combined.length;
      return [...g.singles, ...combined];
    }),
    ...closing,
  ];
};

/** Invented organisations, each at most once; citizens without a name. */
const endorsers = (random: SeededRandom): { kind: Kind; organisation?: string }[] => {
  const banks = { institution: random.shuffle(ENDORSERS.institution), business: random.shuffle(ENDORSERS.business), politics: random.shuffle(ENDORSERS.politics) };
  return Array.from({ length: random.int(ENDORSEMENTS.min, ENDORSEMENTS.max) }, () => {
    const kind = random.weighted<Kind>(['citizen', 'institution', 'business', 'politics'], [0.38, 0.24, 0.24, 0.14]);
    const organisation = kind === 'citizen' ? undefined : banks[kind].pop();
    return organisation ? { kind, organisation } : { kind: 'citizen' };
  });
};

/**
 * The manifesto in June 2018: drafted by the organisers, an editorial introduction and an article
 * per adopted proposal (plus a few that hold a group's proposals together), one article revised
 * and one withdrawn after a reading round, adopted, presented in the Pieterskerk, and endorsed by
 * citizens and invented organisations.
 */
export const planManifesto = (
  random: SeededRandom,
  input: { readonly groups: readonly PlannedGroup[]; readonly proposals: readonly PlannedProposal[]; readonly facts: { participants: number; conversations: number; ideas: number } },
): ManifestoPlan => {
  const manifestoId = MANIFESTO_ID;
  const adopted = input.proposals.filter((p) => p.adoptedAt !== undefined);
  const lastAdoption = Math.max(...adopted.map((p) => p.adoptedAt as LocalTime));
  const draftedAt = addMinutes(LATER_CALENDAR.manifest.at, 60);
  if (lastAdoption >= draftedAt) throw new Error('every proposal is decided before the manifesto is drafted');
  const { startedOn, at } = LATER_CALENDAR.manifest;
  const commands: TimedCommand[] = [
    timed('StartPhase', 'demo-start-phase-manifest', { processId: DEMO_PROCESS_ID, phase: 'manifest', startedOn }, at),
    timed('DraftManifesto', 'demo-draft-manifesto', { manifestoId, processId: DEMO_PROCESS_ID, title: MANIFESTO_TITLE, preamble: manifestoPreamble(input.facts) }, draftedAt),
  ];
  const clock = new WorkClock(random, addMinutes(draftedAt, 30));
  const clauseId = (n: number) => `artikel-${pad(n, 2)}`;
  const intro = editorialClause({ ...input.facts, groups: input.groups.length });
  commands.push(timed('AddManifestoClause', `demo-add-manifesto-clause-${clauseId(1)}`, { manifestoId, clauseId: clauseId(1), position: 1, text: intro.text, editorial: true, editorialNote: intro.editorialNote }, clock.advance(10, 30)));

  const clauses = clausesFor(random, input.groups, adopted);
  clauses.forEach((clause, i) => {
    const id = clauseId(i + 2);
    const add = { manifestoId, clauseId: id, position: i + 2, text: clause.text, proposalIds: [...clause.proposalIds] };
    commands.push(timed('AddManifestoClause', `demo-add-manifesto-clause-${id}`, add, clock.advance(15, 60)));
  });

  clock.nextDay();
  const singles = clauses.map((c, i) => ({ c, n: i + 2 })).filter(({ c }) => c.kind === 'single');
  const revised = random.pick(singles);
  const revision = { manifestoId, clauseId: clauseId(revised.n), text: `${revised.c.text} ${CLAUSE_REVISION.addition}`, proposalIds: [...revised.c.proposalIds], reason: CLAUSE_REVISION.reason };
  commands.push(timed('ReviseManifestoClause', `demo-revise-manifesto-clause-${clauseId(revised.n)}`, revision, clock.advance(30, 120)));
  const combined = clauses.map((c, i) => ({ c, n: i + 2 })).filter(({ c }) => c.kind === 'combined');
  const withdrawn = combined.length > 0 && clauses.length > CITING_CLAUSES.min ? random.pick(combined) : undefined;
  if (withdrawn) {
    const withdrawal = { manifestoId, clauseId: clauseId(withdrawn.n), reason: CLAUSE_WITHDRAWAL_REASON };
    commands.push(timed('WithdrawManifestoClause', `demo-withdraw-manifesto-clause-${clauseId(withdrawn.n)}`, withdrawal, clock.advance(20, 90)));
  }

  const adoptedAt = LATER_CALENDAR.manifestoAdoptedAt;
  commands.push(timed('AdoptManifesto', 'demo-adopt-manifesto', { manifestoId, adoptedOn: localDate(adoptedAt) }, adoptedAt));
  const { presentation, endorsementsUntil } = LATER_CALENDAR;
  commands.push(timed('PresentManifesto', 'demo-present-manifesto', { manifestoId, presentedOn: localDate(presentation.at), occasion: presentation.occasion }, presentation.at));

  const everyone = endorsers(random);
  const onTheDay = Math.round(everyone.length * (0.5 + 0.2 * random.float()));
  const lastDay = localTime(endorsementsUntil);
  const moments = everyone
    .map((_, i) => (i < onTheDay ? addMinutes(presentation.at, 75 + 2 * i) : addMinutes(addDays(lastDay, -random.int(0, 1)), 9 * 60 + 5 * random.int(0, 130))))
    .sort((a, b) => a - b);
  everyone.forEach(({ kind, organisation }, i) => {
    const at = moments[i] ?? lastDay;
    const endorsementId = `onderschrijving-${pad(i + 1, 3)}`;
    const endorse = { manifestoId, endorsementId, kind, ...(organisation ? { organisation } : {}), endorsedOn: localDate(at) };
    commands.push(timed('EndorseManifesto', `demo-endorse-manifesto-${endorsementId}`, endorse, at));
  });
  return { commands, standingClauses: clauses.length + 1 - (withdrawn ? 1 : 0), endorsements: everyone.length, endorsementsOnTheDay: onTheDay };
};
