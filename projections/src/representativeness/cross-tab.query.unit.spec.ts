import { AgeBandSchema, type DomainEvent, GenderSchema } from '@spoor/contracts';
import fc from 'fast-check';
import { foldProjection } from '../projection.js';
import { type CrossTabTable, crossTabDimensions, representativenessCrossTab } from './cross-tab.query.js';
import { type RepresentativenessStage, representativenessStages } from './participant-bands.util.js';
import { representativenessProjection } from './representativeness.projection.js';
import { representativeness } from './representativeness.query.js';
import { crossTabProblems, type Microdata } from './testing/cross-tab-disclosure.check.js';
import { eventLog, processStarted } from './testing/event-log.builder.js';
import { A, B, C, attendance, held, joined, referenceRecorded } from './testing/representativeness.fixtures.js';

const person = (id: string, district: string, ageBand: string, gender: string, otherBands: Record<string, string> = {}): DomainEvent =>
  ({ type: 'ParticipantRegistered', data: { participantId: id, processId: 'leiden', districtCode: district, ageBand, gender, otherBands } }) as DomainEvent;

const fold = (events: DomainEvent[]) => {
  const log = eventLog();
  return foldProjection(representativenessProjection, events.map((e) => log(e)));
};

const labels = (table: CrossTabTable | undefined) => Object.fromEntries((table?.cells ?? []).map((c) => [c.bands.join('/'), c.countLabel]));

// 30 registered: A 12 vrouw + 6 man, B 3 vrouw + 5 man, C 4 vrouw; all 27-39, so gender x district is the story.
const story: DomainEvent[] = [
  processStarted('leiden', [A, B, C]),
  referenceRecorded(),
  ...Array.from({ length: 12 }, (_, i) => person(`a-v${i}`, A, '27-39', 'vrouw', { opleiding: i < 6 ? 'mbo' : 'hbo' })),
  ...Array.from({ length: 6 }, (_, i) => person(`a-m${i}`, A, '27-39', 'man', { opleiding: 'hbo' })),
  ...Array.from({ length: 3 }, (_, i) => person(`b-v${i}`, B, '27-39', 'vrouw')),
  ...Array.from({ length: 5 }, (_, i) => person(`b-m${i}`, B, '27-39', 'man')),
  ...Array.from({ length: 4 }, (_, i) => person(`c-v${i}`, C, '27-39', 'vrouw')),
];

