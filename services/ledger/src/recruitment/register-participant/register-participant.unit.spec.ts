import { commandDefinitions, eventDefinitions, type DomainEvent, type SealedPersonalData } from '@spoor/contracts';
import { type Aggregate, foldEvents } from '../../shared/decider.js';
import { processStarted, DISTRICT, PROCESS } from '../../shared/testing/fixtures.js';
import type { ContextReader } from '../../shared/use-case.js';
import { participantAggregate } from '../participant.js';
import { registerParticipant } from './register-participant.use-case.js';

const personal = { name: 'CANARY-NAME-u1', email: 'canary-u1@example.org', birthYear: 1985, notes: 'CANARY-NOTES-u1' };
const command = { participantId: 'p-1', processId: PROCESS, districtCode: DISTRICT, ageBand: '27-39', gender: 'vrouw', otherBands: {}, personal } as const;
const sealedOf = (personId: string): SealedPersonalData => ({
  v: 1,
  personId,
  iv: Buffer.alloc(12, 1).toString('base64'),
  ciphertext: Buffer.from('opaque').toString('base64'),
  tag: Buffer.alloc(16, 2).toString('base64'),
  commitments: { name: 'a'.repeat(64) },
});

const readerWith = (seal?: ContextReader['seal']): ContextReader => ({
  load: async <S, E extends DomainEvent>(aggregate: Aggregate<S, E>) => {
    const events = aggregate.streamPrefix === 'process' ? [processStarted] : [];
    return { state: foldEvents(aggregate, events), revision: events.length ? 0 : undefined };
  },
  ideaCountOf: () => 0,
  ...(seal ? { seal } : {}),
});

describe('RegisterParticipant with personal data', () => {
  it('seals the plaintext fields (as strings) in loadContext and records only the sealed form', async () => {
    const calls: [string, Readonly<Record<string, string>>][] = [];
    const reader = readerWith((personId, fields) => {
      calls.push([personId, fields]);
      return sealedOf(personId);
    });
    const context = await registerParticipant.loadContext(command, reader);
    const events = registerParticipant.decide(command, foldEvents(participantAggregate, []), context);
    expect(calls).toEqual([['p-1', { name: 'CANARY-NAME-u1', email: 'canary-u1@example.org', birthYear: '1985', notes: 'CANARY-NOTES-u1' }]]);
    expect(events).toEqual([
      { type: 'ParticipantRegistered', data: { participantId: 'p-1', processId: PROCESS, districtCode: DISTRICT, ageBand: '27-39', gender: 'vrouw', otherBands: {}, sealedPersonalData: sealedOf('p-1') } },
    ]);
    expect(JSON.stringify(events)).not.toMatch(/CANARY|canary|1985/);
  });

  it('seals nothing when no personal field is given', async () => {
    const reader = readerWith(() => {
      throw new Error('must not seal');
    });
    const context = await registerParticipant.loadContext({ ...command, personal: {} }, reader);
    expect(context.sealed).toBeUndefined();
  });

  it('fails rather than record personal data where no vault is at hand', async () => {
    await expect(registerParticipant.loadContext(command, readerWith())).rejects.toThrow(/^personal: this ledger has no vault/);
  });
});

describe('the ParticipantRegistered contract', () => {
  const data = { participantId: 'p-1', processId: PROCESS, districtCode: DISTRICT, ageBand: '27-39', gender: 'vrouw', otherBands: {} };
  const schema = eventDefinitions.ParticipantRegistered.schema;

  it('drops a plaintext personal object instead of storing it', () => {
    expect(schema.parse({ ...data, personal })).toEqual(data);
  });

  it('refuses sealed data with anything besides ciphertext, tag, IV and commitments', () => {
    expect(schema.safeParse({ ...data, sealedPersonalData: sealedOf('p-1') }).success).toBe(true);
    expect(schema.safeParse({ ...data, sealedPersonalData: { ...sealedOf('p-1'), name: 'CANARY' } }).success).toBe(false);
    expect(schema.safeParse({ ...data, sealedPersonalData: { ...sealedOf('p-1'), commitments: { name: 'CANARY' } } }).success).toBe(false);
    expect(schema.safeParse({ ...data, sealedPersonalData: { ...sealedOf('p-1'), iv: 'CANARY NAME' } }).success).toBe(false);
  });

  it('lets no client send sealed data of its own in the command', () => {
    expect(Object.keys(commandDefinitions.RegisterParticipant.schema.shape)).not.toContain('sealedPersonalData');
    expect(commandDefinitions.RegisterParticipant.schema.safeParse({ ...data, personal: { email: 'not an e-mail' } }).success).toBe(false);
    expect(commandDefinitions.RegisterParticipant.schema.safeParse({ ...data, personal: { birthYear: 1850 } }).success).toBe(false);
  });
});
