import { silentProgress } from '../cli/progress.js';
import { CommandExecutor } from '../commands/command-executor.js';
import { generateLeidenDemo } from '../demo/leiden-demo.js';
import { loadDemo } from '../demo-loader/load-demo.js';
import { type Ledger, startLedger } from '../shared/testing/ledger-harness.js';

const ROW = 'band count countLabel share referenceShare difference suppressed suppression referenceInvented';

describe('public audit views on the full demo', () => {
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
    const res = await ledger.gql('{ summitResult { tables { tableCount tables { size wildcards diversity { districts } } } voting { ballotCount ballots { ballotId choices } explanation { method { nl en } recount { nl en } } } result { seats chosenThemeIds votesMatchBallots lines { themeId votes rank chosen } } } }');
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