describe('representativeness cross-tables', () => {
  it('splits a stage by district and gender, hiding small cells and enough others that none can be worked out', () => {
    const result = representativenessCrossTab(fold(story), 'registered', ['district', 'gender']);
    expect(result?.dimensions).toEqual([
      { dimension: 'district', bands: [A, B, C] },
      { dimension: 'gender', bands: ['vrouw', 'man', 'x'] },
    ]);
    expect(result?.total).toEqual({ count: 30, countLabel: '30', suppressed: false });
    // B/vrouw (3) and C/vrouw (4) are small; the one-way margins hide C (4) and B (8 as "≥ 5"), as representativeness does.
    // Nothing more is needed: row B says 5 + B/vrouw = B (≥ 5), column vrouw says B/vrouw + C/vrouw = 19 - 12 = 7, so 3 or 4.
    expect(labels(result?.table)).toEqual({
      [`${A}/vrouw`]: '12',
      [`${A}/man`]: '6',
      [`${A}/x`]: '0',
      [`${B}/vrouw`]: '< 5',
      [`${B}/man`]: '5',
      [`${B}/x`]: '0',
      [`${C}/vrouw`]: '< 5',
      [`${C}/man`]: '0',
      [`${C}/x`]: '0',
    });
    expect(crossTabProblems(result!, peopleOf(story), 5)).toEqual([]);
  });

  it('hides further cells, row and column alike, until no line gives a small cell away', () => {
    const group = (prefix: string, count: number, district: string, gender: string) => Array.from({ length: count }, (_, i) => person(`${prefix}${i}`, district, '27-39', gender));
    const events = [
      processStarted('leiden', [A, B, C]),
      ...group('av', 10, A, 'vrouw'),
      ...group('am', 3, A, 'man'),
      ...group('bv', 8, B, 'vrouw'),
      ...group('bm', 6, B, 'man'),
      ...group('cv', 7, C, 'vrouw'),
      ...group('cm', 5, C, 'man'),
    ];
    const result = representativenessCrossTab(fold(events), 'registered', ['district', 'gender']);
    // A/man (3) is small; row A (13) would give it away, so A/vrouw goes; column man (14) would too, so
    // C/man (5, the smallest) goes; then row C (12) and column vrouw (25) need C/vrouw hidden as well.
    expect(labels(result?.table)).toEqual({
      [`${A}/vrouw`]: '≥ 5',
      [`${A}/man`]: '< 5',
      [`${A}/x`]: '0',
      [`${B}/vrouw`]: '8',
      [`${B}/man`]: '6',
      [`${B}/x`]: '0',
      [`${C}/vrouw`]: '≥ 5',
      [`${C}/man`]: '≥ 5',
      [`${C}/x`]: '0',
    });
    expect(crossTabProblems(result!, peopleOf(events), 5)).toEqual([]);
    // the check can fail: showing C/vrouw would let column vrouw give A/vrouw away, and with it A/man
    const leaky = structuredClone(result!);
    const cv = leaky.table.cells.find((c) => c.bands.join('/') === `${C}/vrouw`)!;
    Object.assign(cv, { count: 7, countLabel: '7', suppressed: false, suppression: null });
    expect(crossTabProblems(leaky, peopleOf(events), 5)).toEqual(
      expect.arrayContaining([expect.stringMatching(/along district at vrouw: hidden .*WK054600\|vrouw can only be 10/)]),
    );
  });

  it('gives one-way margins equal to representativeness(stage), and larger margins equal to asking for them alone', () => {
    const model = fold(story);
    const three = representativenessCrossTab(model, 'registered', ['district', 'ageBand', 'gender']);
    const oneWay = representativeness(model, 'registered');
    for (const dimension of ['district', 'ageBand', 'gender'] as const) {
      const margin = three?.margins.find((m) => m.dimensions.join() === dimension);
      const rows = oneWay?.dimensions.find((d) => d.dimension === dimension)?.rows;
      expect(margin?.cells.map((c) => [c.bands[0], c.countLabel])).toEqual(rows?.map((r) => [r.band, r.countLabel]));
    }
    const two = representativenessCrossTab(model, 'registered', ['district', 'gender']);
    expect(three?.margins.find((m) => m.dimensions.join() === 'district,gender')).toEqual(two?.table);
    expect(three?.margins.map((m) => m.dimensions.join())).toEqual(['district,ageBand', 'district,gender', 'ageBand,gender', 'district', 'ageBand', 'gender']);
  });

  it('answers the same whatever order the dimensions are asked in', () => {
    const model = fold(story);
    expect(representativenessCrossTab(model, 'registered', ['gender', 'district'])).toEqual(representativenessCrossTab(model, 'registered', ['district', 'gender']));
  });

  it('splits by the further bands of the process as other:<name>, "onbekend" where a participant has none', () => {
    const model = fold(story);
    expect(crossTabDimensions(model)).toEqual(['district', 'ageBand', 'gender', 'other:opleiding']);
    const result = representativenessCrossTab(model, 'registered', ['other:opleiding']);
    expect(result?.dimensions[0]?.bands).toEqual(['hbo', 'mbo', 'onbekend']);
    expect(labels(result?.table)).toEqual({ hbo: '12', mbo: '6', onbekend: '12' });
  });

  it('refuses dimensions it cannot split by, naming the argument', () => {
    const model = fold(story);
    expect(() => representativenessCrossTab(model, 'registered', [])).toThrow(/dimensions: name at least one/);
    expect(() => representativenessCrossTab(model, 'registered', ['district', 'district'])).toThrow(/district is named twice/);
    expect(() => representativenessCrossTab(model, 'registered', ['opleiding'])).toThrow(/unknown dimension "opleiding" \(a further band is named other:<name>\); this process has district, ageBand, gender, other:opleiding/);
    expect(() => representativenessCrossTab(model, 'registered', ['district', 'ageBand', 'gender', 'other:opleiding', 'other:x'])).toThrow(/at most 4/);
    expect(representativenessCrossTab(model, 'registered', ['district'], { processId: 'elders' })).toBeNull();
  });

  it('never shows 1..threshold-1 and never lets a line give a hidden cell or margin away (property)', () => {
    const dims = ['district', 'ageBand', 'gender', 'other:opleiding'] as const;
    const someone = fc.record({
      district: fc.constantFrom(A, B, C),
      ageBand: fc.constantFrom(...AgeBandSchema.options.slice(1, 5)),
      gender: fc.constantFrom(...GenderSchema.options),
      opleiding: fc.option(fc.constantFrom('mbo', 'hbo', 'wo'), { nil: undefined }),
      conversation: fc.boolean(),
      summit: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(someone, { minLength: 1, maxLength: 70 }),
        fc.uniqueArray(fc.constantFrom(...dims), { minLength: 1, maxLength: 4 }),
        fc.constantFrom<RepresentativenessStage>('registered', 'conversation', 'summit'),
        // from 3: with 2, the label "< 2" of a stage total says it is 1, whatever else is hidden
        fc.integer({ min: 3, max: 6 }),
        (people, asked, stage, threshold) => {
          const ids = people.map((_, i) => `p-${i}`);
          const events: DomainEvent[] = [
            processStarted('leiden', [A, B, C]),
            referenceRecorded(),
            ...people.map((p, i) => person(ids[i] ?? '', p.district, p.ageBand, p.gender, p.opleiding ? { opleiding: p.opleiding } : {})),
            ...people.flatMap((p, i) => (p.conversation ? [held(`hk-${i}`, [ids[i] ?? ''])] : [])),
            ...people.flatMap((p, i) => (p.summit ? [attendance([[ids[i] ?? '', 'participant', 'attended']])] : [])),
          ];
          const model = fold(events);
          // nobody with an opleiding: the process has no such dimension
          const possible = people.some((p) => p.opleiding) ? asked : asked.filter((d) => d !== 'other:opleiding');
          if (possible.length === 0) return;
          const result = representativenessCrossTab(model, stage, possible, { threshold });
          if (!result) throw new Error('no result');
          const members = people.filter((p) => stage === 'registered' || (stage === 'conversation' ? p.conversation : p.summit));
          const microdata: Microdata = members.map((p) => ({ district: p.district, ageBand: p.ageBand, gender: p.gender, 'other:opleiding': p.opleiding ?? 'onbekend' }));
          expect(crossTabProblems(result, microdata, threshold)).toEqual([]);
          const oneWay = representativeness(model, stage, { threshold });
          for (const margin of [result.table, ...result.margins].filter((m) => m.dimensions.length === 1)) {
            const rows = oneWay?.dimensions.find((d) => d.dimension === margin.dimensions[0])?.rows;
            if (rows) expect(margin.cells.map((c) => c.countLabel)).toEqual(rows.map((r) => r.countLabel));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('covers every stage', () => {
    const model = fold([...story, held('hk-1', ['a-v0', 'a-v1']), joined('wg-1', 'a-v0')]);
    for (const stage of representativenessStages) expect(representativenessCrossTab(model, stage, ['district', 'gender'])?.stage).toBe(stage);
  });
});

const peopleOf = (events: DomainEvent[]): Microdata =>
  events.flatMap((e) => {
    if (e.type !== 'ParticipantRegistered') return [];
    const d = e.data;
    return [{ district: d.districtCode, ageBand: d.ageBand, gender: d.gender, 'other:opleiding': d.otherBands['opleiding'] ?? 'onbekend' }];
  });
