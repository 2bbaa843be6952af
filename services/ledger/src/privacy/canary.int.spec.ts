import { representativenessProjection } from '@spoor/projections';
import type { SealedPersonalData } from '@spoor/contracts';
import { Projector } from '../read-model/projector.service.js';
import { type Ledger, startLedger } from '../shared/testing/ledger-harness.js';
import { VAULT } from '../store/tokens.js';
import { ErasureReactor } from './erasure.reactor.js';
import { byteHits, captureKeySecrets, fullSelections, keyLeaks, publicApiHits } from './testing/leak-scan.js';
import type { Vault } from './vault/vault.js';

const RESULT = 'commandId streamId aggregateId revision events { type revision }';
const STAGES = ['registered', 'conversation', 'summit', 'working-group'];

/** Planted personal data: unique strings that must never surface outside the vault's ciphertext. */
const canaries = (tag: string) => ({
  name: `CANARY-NAME-${tag}`,
  email: `canary-${tag}@example.org`,
  phone: `+31 6 ${tag} 0000`,
  birthYear: 1947,
  address: `Canarystraat ${tag}, 2311 ZZ Leiden`,
  notes: `CANARY-NOTES-${tag} prefers evenings`,
});
const PEOPLE = { 'p-c1': canaries('7f3a'), 'p-c2': canaries('9b1e'), 'p-c3': canaries('c42d') };
const needles = Object.values(PEOPLE).flatMap((p) => [p.name, p.email, p.email.toUpperCase(), p.phone, p.phone.replace(/\s/g, ''), p.address, p.notes]);

