import { clauseRoots, foldProjection, ideaTrail, type IdeaTrailFound, type ProjectedEvent, type TrailStepKind, trailProjection } from '@spoor/projections';
import { readAllPages } from '@spoor/event-store';
import { silentProgress } from './cli/progress.js';
import { CommandExecutor } from './commands/command-executor.js';
import { generateLeidenDemo } from './demo/leiden-demo.js';
import { loadDemo } from './demo-loader/load-demo.js';
import { toProjectedEvent } from './read-model/projection-set.js';
import { type Ledger, startLedger } from './shared/testing/ledger-harness.js';

/** A clause's ideas counted straight from the events: what its last version cites, and the ideas those proposals name or hold through their themes. */
const countRoots = (events: readonly ProjectedEvent[], manifestoId: string, clauseId: string) => {
  const themeIdeas = new Map<string, Set<string>>();
  const ideasIn = (themeId: string) => themeIdeas.get(themeId) ?? themeIdeas.set(themeId, new Set()).get(themeId)!;
  const proposals = new Map<string, { themeIds: string[]; ideaIds: string[] }>();
  const conversationOf = new Map<string, string>();
  const districtOf = new Map<string, string>();
  let cited: string[] = [];
  for (const e of events) {
    if (e.type === 'ConversationPlanned') districtOf.set(e.data.conversationId, e.data.districtCode);
    if (e.type === 'IdeaRecorded') conversationOf.set(e.data.ideaId, e.data.conversationId);
    if (e.type === 'IdeaLinkedToTheme') ideasIn(e.data.themeId).add(e.data.ideaId);
    if (e.type === 'IdeaUnlinkedFromTheme') ideasIn(e.data.themeId).delete(e.data.ideaId);
    if (e.type === 'ThemesMerged') e.data.movedIdeaIds.forEach((id) => ideasIn(e.data.targetThemeId).add(id));
    if (e.type === 'ThemeSplit') e.data.parts.forEach((p) => themeIdeas.set(p.themeId, new Set(p.ideaIds)));
    if (e.type === 'ProposalDrafted') proposals.set(e.data.proposalId, { themeIds: e.data.themeIds, ideaIds: e.data.ideaIds });
    if ((e.type === 'ManifestoClauseAdded' || e.type === 'ManifestoClauseRevised') && e.data.manifestoId === manifestoId && e.data.clauseId === clauseId) cited = e.data.proposalIds;
  }
  const ideas = new Set<string>();
  for (const proposal of cited.flatMap((id) => proposals.get(id) ?? [])) {
    proposal.ideaIds.forEach((id) => ideas.add(id));
    proposal.themeIds.forEach((t) => ideasIn(t).forEach((id) => ideas.add(id)));
  }
  const conversations = new Set([...ideas].map((id) => conversationOf.get(id)!));
  return { ideas: ideas.size, conversations: conversations.size, districts: new Set([...conversations].map((c) => districtOf.get(c))).size };
};

describe('the trail on the full Leiden demo', () => {
  let ledger: Ledger;
  let events: ProjectedEvent[];

  beforeAll(async () => {
    ledger = await startLedger();
    await loadDemo(ledger.store, ledger.app.get(CommandExecutor), generateLeidenDemo(), silentProgress);
    events = [];
    for await (const page of readAllPages(ledger.store)) events.push(...page.map(toProjectedEvent));
  }, 180_000);
  afterAll(() => ledger.close());

  const fold = () => foldProjection(trailProjection, events);

  it('follows an idea whose theme was chosen and cited by a clause through every step down to the clause', () => {
    const model = fold();
    const trails = Object.values(model.ideas).map((idea) => ideaTrail(model, idea.receiptCode) as IdeaTrailFound);
    const trail = trails.find((t) => t.outcome === 'reached-manifesto' && !t.proposals.some((p) => p.namesIdea))!;
    expect(trail).toBeDefined();

    const kinds = trail.steps.map((s) => s.kind);
    const order: TrailStepKind[] = ['idea-recorded', 'linked-to-theme', 'put-on-agenda', 'vote-result', 'working-group-formed', 'proposal-drafted', 'proposal-adopted', 'clause-added'];
    expect(order.map((kind) => kinds.indexOf(kind))).toEqual([...order.map((kind) => kinds.indexOf(kind))].sort((a, b) => a - b));
    expect(order.every((kind) => kinds.includes(kind))).toBe(true);
    expect(trail.steps.find((s) => s.kind === 'vote-result' && s.vote?.chosen)).toBeDefined();
    const clause = trail.steps.filter((s) => s.kind === 'clause-added').at(-1)!.clause!;
    expect(trail.clauses.map((c) => c.clauseId)).toContain(clause.clauseId);
    expect(trail.explanation.nl).toMatch(/^Dit idee staat in (het|het concept van het) manifest: artikel(en)? \d+/);
  });

  it('explains an idea whose theme was not chosen with the real vote figures', () => {
    const model = fold();
    const result = events.find((e) => e.type === 'SummitResultDeclared');
    if (result?.type !== 'SummitResultDeclared') throw new Error('the demo declares no summit result');
    const trail = Object.values(model.ideas)
      .map((idea) => ideaTrail(model, idea.receiptCode) as IdeaTrailFound)
      .find((t) => t.outcome === 'not-chosen')!;
    expect(trail).toBeDefined();

    const line = result.data.tally.filter((l) => trail.steps.some((s) => s.kind === 'vote-result' && s.vote?.themeId === l.themeId)).sort((a, b) => a.rank - b.rank)[0]!;
    const title = model.processes[result.data.processId]!.themes[line.themeId]!.versions.at(-1)!.title;
    const figures = `${line.votes} ${line.votes === 1 ? 'stem' : 'stemmen'}, plaats ${line.rank} van ${result.data.tally.length}; de eerste ${result.data.chosenThemeIds.length} gingen door.`;
    expect(trail.explanation.nl).toBe(`Het thema '${title}' is op de burgertop niet gekozen: ${figures}`);
    expect(trail.explanation.en).toContain(`place ${line.rank} of ${result.data.tally.length}; the top ${result.data.chosenThemeIds.length} went on.`);
  });

  it('counts the roots of every clause as a direct count over the events does', () => {
    const model = fold();
    const clauses = Object.values(model.manifestos).flatMap((m) => Object.keys(m.clauses).map((clauseId) => ({ manifestoId: m.manifestoId, clauseId })));
    expect(clauses.length).toBeGreaterThan(3);
    let withIdeas = 0;
    for (const { manifestoId, clauseId } of clauses) {
      const roots = clauseRoots(model, clauseId, manifestoId);
      if (!roots.found) throw new Error(`clause ${clauseId} not found`);
      const direct = countRoots(events, manifestoId, clauseId);
      expect({ ideas: roots.counts.ideas, conversations: roots.counts.conversations, districts: roots.counts.districts }).toEqual(direct);
      if (direct.ideas > 0) withIdeas += 1;
    }
    expect(withIdeas).toBeGreaterThan(0);
  });
});
