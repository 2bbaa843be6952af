import type { CommandType } from '@spoor/contracts';
import { type DemoCommand, generateLeidenDemo, TokenStore } from '@spoor/ledger';
import { exited, freePort, graphql, startSpoor } from './spoor-process.js';

const field = (type: CommandType): string => type.charAt(0).toLowerCase() + type.slice(1);
const mutation = (type: CommandType): string => `mutation($input: ${type}Input!) { ${field(type)}(input: $input) { revision } }`;

/**
 * The start of the Leiden demo, cut down to one living-room conversation: the process, its first
 * phases, the conversation's ambassador and participants, the conversation and its ideas.
 * `rewrite` may change any command (say, an idea's text) before it is sent.
 */
export const oneConversation = (rewrite: (command: DemoCommand) => DemoCommand = (c) => c): DemoCommand[] => {
  const demo = generateLeidenDemo();
  const input = (c: DemoCommand) => c.input as Record<string, unknown>;
  const find = (what: string, test: (c: DemoCommand) => boolean): DemoCommand => {
    const found = demo.find(test);
    if (!found) throw new Error(`the Leiden demo has no ${what} any more`);
    return found;
  };
  const conversationId = input(find('idea', (c) => c.type === 'RecordIdea'))['conversationId'];
  const plan = find('PlanConversation', (c) => c.type === 'PlanConversation' && input(c)['conversationId'] === conversationId);
  const held = find('RecordConversationHeld', (c) => c.type === 'RecordConversationHeld' && input(c)['conversationId'] === conversationId);
  const ambassadorId = input(plan)['ambassadorId'];
  const participants = new Set(input(held)['participantIds'] as string[]);
  const keep = (c: DemoCommand): boolean => {
    const i = input(c);
    switch (c.type) {
      case 'StartProcess':
      case 'RecordReferencePopulation':
        return true;
      case 'StartPhase':
        return i['phase'] === 'werving' || i['phase'] === 'gesprekken';
      case 'RegisterAmbassador':
      case 'RecordAmbassadorTraining':
        return i['ambassadorId'] === ambassadorId;
      case 'RegisterParticipant':
      case 'RecordConsent':
        return participants.has(i['participantId'] as string);
      case 'PlanConversation':
      case 'RecordConversationHeld':
      case 'RecordIdea':
      case 'SubmitConversationReport':
        return i['conversationId'] === conversationId;
      default:
        return false;
    }
  };
  return demo.filter(keep).map(rewrite);
};

/**
 * Records the commands into an empty store in dataDir through the GraphQL API of a real
 * `spoor serve`, as an organiser; the ledger is stopped afterwards, ready for `spoor publish`.
 */
export const recordThroughApi = async (dataDir: string, commands: readonly DemoCommand[]): Promise<void> => {
  const tokens = new TokenStore(dataDir);
  const token = tokens.create({ name: 'e2e organiser', role: 'organiser' }).token;
  tokens.close();
  const ledger = await startSpoor({ SPOOR_DATA_DIR: dataDir, PORT: String(await freePort()), LOG_LEVEL: 'warn' });
  try {
    for (const command of commands) {
      const res = await graphql(ledger.url, mutation(command.type), { input: { ...command.input, commandId: command.commandId, occurredAt: command.occurredAt } }, token);
      if (res.errors) throw new Error(`${command.type} ${command.commandId} was refused: ${JSON.stringify(res.errors)}`);
    }
  } finally {
    ledger.child.kill('SIGTERM');
    await exited(ledger.child);
  }
};
