import { demo, ofType, positionOf } from './demo-spec.fixtures.js';

const published = ofType('PublishUpdate');
const corrections = ofType('CorrectUpdate');

describe('progress updates in the Leiden demo', () => {
  it('publishes about a dozen updates spread over the whole process, in Dutch', () => {
    expect(published.length).toBeGreaterThanOrEqual(10);
    expect(published.length).toBeLessThanOrEqual(14);
    const months = new Set(published.map((u) => u.input.publishedOn.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(8);
    for (const month of ['2017-09', '2017-12', '2018-01', '2018-02', '2018-05', '2018-06']) expect(months).toContain(month);
    for (const { input, occurredAt, actor } of published) {
      expect(occurredAt.slice(0, 10)).toBe(input.publishedOn);
      expect(input.body.split('. ').length).toBeGreaterThanOrEqual(2);
      expect(input.body).not.toMatch(/[{}]|undefined|NaN/);
      expect(actor).toEqual({ role: 'organiser' });
    }
    expect(new Set(published.map((u) => u.input.title)).size).toBe(published.length);
  });

  it('reports the summit as it happened, and corrects one number later with a reason', () => {
    expect(corrections).toHaveLength(1);
    const [correction] = corrections;
    const original = published.find((u) => u.input.updateId === correction?.input.updateId);
    expect(positionOf(correction?.commandId ?? '')).toBeGreaterThan(positionOf(original?.commandId ?? ''));
    expect(correction?.input.reason).toMatch(/stembiljetten/);
    expect(correction?.input.body).not.toBe(original?.input.body);
    expect(correction?.input.body).toContain(`${ofType('CastBallot').length} stembiljetten`);
  });

  it('ends the process when everything else has happened', () => {
    expect(demo.at(-1)?.input).toMatchObject({ phase: 'afgerond', startedOn: '2018-06-17' });
    expect(positionOf('demo-start-phase-afgerond')).toBe(demo.length - 1);
  });
});
