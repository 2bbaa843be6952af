import { AgeBandSchema, type DomainEvent, GenderSchema, type PublicEvent } from '@spoor/contracts';
import fc from 'fast-check';
import { foldProjection } from '../projection.js';
import { representativenessProjection } from './representativeness.projection.js';
import { type RepresentativenessDimension, representativeness, representativenessStages } from './representativeness.query.js';
import { possibleValues } from './testing/disclosure.check.js';
import { eventLog, processStarted } from './testing/event-log.builder.js';
import { A, B, C, attendance, held, joined, left, many, referenceRecorded, registered } from './testing/representativeness.fixtures.js';
import { foldResumedFromJson } from './testing/replay.check.js';

const build = (events: DomainEvent[]): PublicEvent[] => {
  const log = eventLog();
  return events.map((e) => log(e));
};

// 20 registered: A 10, B 6, C 4; ages 12 x 27-39 and 8 x 40-54; 11 vrouw and 9 man.
const participants: DomainEvent[] = [
  ...many('a', 6, A, '27-39', 'vrouw'),
  ...many('a', 10, A, '40-54', 'man').slice(6),
  ...many('b', 3, B, '27-39', 'vrouw'),
  ...many('b', 6, B, '40-54', 'man').slice(3),
  registered('c-1', C, '27-39', 'vrouw'),
  registered('c-2', C, '27-39', 'vrouw'),
  registered('c-3', C, '27-39', 'man'),
  registered('c-4', C, '40-54', 'man'),
];

const story: DomainEvent[] = [
  processStarted('leiden', [A, B, C]),
  referenceRecorded(),
  ...participants,
  held('hk-1', ['a-1', 'a-2', 'a-3', 'a-4', 'a-5', 'a-6', 'a-7', 'a-8']),
  held('hk-2', ['a-9', 'a-10', 'b-1', 'b-2', 'b-3', 'b-4', 'b-5']),
  attendance([
    ...['a-1', 'a-2', 'a-3', 'a-4', 'a-5', 'a-6', 'a-7'].map((id): [string, 'participant', 'attended'] => [id, 'participant', 'attended']),
    ['w-1', 'wildcard', 'attended'],
  ]),
  attendance([
    ['a-7', 'participant', 'absent'],
    ['a-8', 'participant', 'attended'],
  ]),
  joined('wg-1', 'a-1'),
  joined('wg-1', 'a-2'),
  joined('wg-2', 'a-2'),
  joined('wg-1', 'a-3'),
  left('wg-1', 'a-3'),
  left('wg-1', 'a-2'),
  joined('wg-1', 'w-1', 'wildcard'),
];

const model = () => foldProjection(representativenessProjection, build(story));
const dimension = (dims: RepresentativenessDimension[] | undefined, name: string) => dims?.find((d) => d.dimension === name);
const row = (dims: RepresentativenessDimension[] | undefined, name: string, band: string) => dimension(dims, name)?.rows.find((r) => r.band === band);

