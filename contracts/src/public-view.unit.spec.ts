import { eventDefinitions, publicViewOf, publicViews } from './registry.js';

const commit = (value: unknown): string => `sha256:${JSON.stringify(value).length}`;

describe('public views', () => {
  it('are declared for every event type', () => {
    const missing = Object.keys(eventDefinitions).filter((type) => !Object.hasOwn(publicViews, type));
    expect(missing).toEqual([]);
  });

  it('name every field of every event, and no field the event does not have', () => {
    for (const [type, definition] of Object.entries(eventDefinitions)) {
      const view = publicViews[type as keyof typeof publicViews];
      expect([type, Object.keys(view.fields).sort()]).toEqual([type, Object.keys(definition.schema.shape).sort()]);
      expect(view.event).toBe(definition);
    }
  });

  it('keep the personal parts out: sealed data becomes a commitment, table members and ballot codes are dropped', () => {
    const sealed = { v: 1, personId: 'p-1', iv: 'x', ciphertext: 'CANARY-CIPHERTEXT', tag: 'y', commitments: {} };
    const registered = publicViewOf(
      'ParticipantRegistered',
      { participantId: 'p-1', processId: 'leiden', districtCode: 'WK054601', ageBand: '27-39', gender: 'vrouw', otherBands: {}, sealedPersonalData: sealed as never },
      commit,
    );
    expect(registered).toEqual({ participantId: 'p-1', processId: 'leiden', districtCode: 'WK054601', ageBand: '27-39', gender: 'vrouw', otherBands: {}, sealedPersonalData: commit(sealed) });

    const composition = { size: 2, wildcards: 0, districts: {}, ageBands: {}, genders: {} };
    const tables = publicViewOf(
      'TablesAllocated',
      { processId: 'leiden', algorithm: 'a', algorithmVersion: 1, seed: 1, tableSize: 8, tables: [{ table: 1, memberIds: ['p-1', 'p-2'], composition }] },
      commit,
    );
    expect(tables.tables).toEqual([{ table: 1, composition }]);
    expect(JSON.stringify(tables)).not.toContain('p-1');

    const cast = publicViewOf('BallotCast', { processId: 'leiden', codeHash: 'a'.repeat(64), sealedBallot: { v: 1, iv: 'i', ciphertext: 'c', tag: 't' } }, commit);
    expect(cast).toEqual({ processId: 'leiden' });
    expect(publicViewOf('VotingCodesIssued', { processId: 'leiden', codeHashes: ['b'.repeat(64)], count: 1 }, commit)).toEqual({ processId: 'leiden', count: 1 });
  });

  it('leave out a field the declaration does not know, so a field added without a decision stays private', () => {
    const data = { ideaId: 'i-1', reason: 'duplicate', smuggled: 'CANARY' } as never;
    expect(publicViewOf('IdeaWithdrawn', data, commit)).toEqual({ ideaId: 'i-1', reason: 'duplicate' });
  });
});
