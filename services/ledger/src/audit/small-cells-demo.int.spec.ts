import { representativenessProjection } from '@spoor/projections';
import { silentProgress } from '../cli/progress.js';
import { CommandExecutor } from '../commands/command-executor.js';
import { generateLeidenDemo } from '../demo/leiden-demo.js';
import { loadDemo } from '../demo-loader/load-demo.js';
import { Projector } from '../read-model/projector.service.js';
import { type Ledger, startLedger } from '../shared/testing/ledger-harness.js';

/** A number a public answer shows, with where it is; `label` when the answer gives one. */
interface Shown {
  where: string;
  count: number | null;
  label?: string;
}

type Data = Record<string, unknown>;
const STAGES = ['registered', 'conversation', 'summit', 'working-group'];
const PUBLISHED = 'count countLabel';

/**
 * Every public query that produces a table, and the counts of persons in its answer. Counts that
 * are not about persons are named in the comment beside each query and not checked.
 */
const tableQueries: { name: string; query: string; variables?: Data; persons: (data: Data) => Shown[] }[] = [
  ...STAGES.map((stage) => ({
    // participants per district, age band and gender at each stage
    name: `representativeness(${stage})`,
    query: `query($s: String!) { representativeness(stage: $s) { total { ${PUBLISHED} } dimensions { dimension rows { band ${PUBLISHED} } } } }`,
    variables: { s: stage },
    persons: (data: Data) => {
      const r = data['representativeness'] as { total: Shown & { countLabel: string }; dimensions: { dimension: string; rows: { band: string; count: number | null; countLabel: string }[] }[] };
      return [
        { where: 'total', count: r.total.count, label: r.total.countLabel },
        ...r.dimensions.flatMap((d) => d.rows.map((row) => ({ where: `${d.dimension} ${row.band}`, count: row.count, label: row.countLabel }))),
      ];
    },
  })),
  ...STAGES.map((stage) => ({
    // participants per district x age band x gender, and every margin of that table
    name: `representativenessCrossTab(${stage})`,
    query: `query($s: String!) { representativenessCrossTab(stage: $s, dimensions: ["district", "ageBand", "gender"]) { total { ${PUBLISHED} } table { dimensions cells { bands ${PUBLISHED} } } margins { dimensions cells { bands ${PUBLISHED} } } } }`,
    variables: { s: stage },
    persons: (data: Data) => {
      const r = data['representativenessCrossTab'] as { total: { count: number | null; countLabel: string }; table: CrossTable; margins: CrossTable[] };
      return [{ where: 'total', count: r.total.count, label: r.total.countLabel }, ...[r.table, ...r.margins].flatMap(cellsOf)];
    },
  })),
  {
    // Not about persons, so not checked: every figure is a number of ideas (per district: ideas, withdrawn, at
    // each stage of the trail) or a share of them, and districtsTotal is the number of districts.
    name: 'districtReach',
    query: '{ districtReach { districtsTotal districts { code ideas withdrawn agenda { count } chosen { count } proposal { count } manifesto { count } } } }',
    persons: () => [],
  },
  {
    // Persons: attendance by status, residents and wildcards apart; eligible voters and ballots cast; residents
    // per band at a table (composition, always empty now).
    // Not checked, not a tabulation of person attributes: per table its size, wildcards and residents are the
    // seating plan's shape (tables of about 8; the plan spreads wildcards, who attend by public role, one or none
    // a table), diversity is a number of different bands (naming none), and a tally's votes are counts of
    // anonymous ballots per theme, the published result.
    name: 'summitResult',
    query: `{ summitResult { attendance { residents { invited confirmed attended absent } wildcards { invited confirmed attended absent } }
      tables { tableCount tables { table size wildcards residents diversity { districts ageBands genders } composition { dimension cells { band ${PUBLISHED} } } } }
      voting { eligibleVoters ballotCount } result { lines { themeId votes } } } }`,
    persons: (data: Data) => {
      const s = data['summitResult'] as {
        attendance: Record<'residents' | 'wildcards', Record<string, number>>;
        tables: { tables: { table: number; composition: { dimension: string; cells: { band: string; count: number | null; countLabel: string }[] }[] }[] };
        voting: { eligibleVoters: number; ballotCount: number };
      };
      return [
        ...(['residents', 'wildcards'] as const).flatMap((kind) => Object.entries(s.attendance[kind]).map(([status, count]) => ({ where: `attendance ${kind} ${status}`, count }))),
        ...s.tables.tables.flatMap((t) => t.composition.flatMap((d) => d.cells.map((c) => ({ where: `table ${t.table} ${d.dimension} ${c.band}`, count: c.count, label: c.countLabel })))),
        { where: 'eligible voters', count: s.voting.eligibleVoters },
        { where: 'ballots cast', count: s.voting.ballotCount },
      ];
    },
  },
  {
    // Persons: the number of participants, ambassadors and summit attendees. Not about persons: conversations held,
    // ideas, themes, ballots (anonymous), working groups, adopted proposals, clauses and endorsements (by organisations).
    name: 'progress',
    query: '{ progress { counts { participants ambassadors conversationsHeld ideas themes summitAttendees ballots workingGroups proposalsAdopted clauses endorsements } } }',
    persons: (data: Data) =>
      (data['progress'] as { counts: Record<string, number> }[]).flatMap((p) => ['participants', 'ambassadors', 'summitAttendees'].map((key) => ({ where: key, count: p.counts[key] ?? null }))),
  },
  {
    // Persons: each living-room conversation's group size (its group's composition is published only as that
    // size; who took part is private). Not about persons: the number of ideas per conversation.
    name: 'conversations',
    query: '{ conversations(first: 100) { totalCount nodes { id groupSize ideaCount } } }',
    persons: (data: Data) => {
      const c = data['conversations'] as { totalCount: number; nodes: { id: string; groupSize: number | null }[] };
      expect(c.nodes).toHaveLength(c.totalCount);
      return c.nodes.map((n) => ({ where: `conversation ${n.id}`, count: n.groupSize }));
    },
  },
  {
    // Not about persons: conversations and ideas per process.
    name: 'processes',
    query: '{ processes { id conversationCount ideaCount } }',
    persons: () => [],
  },
];