describe('representativeness', () => {
  it('sets the registered participants per district against the reference, with shares and the difference', () => {
    const result = representativeness(model(), 'registered');
    expect(result?.total).toEqual({ count: 20, countLabel: '20', suppressed: false });
    const districts = dimension(result?.dimensions, 'district');
    expect(districts?.referenceTotal).toBe(1000);
    expect(districts?.referenceInvented).toBe(true);
    expect(districts?.rows.map((r) => r.band)).toEqual([A, B, C]);
    expect(row(result?.dimensions, 'district', A)).toEqual({
      band: A,
      count: 10,
      countLabel: '10',
      share: 0.5,
      referenceCount: 400,
      referenceShare: 0.4,
      difference: 10,
      suppressed: false,
      suppression: null,
      referenceInvented: false,
    });
  });

  it('hides C (4) as "< 5" and B (6) too, since 20 - 10 would otherwise give C away', () => {
    const result = representativeness(model(), 'registered');
    expect(row(result?.dimensions, 'district', C)).toMatchObject({ count: null, countLabel: '< 5', share: null, difference: null, suppression: 'small' });
    expect(row(result?.dimensions, 'district', B)).toMatchObject({ count: null, countLabel: '≥ 5', share: null, difference: null, suppression: 'secondary' });
    // the reference side stays public, flagged invented
    expect(row(result?.dimensions, 'district', B)).toMatchObject({ referenceCount: 300, referenceShare: 0.3, referenceInvented: true });
  });

  it('lists every age band in register order, 0 shown as 0, against the city-wide age figures', () => {
    const ages = dimension(representativeness(model(), 'registered')?.dimensions, 'ageBand');
    expect(ages?.rows.map((r) => [r.band, r.countLabel, r.share, r.referenceShare, r.difference])).toEqual([
      ['0-17', '0', 0, 0.5, -50],
      ['18-26', '0', 0, null, null],
      ['27-39', '12', 0.6, 0.3, 30],
      ['40-54', '8', 0.4, 0.2, 20],
      ['55-64', '0', 0, null, null],
      ['65-74', '0', 0, null, null],
      ['75+', '0', 0, null, null],
    ]);
    expect(ages?.referenceInvented).toBe(false);
  });

  it('sums per-district gender figures when no city-wide ones are given, and flags them invented', () => {
    const genders = dimension(representativeness(model(), 'registered')?.dimensions, 'gender');
    expect(genders?.referenceTotal).toBe(900);
    expect(genders?.rows).toEqual([
      expect.objectContaining({ band: 'vrouw', count: 11, share: 0.55, referenceCount: 450, referenceShare: 0.5, difference: 5, referenceInvented: true }),
      expect.objectContaining({ band: 'man', count: 9, share: 0.45, referenceCount: 450, referenceShare: 0.5, difference: -5, referenceInvented: true }),
      expect.objectContaining({ band: 'x', count: 0, referenceCount: null, referenceShare: null, difference: null, referenceInvented: false }),
    ]);
  });

  it('prefers city-wide gender figures when the reference gives them', () => {
    const withCity = build([
      ...story,
      {
        type: 'ReferencePopulationRecorded',
        data: {
          processId: 'leiden',
          source: 'CBS',
          referenceDate: '2017-01-01',
          figures: [
            { dimension: 'gender', band: 'vrouw', inhabitants: 600, invented: false },
            { dimension: 'gender', band: 'man', inhabitants: 400, invented: false },
            { districtCode: A, dimension: 'gender', band: 'vrouw', inhabitants: 1, invented: true },
          ],
        },
      },
    ]);
    const result = representativeness(foldProjection(representativenessProjection, withCity), 'registered');
    expect(row(result?.dimensions, 'gender', 'vrouw')).toMatchObject({ referenceCount: 600, referenceShare: 0.6, referenceInvented: false });
    // the later recording replaced the earlier one: no district totals any more
    expect(row(result?.dimensions, 'district', A)).toMatchObject({ referenceCount: null, referenceShare: null, difference: null });
    expect(result?.reference).toEqual({ source: 'CBS', referenceDate: '2017-01-01', invented: true });
  });

  it('counts the participants of held conversations, with shares rounded to 4 decimals', () => {
    const result = representativeness(model(), 'conversation');
    expect(result?.total.count).toBe(15);
    expect(row(result?.dimensions, 'district', A)).toMatchObject({ count: 10, share: 0.6667, difference: 26.67 });
    expect(row(result?.dimensions, 'district', B)).toMatchObject({ count: 5, share: 0.3333, difference: 3.33 });
    expect(row(result?.dimensions, 'district', C)).toMatchObject({ count: 0, countLabel: '0', share: 0 });
  });

  it('counts residents whose latest attendance is "attended", never wildcards', () => {
    const result = representativeness(model(), 'summit');
    expect(result?.total.count).toBe(7);
    expect(row(result?.dimensions, 'district', A)).toMatchObject({ count: 7, share: 1 });
  });

  it('counts residents in at least one working group now, after joins and leaves', () => {
    const exact = representativeness(model(), 'working-group', { threshold: 1 });
    expect(exact?.total.count).toBe(2); // a-1 (wg-1), a-2 (still in wg-2); a-3 left, w-1 is a wildcard
    const published = representativeness(model(), 'working-group');
    expect(published?.total).toEqual({ count: null, countLabel: '< 5', suppressed: true });
    expect(row(published?.dimensions, 'district', A)).toMatchObject({ count: null, countLabel: '< 5', share: null });
    expect(row(published?.dimensions, 'district', B)).toMatchObject({ count: 0, countLabel: '0', share: null });
  });

  it('returns null for an unknown process, picks the first process by default, and refuses a bad threshold', () => {
    const m = model();
    expect(representativeness(m, 'registered', { processId: 'elders' })).toBeNull();
    expect(representativeness(m, 'registered')?.processId).toBe('leiden');
    expect(representativeness(foldProjection(representativenessProjection, []), 'registered')).toBeNull();
    expect(() => representativeness(m, 'registered', { threshold: 0 })).toThrow(/threshold/);
  });

  it('keeps processes apart', () => {
    const events = build([...story, processStarted('elders', [A]), registered('e-1', A, '18-26', 'x', 'elders')]);
    const m = foldProjection(representativenessProjection, events);
    expect(representativeness(m, 'registered', { processId: 'elders', threshold: 1 })?.total.count).toBe(1);
    expect(representativeness(m, 'registered', { processId: 'leiden' })?.total.count).toBe(20);
    expect(representativeness(m, 'registered', { processId: 'elders' })?.reference).toBeNull();
  });

  it('gives the same model on every replay, and survives a JSON checkpoint mid-way', () => {
    const events = build(story);
    const once = foldProjection(representativenessProjection, events);
    expect(JSON.stringify(foldProjection(representativenessProjection, events))).toBe(JSON.stringify(once));
    expect(JSON.parse(JSON.stringify(once))).toStrictEqual(once);
    for (const splitAt of [3, 20, 28, events.length - 2]) {
      expect(JSON.stringify(foldResumedFromJson(representativenessProjection, events, splitAt))).toBe(JSON.stringify(once));
    }
  });

  it('never shows a count from 1 to threshold - 1, and no hidden count follows from the rest (property)', () => {
    const person = fc.record({
      district: fc.constantFrom(A, B, C, 'WK054603', 'WK054604'),
      age: fc.constantFrom(...AgeBandSchema.options),
      gender: fc.constantFrom(...GenderSchema.options),
      conversation: fc.boolean(),
      summit: fc.boolean(),
      workingGroup: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(person, { maxLength: 60 }), fc.integer({ min: 2, max: 6 }), (people, threshold) => {
        const ids = people.map((_, i) => `p-${i}`);
        const events: DomainEvent[] = [
          processStarted('leiden', [A, B]),
          referenceRecorded(),
          ...people.map((p, i) => registered(ids[i] ?? '', p.district, p.age, p.gender)),
          ...people.flatMap((p, i) => (p.conversation ? [held(`hk-${i}`, [ids[i] ?? ''])] : [])),
          ...people.flatMap((p, i) => (p.summit ? [attendance([[ids[i] ?? '', 'participant', 'attended']])] : [])),
          ...people.flatMap((p, i) => (p.workingGroup ? [joined('wg-1', ids[i] ?? '')] : [])),
        ];
        const m = foldProjection(representativenessProjection, build(events));
        for (const stage of representativenessStages) {
          const result = representativeness(m, stage, { threshold });
          expect(result).not.toBeNull();
          const members = people.filter((p) => stage === 'registered' || (stage === 'conversation' ? p.conversation : stage === 'summit' ? p.summit : p.workingGroup));
          const total = result?.total.count ?? null;
          if (total !== null) expect(total === 0 || total >= threshold).toBe(true);
          for (const dim of result?.dimensions ?? []) {
            const band = (p: (typeof people)[number]) => (dim.dimension === 'district' ? p.district : dim.dimension === 'ageBand' ? p.age : p.gender);
            const truth = dim.rows.map((r) => members.filter((p) => band(p) === r.band).length);
            dim.rows.forEach((r, i) => {
              if (r.count === null) expect(r.countLabel).not.toMatch(/^\d+$/);
              else expect(r.count === 0 || r.count >= threshold).toBe(true);
              if (r.count !== null) expect(r.count).toBe(truth[i]);
            });
            if (total === null || total === 0) continue;
            expect(dim.rows.filter((r) => r.suppressed).length).not.toBe(1);
            for (const values of possibleValues(dim.rows, truth, total, threshold)) expect(values.length).toBeGreaterThanOrEqual(2);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
