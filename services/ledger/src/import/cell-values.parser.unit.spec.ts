import { parseAgeBand, parseConsent, parseDate, parseGender, parseKind, parseParticipantRefs, parseRef } from './cell-values.parser.js';

const value = <T>(p: { ok: true; value: T } | { ok: false; problem: string }): T | string => (p.ok ? p.value : `PROBLEM ${p.problem}`);

describe('cell values', () => {
  it('reads dates as YYYY-MM-DD and day first as Dutch spreadsheets write them', () => {
    expect(['2017-10-12', '12-10-2017', '2-3-2017', '12/10/2017', '12.10.2017', '2017-3-2'].map((c) => value(parseDate(c)))).toEqual([
      '2017-10-12',
      '2017-10-12',
      '2017-03-02',
      '2017-10-12',
      '2017-10-12',
      '2017-03-02',
    ]);
  });

  it('refuses what is not a day', () => {
    expect(value(parseDate('31-02-2017'))).toMatch(/not a day of the calendar/);
    expect(value(parseDate('12-10-17'))).toMatch(/not a date; write 2017-10-12 or 12-10-2017/);
    expect(value(parseDate('12-10-2017 19:30'))).toMatch(/not a date/);
    expect(value(parseDate(''))).toMatch(/is empty/);
  });

  it('reads kinds in Dutch and English', () => {
    expect(['wens', 'Wish', 'BEHOEFTE', 'need'].map((c) => value(parseKind(c)))).toEqual(['wish', 'wish', 'need', 'need']);
    expect(value(parseKind('idee'))).toMatch(/"idee" is not a kind of idea; write wens \(wish\) or behoefte \(need\)/);
  });

  it('reads gender bands with the usual abbreviations', () => {
    expect(['vrouw', 'V', 'f', 'Female', 'man', 'M', 'male', 'x', 'anders'].map((c) => value(parseGender(c)))).toEqual(['vrouw', 'vrouw', 'vrouw', 'vrouw', 'man', 'man', 'man', 'x', 'x']);
    expect(value(parseGender('q'))).toMatch(/not a gender band/);
  });

  it('reads the age bands of the contracts, forgiving spaces, dashes and "jaar"', () => {
    expect(['27-39', '27 - 39', '27–39 jaar', '75+', '75 +'].map((c) => value(parseAgeBand(c)))).toEqual(['27-39', '27-39', '27-39', '75+', '75+']);
    expect(value(parseAgeBand('30-40'))).toMatch(/"30-40" is not an age band; write one of 0-17, 18-26, 27-39, 40-54, 55-64, 65-74, 75\+/);
  });

  it('reads consent as ja/nee; an empty cell records none', () => {
    expect(['ja', 'Yes', 'j', 'nee', 'no', ''].map((c) => value(parseConsent(c)))).toEqual([true, true, true, false, false, false]);
    expect(value(parseConsent('misschien'))).toMatch(/not ja\/nee/);
  });

  it('splits participant references on spaces, commas and semicolons', () => {
    expect(value(parseParticipantRefs('p-1 p-2,p-3; p-4'))).toEqual(['p-1', 'p-2', 'p-3', 'p-4']);
    expect(value(parseParticipantRefs(''))).toEqual([]);
    expect(value(parseParticipantRefs('p-1 p-1'))).toMatch(/twice/);
    expect(value(parseParticipantRefs('p-1 Jan!'))).toMatch(/"Jan!" is not a participant reference/);
  });

  it('checks references against the contracts\' id format', () => {
    expect(value(parseRef('hk-101', 'conversation reference'))).toBe('hk-101');
    expect(value(parseRef('hk 101', 'conversation reference'))).toMatch(/not a valid conversation reference: must contain only letters/);
  });
});
