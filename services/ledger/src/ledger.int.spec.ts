import { type Ledger, startLedger } from './shared/testing/ledger-harness.js';

const RESULT = 'commandId streamId aggregateId revision position receiptCode events { type revision }';
const m = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { ${RESULT} } }`;

describe('ledger over GraphQL', () => {
  let ledger: Ledger;
  let organiser: string;

  const run = (name: string, input: Record<string, unknown>, token = organiser) =>
    ledger.gql(m(name, `${name.charAt(0).toUpperCase()}${name.slice(1)}Input`), { input }, token);

  beforeAll(async () => {
    ledger = await startLedger();
    organiser = ledger.token('organiser');
    const steps: [string, Record<string, unknown>][] = [
      ['startProcess', { commandId: 'c-start', processId: 'leiden', title: 'Agenda voor Leiden', city: 'Leiden', municipalityCode: 'GM0546', description: 'Test', plannedPhases: [{ phase: 'werving' }, { phase: 'gesprekken' }] }],
      ['registerAmbassador', { commandId: 'c-amb1', ambassadorId: 'amb-1', processId: 'leiden', districtCode: 'WK054603' }],
      ['registerAmbassador', { commandId: 'c-amb2', ambassadorId: 'amb-2', processId: 'leiden', districtCode: 'WK054608' }],
      ['registerParticipant', { commandId: 'c-p1', participantId: 'p-1', processId: 'leiden', districtCode: 'WK054603', ageBand: '27-39', gender: 'vrouw' }],
      ['registerParticipant', { commandId: 'c-p2', participantId: 'p-2', processId: 'leiden', districtCode: 'WK054603', ageBand: '65-74', gender: 'man' }],
      ['planConversation', { commandId: 'c-plan', conversationId: 'hk-1', ambassadorId: 'amb-1', districtCode: 'WK054603', plannedOn: '2017-10-12' }],
      ['recordConversationHeld', { commandId: 'c-held', conversationId: 'hk-1', heldOn: '2017-10-12', participantIds: ['p-1', 'p-2'] }],
    ];
    for (const [name, input] of steps) {
      const res = await run(name, input);
      expect(res.errors).toBeUndefined();
    }
  });

  afterAll(() => ledger.close());

  it('records an idea and reads it back through the public queries, by id and by receipt code', async () => {
    const res = await run('recordIdea', { commandId: 'c-idea-1', ideaId: 'idea-1', conversationId: 'hk-1', text: 'Een bankje bij de Kooi', kind: 'wish' });
    expect(res.errors).toBeUndefined();
    const result = res.data?.['recordIdea'] as { receiptCode: string; streamId: string };
    expect(result.streamId).toBe('idea-idea-1');
    expect(result.receiptCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    const read = await ledger.gql(`query($code: String!) { ideaByReceiptCode(receiptCode: $code) { id text kind districtCode conversation { id groupSize status } } }`, { code: result.receiptCode });
    expect(read.data?.['ideaByReceiptCode']).toEqual({ id: 'idea-1', text: 'Een bankje bij de Kooi', kind: 'wish', districtCode: 'WK054603', conversation: { id: 'hk-1', groupSize: 2, status: 'held' } });
    const list = await ledger.gql('{ conversations { totalCount nodes { id ideaCount ideas { nodes { id } } } } }');
    expect(list.data?.['conversations']).toEqual({ totalCount: 1, nodes: [{ id: 'hk-1', ideaCount: 1, ideas: { nodes: [{ id: 'idea-1' }] } }] });
  });

  it('applies the same commandId once and returns the same result', async () => {
    const input = { commandId: 'c-idea-twice', conversationId: 'hk-1', text: 'Meer groen op het Stationsplein', kind: 'wish' };
    const before = await ledger.eventCount();
    const first = await run('recordIdea', input);
    const second = await run('recordIdea', input);
    expect(second.data).toEqual(first.data);
    expect(await ledger.eventCount()).toBe(before + 1);
  });

  it('refuses a commandId reused for a different command (IDEMPOTENCY_KEY_REUSED)', async () => {
    const res = await run('recordIdea', { commandId: 'c-idea-1', ideaId: 'idea-other', conversationId: 'hk-1', text: 'Iets heel anders', kind: 'need' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'commandId' });
  });

  it('answers a stale expectedRevision with CONFLICT and appends nothing', async () => {
    await run('recordIdea', { commandId: 'c-idea-2', ideaId: 'idea-2', conversationId: 'hk-1', text: 'Fietspad langs de Oude Rijn', kind: 'need' });
    const ok = await run('reviseIdeaText', { commandId: 'c-rev-1', ideaId: 'idea-2', text: 'Een veilig fietspad langs de Oude Rijn', reason: 'Aangevuld', expectedRevision: 0 });
    expect(ok.errors).toBeUndefined();
    const before = await ledger.eventCount();
    const stale = await run('reviseIdeaText', { commandId: 'c-rev-2', ideaId: 'idea-2', text: 'Iets anders', reason: 'Tweede poging', expectedRevision: 0 });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await ledger.eventCount()).toBe(before);
  });

  it('lets one of several simultaneous editors who saw the same revision win; the others get CONFLICT', async () => {
    await run('recordIdea', { commandId: 'c-idea-3', ideaId: 'idea-3', conversationId: 'hk-1', text: 'Langere openingstijden bibliotheek', kind: 'wish' });
    const attempts = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => run('reviseIdeaText', { commandId: `c-race-${n}`, ideaId: 'idea-3', text: `Versie ${n}`, reason: `Poging ${n}`, expectedRevision: 0 })),
    );
    const codes = attempts.map((a) => a.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
  });

  it('answers invalid input with BAD_USER_INPUT naming the field, and appends nothing', async () => {
    const before = await ledger.eventCount();
    const bad = await run('registerParticipant', { commandId: 'c-bad', processId: 'leiden', districtCode: 'Leiden-Noord', ageBand: '27-39', gender: 'vrouw' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'districtCode' });
    expect(bad.errors?.[0]?.message).toMatch(/districtCode: must be a CBS district code/);
    const badBand = await run('registerParticipant', { commandId: 'c-bad2', processId: 'leiden', districtCode: 'WK054603', ageBand: '30-40', gender: 'vrouw' });
    expect(badBand.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ageBand' });
    const missing = await ledger.gql(m('recordIdea', 'RecordIdeaInput'), { input: { commandId: 'c-bad3', conversationId: 'hk-1', kind: 'wish' } }, organiser);
    expect(missing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0]?.message).toMatch(/text/);
    expect(await ledger.eventCount()).toBe(before);
  });

  it('refuses mutations without a token (UNAUTHENTICATED) but answers public queries', async () => {
    const res = await ledger.gql(m('recordIdea', 'RecordIdeaInput'), { input: { commandId: 'c-anon', conversationId: 'hk-1', text: 'x', kind: 'wish' } });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const bogus = await run('recordIdea', { commandId: 'c-anon2', conversationId: 'hk-1', text: 'x', kind: 'wish' }, 'spoor_not-a-token');
    expect(bogus.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const pub = await ledger.gql('{ processes { id title demo } }');
    expect(pub.data?.['processes']).toEqual([{ id: 'leiden', title: 'Agenda voor Leiden', demo: false }]);
  });

  it("lets an ambassador record in their own conversation but not in another host's (FORBIDDEN)", async () => {
    const own = await run('recordIdea', { commandId: 'c-amb-own', conversationId: 'hk-1', text: 'Speeltuin opknappen', kind: 'need' }, ledger.token('ambassador', 'amb-1'));
    expect(own.errors).toBeUndefined();
    const other = await run('recordIdea', { commandId: 'c-amb-other', conversationId: 'hk-1', text: 'Speeltuin opknappen', kind: 'need' }, ledger.token('ambassador', 'amb-2'));
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const moderator = await run('startPhase', { commandId: 'c-mod', processId: 'leiden', phase: 'werving', startedOn: '2017-09-01' }, ledger.token('moderator'));
    expect(moderator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers a repeated public query from memory until the log moves on', async () => {
    const query = '{ conversation(id: "hk-1") { ideaCount } }';
    const first = await ledger.gql(query);
    expect(await ledger.gql(query)).toEqual(first);
    await run('recordIdea', { commandId: 'c-cache', conversationId: 'hk-1', text: 'Een watertappunt op de Markt', kind: 'wish' });
    const after = await ledger.gql(query);
    expect((after.data?.['conversation'] as { ideaCount: number }).ideaCount).toBe((first.data?.['conversation'] as { ideaCount: number }).ideaCount + 1);
  });

  it('refuses to delete anything, saying how to correct instead', async () => {
    const res = await ledger.gql('mutation { deleteIdea(input: { commandId: "c-del", ideaId: "idea-1" }) { revision } }', {}, organiser);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/Nothing recorded is ever deleted\. Record a correction instead, e\.g\. withdrawIdea/);
  });

  it('refuses a typed-in summit result: only the ballots decide', async () => {
    const res = await ledger.gql(
      'mutation($input: DeclareSummitResultInput!) { declareSummitResult(input: $input) { revision } }',
      { input: { commandId: 'c-typed', processId: 'leiden', chosenThemeIds: ['groen'] } },
      organiser,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/chosenThemeIds.*computed from the ballots/);
  });

  it('refuses queries that are too deep or too costly, saying the limit', async () => {
    const deep = await ledger.gql('{ ideas { nodes { conversation { ideas { nodes { conversation { ideas { nodes { conversation { ideas { nodes { id } } } } } } } } } } } }');
    expect(deep.errors?.[0]?.message).toMatch(/Query depth 12 exceeds the limit of 10/);
    const costly = await ledger.gql('{ conversations(first: 1000) { nodes { ideas(first: 1000) { nodes { id text kind } } } } }');
    expect(costly.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(costly.errors?.[0]?.message).toMatch(/exceeds the limit of 50000/);
  });

  it('puts the pseudonymous actor and both times in every event', async () => {
    const { events } = await ledger.store.readAll({ maxCount: 1000 });
    for (const event of events) {
      expect(event.metadata).toMatchObject({ actor: { id: expect.stringMatching(/^actor-/), role: expect.any(String) }, schemaVersion: 1, occurredAt: expect.any(String), recordedAt: expect.any(String) });
    }
  });

  it('answers health and readiness', async () => {
    const base = ledger.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });
});
