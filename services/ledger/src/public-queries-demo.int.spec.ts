import { silentProgress } from './cli/progress.js';
import { CommandExecutor } from './commands/command-executor.js';
import { generateLeidenDemo } from './demo/leiden-demo.js';
import { loadDemo } from './demo-loader/load-demo.js';
import { ideaTrail, trailProjection } from '@spoor/projections';
import { Projector } from './read-model/projector.service.js';
import { type Ledger, startLedger } from './shared/testing/ledger-harness.js';

const ROW = 'band count countLabel share referenceShare difference suppressed suppression referenceInvented';

describe('public queries on the full demo', () => {
  let ledger: Ledger;
  const demo = generateLeidenDemo();

  beforeAll(async () => {
    ledger = await startLedger();
    await loadDemo(ledger.store, ledger.app.get(CommandExecutor), demo, silentProgress);
  }, 120_000);
  afterAll(() => ledger.close());

  it.each(['registered', 'conversation', 'summit', 'working-group'])('never shows a count from 1 to 4 at stage %s', async (stage) => {
    const res = await ledger.gql(`query($s: String!) { representativeness(stage: $s) { stage total { count countLabel } dimensions { dimension referenceInvented rows { ${ROW} } } } }`, { s: stage });
    expect(res.errors).toBeUndefined();
    const view = res.data?.['representativeness'] as { dimensions: { dimension: string; rows: { count: number | null; countLabel: string; referenceInvented: boolean }[] }[] };
    const rows = view.dimensions.flatMap((d) => d.rows);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      if (row.count !== null) expect(row.count === 0 || row.count >= 5).toBe(true);
      expect(row.countLabel).not.toMatch(/^[1-4]$/);
    }
    expect(view.dimensions.map((d) => d.dimension).sort()).toEqual(['ageBand', 'district', 'gender']);
    expect(rows.some((r) => r.referenceInvented)).toBe(true);
  });

  it('refuses an unknown stage, naming the field', async () => {
    const res = await ledger.gql('{ representativeness(stage: "everyone") { stage } }');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stage' });
  });

  it('publishes the summit: tables in aggregate, anonymous ballots that recount to the declared result', async () => {
    const res = await ledger.gql('{ summitResult { tables { tableCount tables { size wildcards diversity { districts } } } voting { ballotCount ballots { choices } explanation { method { nl en } recount { nl en } } } result { seats chosenThemeIds votesMatchBallots lines { themeId votes rank chosen } } } }');
    expect(res.errors).toBeUndefined();
    const summit = res.data?.['summitResult'] as {
      tables: { tableCount: number; tables: { wildcards: number }[] };
      voting: { ballotCount: number; ballots: { choices: string[] }[]; explanation: { recount: { nl: string; en: string } } };
      result: { seats: number; chosenThemeIds: string[]; votesMatchBallots: boolean; lines: { themeId: string; votes: number }[] };
    };
    expect(summit.tables.tableCount).toBeGreaterThanOrEqual(90);
    expect(summit.tables.tables.every((t) => t.wildcards <= 1)).toBe(true);
    expect(summit.voting.ballots).toHaveLength(demo.filter((c) => c.type === 'CastBallot').length);
    expect(summit.result.votesMatchBallots).toBe(true);
    expect(summit.result.chosenThemeIds).toHaveLength(summit.result.seats);
    const recount = (themeId: string) => summit.voting.ballots.filter((b) => b.choices.includes(themeId)).length;
    for (const line of summit.result.lines) expect(line.votes).toBe(recount(line.themeId));
    expect(summit.voting.explanation.recount.nl.length).toBeGreaterThan(20);
    expect(JSON.stringify(res.data)).not.toMatch(/"p-\d{4}"|"wc-\d{3}"/);
  });

  it('reports progress: phase, counts and the latest updates', async () => {
    const res = await ledger.gql('{ progress { processId currentPhase counts { participants conversationsHeld ballots proposalsAdopted endorsements } updates(first: 3) { title corrected publishedOn } } }');
    expect(res.errors).toBeUndefined();
    const [view] = res.data?.['progress'] as { currentPhase: string; counts: Record<string, number>; updates: { publishedOn: string }[] }[];
    expect(view?.currentPhase).toBe('afgerond');
    expect(view?.counts).toMatchObject({ participants: 750, conversationsHeld: 100, ballots: demo.filter((c) => c.type === 'CastBallot').length });
    expect(view?.updates).toHaveLength(3);
    const dates = view?.updates.map((u) => u.publishedOn) ?? [];
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});

describe('the trail over GraphQL on the full demo', () => {
  let ledger: Ledger;
  const demo = generateLeidenDemo();
  const TRAIL = '{ found receiptCode message { nl en } idea { ideaId text status } conversation { districtCode districtName heldOn } steps { kind date label { nl en } vote { votes rank of chosen } clause { clauseId number } } outcome explanation { nl en } }';
  const codeWith = (outcome: string): string => {
    const model = ledger.app.get(Projector).model(trailProjection);
    for (const idea of Object.values(model.ideas)) {
      const trail = ideaTrail(model, idea.receiptCode);
      if (trail.found && trail.outcome === outcome) return idea.receiptCode;
    }
    throw new Error(`no demo idea with outcome ${outcome}`);
  };

  beforeAll(async () => {
    ledger = await startLedger();
    await loadDemo(ledger.store, ledger.app.get(CommandExecutor), demo, silentProgress);
  }, 120_000);
  afterAll(() => ledger.close());

  it('follows an idea whose theme was chosen all the way down to a manifesto clause', async () => {
    const res = await ledger.gql(`query($c: String!) { ideaTrail(receiptCode: $c) ${TRAIL} }`, { c: codeWith('reached-manifesto') });
    expect(res.errors).toBeUndefined();
    const trail = res.data?.['ideaTrail'] as { steps: { kind: string; vote: { chosen: boolean } | null }[]; explanation: { nl: string; en: string } };
    const kinds = trail.steps.map((s) => s.kind);
    for (const kind of ['idea-recorded', 'linked-to-theme', 'put-on-agenda', 'vote-result', 'working-group-formed', 'proposal-adopted', 'clause-added']) expect(kinds).toContain(kind);
    expect(kinds.indexOf('vote-result')).toBeLessThan(kinds.indexOf('clause-added'));
    expect(trail.steps.find((s) => s.kind === 'vote-result')?.vote?.chosen).toBe(true);
    expect(trail.explanation.nl).toMatch(/manifest/);
  });

  it('explains with the real vote figures where a theme was not chosen', async () => {
    const res = await ledger.gql(`query($c: String!) { ideaTrail(receiptCode: $c) ${TRAIL} }`, { c: codeWith('not-chosen') });
    const trail = res.data?.['ideaTrail'] as { steps: { kind: string; vote: { votes: number; rank: number; of: number } | null }[]; explanation: { nl: string; en: string } };
    const vote = trail.steps.find((s) => s.kind === 'vote-result')?.vote;
    expect(vote).toBeDefined();
    expect(trail.explanation.nl).toContain(`${vote?.votes} stemmen, plaats ${vote?.rank} van ${vote?.of}; de eerste 6 gingen door`);
    expect(trail.explanation.en).toContain(`place ${vote?.rank} of ${vote?.of}`);
  });

  it('answers an unknown receipt code with a helpful not-found, not an error', async () => {
    const res = await ledger.gql(`{ ideaTrail(receiptCode: "ZZZZ-ZZZZ") ${TRAIL} }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.['ideaTrail']).toMatchObject({ found: false, idea: null, message: { nl: expect.stringMatching(/ZZZZ-ZZZZ/), en: expect.any(String) } });
  });

  it('traces a clause back to ideas, living rooms and districts, and shows lineage and district reach', async () => {
    const clauseId = (demo.find((c) => c.type === 'AddManifestoClause' && (c.input as { proposalIds?: string[] }).proposalIds?.length)?.input as { clauseId: string }).clauseId;
    const roots = await ledger.gql('query($id: ID!) { clauseRoots(clauseId: $id) { found counts { ideas conversations districts districtsTotal } summary { nl en } } }', { id: clauseId });
    const counts = (roots.data?.['clauseRoots'] as { counts: { ideas: number; districtsTotal: number } }).counts;
    expect(counts.ideas).toBeGreaterThan(0);
    expect(counts.districtsTotal).toBe(10);
    expect((roots.data?.['clauseRoots'] as { summary: { nl: string } }).summary.nl).toMatch(/gaat terug op \d+ idee/);

    const merged = (demo.find((c) => c.type === 'MergeThemes')?.input as { targetThemeId: string }).targetThemeId;
    const theme = await ledger.gql('query($id: ID!) { theme(id: $id) { id title lineage { nodes { themeId relation } edges { kind fromThemeId toThemeId } } } }', { id: merged });
    const lineage = (theme.data?.['theme'] as { lineage: { edges: { kind: string; toThemeId: string }[] } }).lineage;
    expect(lineage.edges.some((e) => e.kind === 'merge' && e.toThemeId === merged)).toBe(true);
    expect((await ledger.gql('{ theme(id: "no-such-theme") { id } }')).data).toEqual({ theme: null });

    const reach = await ledger.gql('{ districtReach { districtsTotal districts { code ideas manifesto { count share } } } }');
    expect((reach.data?.['districtReach'] as { districts: unknown[] }).districts).toHaveLength(10);
  });
});
