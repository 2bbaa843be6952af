import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exited, freePort, graphql, spoorCli, startSpoor } from './support/spoor-process.js';

interface Counts {
  processes: { id: string; demo: boolean; conversationCount: number; ideaCount: number }[];
  conversations: { totalCount: number; nodes: { demo: boolean; groupSize: number }[] };
}
const COUNTS = '{ processes { id demo conversationCount ideaCount } conversations(first: 1000) { totalCount nodes { demo groupSize } } }';

describe('demo data (what npm start does)', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let positionAfterLoad: string;
  const logPosition = async (url: string): Promise<string> =>
    ((await (await fetch(`${url}/readyz`)).json()) as { projections: { position: string } }).projections.position;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'spoor-demo-'));
    env = { SPOOR_DATA_DIR: dataDir, PORT: String(await freePort()), LOG_LEVEL: 'warn' };
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('loads the full Leiden demo into an empty store, with progress, and serves it', async () => {
    const ledger = await startSpoor(env, ['--demo'], 240_000);
    try {
      expect((await fetch(`${ledger.url}/healthz`)).status).toBe(200);
      const { data } = await graphql(ledger.url, COUNTS);
      const counts = data as unknown as Counts;
      expect(counts.processes).toEqual([{ id: 'leiden-demo', demo: true, conversationCount: 100, ideaCount: expect.any(Number) }]);
      expect(counts.processes[0]?.ideaCount).toBeGreaterThan(1400);
      expect(counts.conversations.totalCount).toBe(100);
      expect(counts.conversations.nodes.every((c) => c.demo && (c.groupSize === 7 || c.groupSize === 8))).toBe(true);
      expect(ledger.output()).toMatch(/Demo laden \/ loading demo: \d+\/\d+ \(100%\)/);
      positionAfterLoad = await logPosition(ledger.url);
    } finally {
      ledger.child.kill('SIGTERM');
      await exited(ledger.child);
    }
  }, 300_000);

  it('starts again on the same store without loading the demo twice', async () => {
    const ledger = await startSpoor(env, ['--demo'], 240_000);
    try {
      const { data } = await graphql(ledger.url, COUNTS);
      expect((data as unknown as Counts).conversations.totalCount).toBe(100);
      expect(await logPosition(ledger.url)).toBe(positionAfterLoad);
    } finally {
      ledger.child.kill('SIGTERM');
      await exited(ledger.child);
    }
  }, 300_000);

  it('refuses to mix demo data into a store that holds real data', async () => {
    const realDir = mkdtempSync(join(tmpdir(), 'spoor-real-'));
    const realEnv = { ...env, SPOOR_DATA_DIR: realDir };
    try {
      const token = spoorCli(['token', 'create', '--role', 'organiser', '--name', 'Echt'], realEnv).trim();
      const ledger = await startSpoor(realEnv);
      const res = await graphql(
        ledger.url,
        'mutation($i: StartProcessInput!) { startProcess(input: $i) { aggregateId } }',
        { i: { commandId: 'real-1', processId: 'echt', title: 'Echt proces', city: 'Leiden', municipalityCode: 'GM0546', description: 'Geen demo', plannedPhases: [{ phase: 'werving' }] } },
        token,
      );
      expect(res.errors).toBeUndefined();
      ledger.child.kill('SIGTERM');
      await exited(ledger.child);
      expect(() => spoorCli(['demo'], realEnv)).toThrow(/holds data that is not demo data \(first: ProcessStarted in process-echt/);
      await expect(startSpoor(realEnv, ['--demo'])).rejects.toThrow(/refusing to mix demo data in/);
    } finally {
      rmSync(realDir, { recursive: true, force: true });
    }
  }, 120_000);
});