interface CrossTable {
  dimensions: string[];
  cells: { bands: string[]; count: number | null; countLabel: string }[];
}
const cellsOf = (t: CrossTable): Shown[] => t.cells.map((c) => ({ where: `${t.dimensions.join('×')} ${c.bands.join('/')}`, count: c.count, label: c.countLabel }));

describe('no public table shows a count of persons from 1 to 4 (full demo)', () => {
  let ledger: Ledger;

  beforeAll(async () => {
    ledger = await startLedger();
    await loadDemo(ledger.store, ledger.app.get(CommandExecutor), generateLeidenDemo(), silentProgress);
  }, 120_000);
  afterAll(() => ledger.close());

  it('has small counts to hide in the first place: the raw district x age band x gender counts include 1 to 4', () => {
    const model = ledger.app.get(Projector).model(representativenessProjection);
    const cells = new Map<string, number>();
    for (const p of Object.values(model.participants)) cells.set(`${p.districtCode}/${p.ageBand}/${p.gender}`, (cells.get(`${p.districtCode}/${p.ageBand}/${p.gender}`) ?? 0) + 1);
    expect([...cells.values()].filter((n) => n > 0 && n < 5).length).toBeGreaterThan(10);
  });

  it.each(tableQueries.map((q) => [q.name, q] as const))('%s', async (_name, { query, variables, persons }) => {
    const res = await ledger.gql(query, variables ?? {});
    expect(res.errors).toBeUndefined();
    const shown = persons(res.data ?? {});
    const small = shown.filter((s) => (s.count !== null && s.count > 0 && s.count < 5) || /^[1-4]$/.test(s.label ?? ''));
    expect(small).toEqual([]);
    for (const s of shown) if (s.label !== undefined && s.count !== null) expect(s.label).toBe(String(s.count));
  });

  it('checks a count in every table query that has persons in it, and hides some in the cross-tables', async () => {
    for (const { name, query, variables, persons } of tableQueries) {
      const shown = persons((await ledger.gql(query, variables ?? {})).data ?? {});
      const expectsPersons = !['districtReach', 'processes'].includes(name);
      expect({ name, counted: shown.length > 0 }).toEqual({ name, counted: expectsPersons });
    }
    const cross = await ledger.gql('{ representativenessCrossTab(stage: "registered") { table { cells { suppressed } } } }');
    const cells = (cross.data?.['representativenessCrossTab'] as { table: { cells: { suppressed: boolean }[] } }).table.cells;
    expect(cells.filter((c) => c.suppressed).length).toBeGreaterThan(10);
  });

  it('refuses a cross-table it cannot make, naming the argument', async () => {
    const res = await ledger.gql('{ representativenessCrossTab(stage: "registered", dimensions: ["wijk"]) { stage } }');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dimensions' });
    expect(res.errors?.[0]?.message).toMatch(/unknown dimension "wijk"/);
  });
});
