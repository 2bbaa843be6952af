import type { RecordedEvent } from '@spoor/event-store';
import type { Projection } from '@spoor/projections';
import { ProjectionSet } from './projection-set.js';

const event = (position: number, type = 'IdeaRecorded'): RecordedEvent => ({
  id: `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`,
  streamId: `idea-${position}`,
  type,
  revision: 0,
  position: BigInt(position),
  data: { n: position },
  metadata: { commandId: `c-${position}`, actor: { id: 'a', role: 'organiser' }, occurredAt: '2026-01-01T00:00:00Z', recordedAt: '2026-01-01T00:00:00Z', schemaVersion: 1 },
  createdAt: '2026-01-01T00:00:00Z',
});

const counter = (name: string, version: number, types: string[] = ['IdeaRecorded']): Projection<{ seen: number[] }> => ({
  name,
  version,
  eventTypes: types as Projection<unknown>['eventTypes'],
  initialState: () => ({ seen: [] }),
  evolve: (model, e) => ({ seen: [...model.seen, Number(e.id.slice(-12))] }),
});

describe('ProjectionSet', () => {
  it('folds only the event types a projection handles, and remembers the position of every event', () => {
    const ideas = counter('ideas', 1);
    const set = new ProjectionSet([ideas]);
    [event(1), event(2, 'PhaseStarted'), event(3)].forEach((e) => set.apply(e));
    expect(set.state(ideas).seen).toEqual([1, 3]);
    expect(set.snapshots()).toEqual([{ name: 'ideas', version: 1, position: '3', state: { seen: [1, 3] } }]);
  });

  it('resumes each projection from its snapshot and rebuilds only the one whose version changed', () => {
    const a = counter('a', 1);
    const b = counter('b', 2);
    const set = new ProjectionSet([a, b], [
      { name: 'a', version: 1, position: '2', state: { seen: [1, 2] } },
      { name: 'b', version: 1, position: '2', state: { seen: [99] } },
    ]);
    expect(set.rebuilding).toEqual(['b']);
    expect(set.resumeAfter).toBeUndefined();
    [event(1), event(2), event(3)].forEach((e) => set.apply(e));
    expect(set.state(a).seen).toEqual([1, 2, 3]);
    expect(set.state(b).seen).toEqual([1, 2, 3]);
  });

  it('resumes after the oldest checkpoint when all are current', () => {
    const set = new ProjectionSet([counter('a', 1), counter('b', 1)], [
      { name: 'a', version: 1, position: '7', state: { seen: [] } },
      { name: 'b', version: 1, position: '5', state: { seen: [] } },
    ]);
    expect(set.resumeAfter).toBe(5n);
  });

  it('keeps folding the others when one projection fails on an event', () => {
    const broken: Projection<null> = { name: 'broken', version: 1, eventTypes: [], initialState: () => null, evolve: () => { throw new Error('boom'); } };
    const ideas = counter('ideas', 1);
    const set = new ProjectionSet([broken, ideas] as Projection<unknown>[]);
    expect(set.apply(event(1))).toEqual([{ projection: 'broken', error: new Error('boom') }]);
    expect(set.state(ideas).seen).toEqual([1]);
  });
});