describe('personal data stays in the vault (canary scan)', () => {
  let ledger: Ledger;
  let organiser: string;
  let receiptCode = '';

  const run = async (name: string, input: Record<string, unknown>, token = organiser) => {
    const type = `${name.charAt(0).toUpperCase()}${name.slice(1)}Input`;
    return ledger.gql(`mutation($input: ${type}!) { ${name}(input: $input) { ${RESULT} } }`, { input }, token);
  };
  const vault = () => ledger.app.get<Vault>(VAULT);
  const sealedOf = async (participantId: string): Promise<SealedPersonalData> => {
    const [registered] = await ledger.store.readStream(`participant-${participantId}`);
    return (registered?.data as { sealedPersonalData: SealedPersonalData }).sealedPersonalData;
  };

  /** Every answer of every root query, every read model, every byte of the data folder. */
  const scan = async (wanted: readonly string[] = needles): Promise<string[]> => [
    ...(await publicApiHits(ledger, wanted, { receiptCode, id: 'p-c1', processId: 'leiden', conversation: 'hk-1', idea: 'idea-1' })),
    ...byteHits(ledger.dataDir, wanted),
  ];

  beforeAll(async () => {
    ledger = await startLedger();
    organiser = ledger.token('organiser');
    const steps: [string, Record<string, unknown>][] = [
      ['startProcess', { commandId: 'c-start', processId: 'leiden', title: 'Agenda voor Leiden', city: 'Leiden', municipalityCode: 'GM0546', description: 'Test', plannedPhases: [{ phase: 'werving' }, { phase: 'gesprekken' }] }],
      ['registerAmbassador', { commandId: 'c-amb1', ambassadorId: 'amb-1', processId: 'leiden', districtCode: 'WK054603' }],
      ...Object.entries(PEOPLE).map(([participantId, personal], i): [string, Record<string, unknown>] => [
        'registerParticipant',
        { commandId: `c-${participantId}`, participantId, processId: 'leiden', districtCode: 'WK054603', ageBand: '65-74', gender: i % 2 ? 'man' : 'vrouw', personal },
      ]),
      ['planConversation', { commandId: 'c-plan', conversationId: 'hk-1', ambassadorId: 'amb-1', districtCode: 'WK054603', plannedOn: '2017-10-12' }],
      ['recordConversationHeld', { commandId: 'c-held', conversationId: 'hk-1', heldOn: '2017-10-12', participantIds: Object.keys(PEOPLE) }],
      ['recordIdea', { commandId: 'c-idea', ideaId: 'idea-1', conversationId: 'hk-1', text: 'Een bankje bij de Kooi', kind: 'wish' }],
    ];
    for (const [name, input] of steps) expect({ name, errors: (await run(name, input)).errors }).toEqual({ name, errors: undefined });
    const idea = await ledger.gql('{ idea(id: "idea-1") { receiptCode } }');
    receiptCode = (idea.data?.['idea'] as { receiptCode: string }).receiptCode;
  }, 60_000);

  afterAll(() => ledger.close());

  it('seals what was given: the event holds ciphertext the vault opens, and the scan can see plain ids', async () => {
    const sealed = await sealedOf('p-c1');
    expect(Object.keys(sealed.commitments).sort()).toEqual(['address', 'birthYear', 'email', 'name', 'notes', 'phone']);
    expect(vault().open(sealed)).toEqual({ ...PEOPLE['p-c1'], birthYear: '1947' });
    // Positive control: the same scan finds what is meant to be in the files.
    expect(byteHits(ledger.dataDir, ['p-c1', 'Een bankje bij de Kooi']).length).toBeGreaterThan(0);
  });

  it('scans every public query and would see a value that is meant to be public', async () => {
    const fields = [...(await fullSelections(ledger, 5)).keys()];
    expect(fields).toEqual(expect.arrayContaining(['processes', 'conversations', 'ideas', 'representativeness', 'summitResult', 'progress', 'districtReach']));
    const hits = await scan(['Een bankje bij de Kooi']);
    expect(hits).toEqual(expect.arrayContaining(['query ideas: Een bankje bij de Kooi', 'read model conversations: Een bankje bij de Kooi']));
    expect(hits.some((hit) => /^spoor\.db(-wal)?: /.test(hit))).toBe(true);
  });

  it('finds no planted value in any public answer, read model or file of the data folder', async () => {
    expect(await scan()).toEqual([]);
  });

  it('refuses an erasure by anyone but an organiser', async () => {
    const res = await run('eraseParticipantData', { commandId: 'c-erase-amb', participantId: 'p-c1', reason: 'participant-request', erasedOn: '2017-11-02' }, ledger.token('ambassador', 'amb-1'));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('erases one participant for good: the key is destroyed on disk, the others still open, the aggregates still count them', async () => {
    const sealed = await sealedOf('p-c1');
    const other = await sealedOf('p-c2');
    const secrets = captureKeySecrets(ledger.dataDir, 'p-c1');
    expect(keyLeaks(ledger.dataDir, secrets)).toEqual(expect.arrayContaining(['keys/vault.db-wal: wrappedKey']));

    const erase = { commandId: 'c-erase-1', participantId: 'p-c1', reason: 'participant-request', erasedOn: '2017-11-02' };
    expect((await run('eraseParticipantData', erase)).errors).toBeUndefined();
    for (let i = 0; i < 50 && vault().has('p-c1'); i++) await new Promise((r) => setTimeout(r, 20));
    expect(vault().open(sealed)).toEqual({ erased: true });
    expect(vault().open(other)).toEqual({ ...PEOPLE['p-c2'], birthYear: '1947' });
    expect(keyLeaks(ledger.dataDir, secrets)).toEqual([]);

    const again = await run('eraseParticipantData', { ...erase, commandId: 'c-erase-2' });
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
    expect(JSON.stringify((await ledger.store.readStream('participant-p-c1')).map((e) => e.data))).not.toMatch(/CANARY|canary/);

    const dataDir = ledger.dataDir;
    await ledger.close(true);
    expect(byteHits(dataDir, needles)).toEqual([]);
    ledger = await startLedger({ dataDir });
    expect(vault().open(sealed)).toEqual({ erased: true });
    expect(keyLeaks(dataDir, secrets)).toEqual([]);
    const model = ledger.app.get(Projector).model(representativenessProjection);
    expect(JSON.stringify(model)).toContain('p-c1');
    for (const stage of STAGES) {
      const res = await ledger.gql(`query($s: String!) { representativeness(stage: $s) { stage total { count countLabel } } }`, { s: stage });
      expect(res.errors).toBeUndefined();
    }
    expect(await scan()).toEqual([]);
  }, 30_000);

  it('repairs an erasure whose key destruction a crash interrupted, at the next start', async () => {
    await ledger.app.get(ErasureReactor).onModuleDestroy(); // the "crash": the event is appended, nothing erases
    expect((await run('eraseParticipantData', { commandId: 'c-erase-3', participantId: 'p-c3', reason: 'retention-expired', erasedOn: '2017-12-01' })).errors).toBeUndefined();
    expect(vault().has('p-c3')).toBe(true);
    const dataDir = ledger.dataDir;
    await ledger.close(true);
    ledger = await startLedger({ dataDir });
    expect(vault().has('p-c3')).toBe(false);
    expect(vault().open(await sealedOf('p-c3'))).toEqual({ erased: true });
    expect(vault().open(await sealedOf('p-c2'))).toEqual({ ...PEOPLE['p-c2'], birthYear: '1947' });
  }, 30_000);
});
