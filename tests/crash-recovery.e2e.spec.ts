import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exited, freePort, graphql, spoorCli, startSpoor } from './support/spoor-process.js';

const mutation = (name: string) => `mutation($input: ${name.charAt(0).toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { aggregateId receiptCode } }`;

describe('the ledger as a process', () => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'spoor-e2e-'));
    env = { SPOOR_DATA_DIR: dataDir, PORT: String(await freePort()), LOG_LEVEL: 'warn' };
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every acknowledged write after SIGKILL right after the mutation returns', async () => {
    const token = spoorCli(['token', 'create', '--role', 'organiser', '--name', 'E2E organiser'], env).trim();
    const first = await startSpoor(env);
    const send = async (name: string, input: Record<string, unknown>) => {
      const res = await graphql(first.url, mutation(name), { input }, token);
      expect(res.errors).toBeUndefined();
      return res.data?.[name] as { aggregateId: string; receiptCode: string | null };
    };
    await send('startProcess', { commandId: 's', processId: 'leiden', title: 'Agenda voor Leiden', city: 'Leiden', municipalityCode: 'GM0546', description: 'E2E', plannedPhases: [{ phase: 'gesprekken' }] });
    await send('registerAmbassador', { commandId: 'a', ambassadorId: 'amb-1', processId: 'leiden', districtCode: 'WK054606' });
    await send('registerParticipant', { commandId: 'p', participantId: 'p-1', processId: 'leiden', districtCode: 'WK054606', ageBand: '40-54', gender: 'x' });
    await send('planConversation', { commandId: 'c', conversationId: 'hk-1', ambassadorId: 'amb-1', districtCode: 'WK054606', plannedOn: '2017-11-02' });
    await send('recordConversationHeld', { commandId: 'h', conversationId: 'hk-1', heldOn: '2017-11-02', participantIds: ['p-1'] });
    const codes: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const result = await send('recordIdea', { commandId: `i-${i}`, conversationId: 'hk-1', text: `Idee nummer ${i}: meer bomen aan de Morsweg`, kind: 'wish' });
      codes.push(result.receiptCode ?? '');
    }
    first.child.kill('SIGKILL');
    expect((await exited(first.child)).signal).toBe('SIGKILL');

    const second = await startSpoor(env);
    try {
      const res = await graphql(second.url, '{ conversation(id: "hk-1") { ideaCount ideas(first: 50) { nodes { receiptCode } } } }');
      const conversation = res.data?.['conversation'] as { ideaCount: number; ideas: { nodes: { receiptCode: string }[] } };
      expect(conversation.ideaCount).toBe(20);
      expect(conversation.ideas.nodes.map((n) => n.receiptCode)).toEqual(codes);
    } finally {
      second.child.kill('SIGTERM');
      expect(await exited(second.child)).toEqual({ code: 0, signal: null });
      expect(second.output()).toMatch(/stopped cleanly/);
    }
  });

  it('refuses to start on a bad configuration, saying what is wrong', async () => {
    expect(() => spoorCli(['serve'], { ...env, SPOOR_STORE: 'mysql://db' })).toThrow(/SPOOR_STORE="mysql:\/\/db": must be sqlite:PATH, an esdb/);
  });
});
