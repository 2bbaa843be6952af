import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandType } from '@spoor/contracts';
import { createSqliteEventStore, type RecordedEvent } from '@spoor/event-store';
import { type DemoCommand, generateLeidenDemo, TokenStore } from '@spoor/ledger';
import { eventOfCommand } from './support/command-events.js';
import { exited, freePort, graphql, type RunningLedger, startSpoor } from './support/spoor-process.js';
import { readLog, replayInto } from './support/store-copy.js';

const field = (type: CommandType): string => type.charAt(0).toLowerCase() + type.slice(1);
const mutation = (type: CommandType): string => `mutation($input: ${type}Input!) { ${field(type)}(input: $input) { revision } }`;
const actorKey = (a: DemoCommand['actor']): string => [a.role, 'ambassadorId' in a ? a.ambassadorId : '', 'workingGroupId' in a ? a.workingGroupId : ''].join(':');

/** Public questions a resident, journalist or organiser asks; their answers must not depend on which store holds the log. */
const READ_QUERIES = [
  '{ processes { id title city demo currentPhase phases { phase startedOn } districts { code name } conversationCount ideaCount } }',
  '{ conversations(first: 1000) { totalCount nodes { id districtCode plannedOn heldOn status groupSize reportSubmittedOn ideaCount demo } } }',
  '{ ideas(first: 1000) { totalCount pageInfo { endCursor hasNextPage } nodes { id conversationId districtCode kind text status withdrawalReason receiptCode recordedAt revisions { text reason revisedAt } } } }',
  '{ ideas(first: 1000, after: "bzo5OTk") { nodes { id text status receiptCode revisions { text } } } }',
];

describe('the whole Leiden process over HTTP, by separate actors', () => {
  const demo = generateLeidenDemo();
  let dataDir: string;
  let replayDir: string;
  let ledger: RunningLedger;
  let log: RecordedEvent[];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'spoor-whole-'));
    replayDir = mkdtempSync(join(tmpdir(), 'spoor-replay-'));
    ledger = await startSpoor({ SPOOR_DATA_DIR: dataDir, PORT: String(await freePort()), LOG_LEVEL: 'warn' });
  });
  afterAll(async () => {
    ledger.child.kill('SIGTERM');
    await exited(ledger.child);
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(replayDir, { recursive: true, force: true });
  });

  it('records every step through the GraphQL API, each actor with their own token', async () => {
    const tokens = new Map<string, string>();
    const tokenStore = new TokenStore(dataDir);
    for (const { actor } of demo) {
      const key = actorKey(actor);
      // A voter has no token: the one-time code on their badge is the credential.
      if (tokens.has(key) || actor.role === 'voter') continue;
      const scope = { ...('ambassadorId' in actor ? { ambassadorId: actor.ambassadorId } : {}), ...('workingGroupId' in actor ? { workingGroupId: actor.workingGroupId } : {}) };
      tokens.set(key, tokenStore.create({ name: `e2e ${key}`, role: actor.role, ...scope }).token);
    }
    tokenStore.close();

    for (const command of demo) {
      const input = { ...command.input, commandId: command.commandId, occurredAt: command.occurredAt };
      const res = await graphql(ledger.url, mutation(command.type), { input }, tokens.get(actorKey(command.actor)));
      if (res.errors) throw new Error(`${command.type} ${command.commandId} as ${actorKey(command.actor)} was refused: ${JSON.stringify(res.errors)}`);
    }

    log = await readLog(join(dataDir, 'spoor.db'));
    const expected: Record<string, number> = {};
    for (const c of demo) expected[eventOfCommand[c.type]] = (expected[eventOfCommand[c.type]] ?? 0) + 1;
    const recorded: Record<string, number> = {};
    for (const e of log) recorded[e.type] = (recorded[e.type] ?? 0) + 1;
    expect(recorded).toEqual(expected);
    expect(Object.keys(recorded)).toHaveLength(Object.keys(eventOfCommand).length);

    const roles = (type: string) => new Set(log.filter((e) => e.type === type).map((e) => (e.metadata as { actor: { role: string } }).actor.role));
    expect(roles('IdeaRecorded')).toEqual(new Set(['ambassador']));
    expect(roles('IdeaLinkedToTheme')).toEqual(new Set(['moderator']));
    expect(roles('TableDiscussionRecorded')).toEqual(new Set(['facilitator']));
    expect(roles('ProposalDrafted')).toEqual(new Set(['secretary']));
    expect(roles('SummitResultDeclared')).toEqual(new Set(['organiser']));
    expect(roles('BallotCast')).toEqual(new Set(['voter', 'facilitator']));
    expect(log.every((e) => (e.metadata as { demo?: boolean }).demo !== true)).toBe(true);
  }, 600_000);

  it('gives identical read results after replaying the log into a fresh store', async () => {
    const fresh = createSqliteEventStore({ file: join(replayDir, 'spoor.db') });
    await replayInto(log, fresh);
    await fresh.close();
    const replayed = await startSpoor({ SPOOR_DATA_DIR: replayDir, PORT: String(await freePort()), LOG_LEVEL: 'warn' });
    try {
      for (const query of READ_QUERIES) {
        const [original, copy] = await Promise.all([graphql(ledger.url, query), graphql(replayed.url, query)]);
        expect(original.errors).toBeUndefined();
        expect(copy).toEqual(original);
      }
    } finally {
      replayed.child.kill('SIGTERM');
      await exited(replayed.child);
    }
  }, 300_000);
});
