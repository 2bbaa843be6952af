import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type EventData, publicViewOf } from '@spoor/contracts';
import { declareSummitResult } from '../declare-summit-result/declare-summit-result.use-case.js';
import { decideGiven } from '../testing/decide-given.js';
import { votingClosed, votingOpened } from '../testing/summit.fixtures.js';
import { runTallyCommand } from './tally.command.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'testing');
const dirs: string[] = [];
/** A published record holding only `log/events.ndjson` with these lines. */
const recordWith = (lines: string): string => {
  const dir = mkdtempSync(join(tmpdir(), 'spoor-tally-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'log'));
  writeFileSync(join(dir, 'log', 'events.ndjson'), lines);
  return dir;
};
const tally = async (dir: string) => {
  let out = '';
  let err = '';
  const code = await runTallyCommand(dir, (t) => (out += t), (t) => (err += t));
  return { code, out, err };
};
const line = (index: number, type: string, data: unknown) =>
  `${JSON.stringify({ data, id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`, index, occurredAt: '2018-01-14T15:00:00.000Z', recordedAt: '2018-01-14T15:00:00.000Z', recordedBy: 'organiser', revision: index, schemaVersion: 1, stream: 'voting-leiden', type })}\n`;

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('spoor tally DIR', () => {
  it('recounts each published vote by its method and exits 0 when every declared result equals the recount', async () => {
    const { code, out } = await tally(recordWith(readFileSync(join(fixtures, 'published-log.ndjson'), 'utf8')));
    expect(code).toBe(0);
    // docs/summit.md: groen 3, wonen 3, zorg 2, jeugd 1; sha256("leiden:wonen") 7d4f… < sha256("leiden:groen") 965f…
    expect(out).toMatch(/Process leiden: approval \(up to 2 ticks\), 2 themes to choose\n {2}5 published ballots, 5 counted/);
    expect(out).toMatch(/1 {2}wonen +3 {2}yes\n +2 {2}groen +3 {2}yes\n +3 {2}zorg +2\n +4 {2}jeugd +1\n/);
    // dot voting: groen 4, wonen 3, zorg 3, jeugd 2; sha256("amersfoort:wonen") 06d7… < ("amersfoort:zorg") 76c9…
    expect(out).toMatch(/Process amersfoort: dots \(3 dots\)[^]*chosen: groen, wonen\n {2}Klopt \/ matches: the recount equals SummitResultDeclared \(events\.ndjson line 15\)/);
    expect(out.match(/Klopt \/ matches/g)).toHaveLength(2);
  });

  it('exits 1 and names the first difference when a published ballot was changed after the count', async () => {
    const { code, out } = await tally(recordWith(readFileSync(join(fixtures, 'published-log-tampered.ndjson'), 'utf8')));
    expect(code).toBe(1);
    expect(out).toContain('VERSCHIL / MISMATCH with SummitResultDeclared (events.ndjson line 14): tally line 1: theme wonen declared at rank 1, the recount ranks zorg there');
    expect(out).toMatch(/Process amersfoort[^]*Klopt \/ matches/);
  });

  describe('an STV count (Wikipedia, Single transferable vote: the food example, quota 6)', () => {
    const method = { kind: 'stv' as const, seats: 3 };
    const themeIds = ['sinaasappel', 'peer', 'chocolade', 'aardbei', 'snoep'];
    const ballots = [
      ...Array.from({ length: 8 }, () => ['chocolade', 'aardbei']),
      ...Array.from({ length: 4 }, () => ['chocolade', 'snoep']),
      ['aardbei'],
      ...Array.from({ length: 2 }, () => ['peer', 'sinaasappel']),
      ...Array.from({ length: 4 }, () => ['sinaasappel', 'peer']),
      ['snoep'],
    ];
    const opened = votingOpened({ method, themeIds, eligibleVoters: 20 });
    const closed = votingClosed(ballots);
    const declared = async (): Promise<EventData<'SummitResultDeclared'>> => {
      const [event] = await decideGiven(declareSummitResult, { 'voting-leiden': [opened, closed] }, { processId: 'leiden' });
      if (event?.type !== 'SummitResultDeclared') throw new Error('expected SummitResultDeclared');
      return event.data;
    };
    const log = (result: EventData<'SummitResultDeclared'>) =>
      line(0, 'VotingOpened', opened.data) + line(1, 'VotingClosed', closed.data) + line(2, 'SummitResultDeclared', publicViewOf('SummitResultDeclared', result, () => ''));

    it('prints the quota and every stage, and agrees with the result the ledger declared', async () => {
      const { code, out } = await tally(recordWith(log(await declared())));
      expect(code).toBe(0);
      expect(out).toContain('  quota: 6.00000');
      expect(out).toMatch(/stage 2: surplus of chocolade \(transfer value 0\.50000\), decided by count; [^\n]*aardbei 5\.00000/);
      expect(out).toContain('chosen: chocolade, sinaasappel, aardbei');
      expect(out).toContain('Klopt / matches');
    });

    it('names the stage and theme where a declared stage differs', async () => {
      const result = await declared();
      const rounds = result.rounds?.map((r) => (r.stage === 2 ? { ...r, counts: { ...r.counts, aardbei: '6.00000' } } : r));
      const { code, out } = await tally(recordWith(log({ ...result, ...(rounds ? { rounds } : {}) })));
      expect(code).toBe(1);
      expect(out).toContain('rounds: stage 2 counts.aardbei is 6.00000 declared, 5.00000 recounted');
    });
  });

  it('exits 2 for a folder that is not a published record, or one without a closed vote', async () => {
    const missing = await tally(join(tmpdir(), 'spoor-tally-does-not-exist'));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/log\/events\.ndjson not found/);
    const open = await tally(recordWith(line(0, 'VotingOpened', votingOpened().data)));
    expect(open.code).toBe(2);
    expect(open.err).toMatch(/holds no closed vote/);
  });

  it('exits 2 naming the line when a vote record does not fit its contract', async () => {
    const { code, err } = await tally(recordWith(line(0, 'VotingOpened', { ...votingOpened().data, method: { kind: 'borda', seats: 2 } })));
    expect(code).toBe(2);
    expect(err).toMatch(/^spoor tally: events\.ndjson line 1: VotingOpened data\.method\.kind:/);
  });
});
