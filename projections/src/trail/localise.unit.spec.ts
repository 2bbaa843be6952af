import { formatDay, formatList, localise } from './localise.js';
import { normaliseReceiptCode } from './receipt-code.js';
import { clauseList, groupName, proposalList } from './trail-step.js';
import type { TrailWorkingGroupState } from './trail.read-model.js';

const group = (title: string, kind: TrailWorkingGroupState['kind'] = 'werkgroep'): TrailWorkingGroupState => ({
  at: '2018-02-01T19:00:00+01:00',
  seq: 1,
  workingGroupId: 'wg',
  processId: 'p',
  title,
  kind,
  themeIds: [],
  overrideRationale: null,
});

describe('trail sentences', () => {
  it('puts numbers with the singular or the plural noun', () => {
    const template = { nl: '{n|stem|stemmen}', en: '{n|vote|votes}' };
    expect(localise(template, { n: 1 })).toEqual({ nl: '1 stem', en: '1 vote' });
    expect(localise(template, { n: 41 })).toEqual({ nl: '41 stemmen', en: '41 votes' });
    expect(() => localise(template)).toThrow(/\{n\} has no value/);
  });

  it('writes days and lists the way each language does', () => {
    expect(formatDay('2018-06-14')).toEqual({ nl: '14 juni 2018', en: '14 June 2018' });
    expect(formatList(['a', 'b', 'c'])).toEqual({ nl: 'a, b en c', en: 'a, b and c' });
    expect(proposalList(['A', 'B'])).toEqual({ nl: "de voorstellen 'A' en 'B'", en: "proposals 'A' and 'B'" });
    expect(clauseList([9, 10, 17])).toEqual({ nl: 'artikelen 9, 10 en 17', en: 'clauses 9, 10 and 17' });
    expect(clauseList([4])).toEqual({ nl: 'artikel 4', en: 'clause 4' });
  });

  it('names a working group once, whether or not its title already says what it is', () => {
    expect(groupName(group('Werkgroep Groen in de wijk'), 'label')).toEqual({ nl: 'Werkgroep Groen in de wijk', en: 'Werkgroep Groen in de wijk' });
    expect(groupName(group('Groen'), 'label')).toEqual({ nl: 'Werkgroep Groen', en: 'Working group Groen' });
    expect(groupName(group('Zorg', 'rondetafel'), 'subject')).toEqual({ nl: 'De rondetafel Zorg', en: 'The round table Zorg' });
    expect(groupName(group('Groen'), 'inline')).toEqual({ nl: 'de werkgroep Groen', en: 'the working group Groen' });
  });

  it('reads a receipt code however it is typed, and nothing that is not one', () => {
    expect(normaliseReceiptCode(' k7m4 qx2p ')).toBe('K7M4-QX2P');
    expect(normaliseReceiptCode('K7M4‐QX2P')).toBe('K7M4-QX2P');
    expect(normaliseReceiptCode('k7m4qx2p')).toBe('K7M4-QX2P');
    expect(normaliseReceiptCode('OIL0-0000')).toBe('0110-0000');
    expect(normaliseReceiptCode('K7M4-QX2')).toBeNull();
    expect(normaliseReceiptCode('UUUU-UUUU')).toBeNull();
    expect(normaliseReceiptCode('__proto__')).toBeNull();
  });
});
