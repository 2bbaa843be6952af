import { publicViewOf } from '../registry.js';

const commit = (value: unknown): string => `sha256:${JSON.stringify(value).length}`;
const composition = { size: 2, wildcards: 0, districts: { WK054601: 2 }, ageBands: { '27-39': 2 }, genders: { vrouw: 2 } };
const quality = { mixDeviation: { districts: 0, ageBands: 0, genders: 0, total: 0 }, sameRoomPairs: 0, sameRoomPairWeight: 4, score: 0, residentsWithLivingRoom: 2 };

describe('the public views of the summit', () => {
  it('publish an allocation with its quality, without its members or the placements by hand', () => {
    const view = publicViewOf(
      'TablesAllocated',
      { processId: 'leiden', algorithm: 'balanced-swap', algorithmVersion: 1, seed: 7, tableSize: 8, tables: [{ table: 1, memberIds: ['p-1', 'p-2'], composition }], quality, manualPlacements: [{ attendeeId: 'p-2', table: 1 }] },
      commit,
    );
    expect(view).toEqual({ processId: 'leiden', algorithm: 'balanced-swap', algorithmVersion: 1, seed: 7, tableSize: 8, tables: [{ table: 1, composition }], quality });
  });

  it('publish late changes as counts: never who moved, arrived or left, nor their tables', () => {
    const view = publicViewOf(
      'TablesReallocated',
      {
        processId: 'leiden',
        algorithm: 'late-changes',
        algorithmVersion: 1,
        seed: 7,
        tableSize: 8,
        tables: [{ table: 1, memberIds: ['p-1', 'p-3'], composition }],
        quality,
        moves: [{ attendeeId: 'p-4', from: 2, to: 1 }],
        seated: [{ attendeeId: 'p-3', table: 1 }],
        removed: [{ attendeeId: 'p-2', table: 1 }],
        changes: { moved: 1, seated: 1, removed: 1 },
      },
      commit,
    );
    expect(view).toEqual({ processId: 'leiden', algorithm: 'late-changes', algorithmVersion: 1, seed: 7, tableSize: 8, tables: [{ table: 1, composition }], quality, changes: { moved: 1, seated: 1, removed: 1 } });
    expect(JSON.stringify(view)).not.toMatch(/p-\d/);
  });
});
