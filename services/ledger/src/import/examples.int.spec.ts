import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EventStore } from '@spoor/event-store';
import { silentProgress } from '../cli/progress.js';
import { CommandExecutor } from '../commands/command-executor.js';
import { generateLeidenDemo } from '../demo/leiden-demo.js';
import { loadDemo } from '../demo-loader/load-demo.js';
import { type Ledger, startLedger } from '../shared/testing/ledger-harness.js';
import { importDepsOf, importer } from './import.command.js';
import { importConversations, importParticipants } from './import.runner.js';

const example = (name: string): Buffer => readFileSync(fileURLToPath(new URL(`../../../../docs/examples/${name}`, import.meta.url)));

/** What of the Leiden demo the examples build on or could collide with; the whole demo takes too long to load here. */
const DEMO_PART = new Set(['StartProcess', 'RegisterAmbassador', 'RegisterParticipant', 'PlanConversation']);

describe('the example files of docs/import.md, on top of the Leiden demo', () => {
  let ledger: Ledger;

  beforeAll(async () => {
    ledger = await startLedger();
    const demo = generateLeidenDemo().filter((c) => DEMO_PART.has(c.type));
    await loadDemo(ledger.store as EventStore, ledger.app.get(CommandExecutor), demo, silentProgress);
  }, 30_000);
  afterAll(() => ledger.close());

  it('import cleanly, participants first, and a second import adds nothing', async () => {
    const deps = importDepsOf(ledger.app, importer);
    const participants = await importParticipants(example('deelnemers.csv'), {}, deps);
    expect(participants).toMatchObject({ processId: 'leiden-demo', problems: [], rows: 14, applied: 14 + 13 });
    const conversations = await importConversations(example('gesprekken.csv'), { today: '2017-12-01' }, deps);
    expect(conversations).toMatchObject({ problems: [], rows: 11, applied: 2 + 2 + 11 + 2 });
    expect(conversations.conversations).toEqual([
      { conversationId: 'hk-101', ideas: 6, newIdeas: 6 },
      { conversationId: 'hk-102', ideas: 5, newIdeas: 5 },
    ]);

    const before = await ledger.eventCount();
    expect(await importParticipants(example('deelnemers.csv'), {}, deps)).toMatchObject({ problems: [], applied: 0, alreadyPresent: 27 });
    expect(await importConversations(example('gesprekken.csv'), { today: '2017-12-02' }, deps)).toMatchObject({ problems: [], applied: 0, alreadyPresent: 17 });
    expect(await ledger.eventCount()).toBe(before);

    const read = await ledger.gql('{ conversation(id: "hk-101") { districtCode heldOn groupSize ideaCount status } }');
    expect(read.data?.['conversation']).toEqual({ districtCode: 'WK054609', heldOn: '2017-11-28', groupSize: 8, ideaCount: 6, status: 'reported' });
  });
});
