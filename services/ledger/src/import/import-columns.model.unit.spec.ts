import { commandDefinitions, type CommandType } from '@spoor/contracts';
import { conversationColumns, participantColumns, resolveHeader, type ColumnSpec } from './import-columns.model.js';
import { districtResolver } from './district.resolver.js';

describe('import columns', () => {
  it('feed only fields the contracts define (the columns are checked against the command schemas)', () => {
    const specs: readonly ColumnSpec[] = [...participantColumns, ...conversationColumns];
    for (const spec of specs) {
      for (const [type, field] of Object.entries(spec.feeds)) {
        expect(Object.keys(commandDefinitions[type as CommandType].schema.shape)).toContain(field);
      }
    }
  });

  it('accepts Dutch and English header names, whatever the case, accents or spacing', () => {
    const header = resolveHeader(['Deelnemer', 'WIJK', 'Age Band', 'Géslacht', 'Consent', 'Naam'], participantColumns);
    expect(header.index).toEqual({ participant: 0, district: 1, ageBand: 2, gender: 3, consent: 4 });
    expect(header.name.ageBand).toBe('Age Band');
    expect(header.ignored).toEqual(['Naam']);
  });

  it('stops at a missing required column, naming it and what the header has', () => {
    expect(() => resolveHeader(['gesprek', 'datum', 'wijk', 'idee', 'soort'], conversationColumns)).toThrow(
      /^line 1: column gastheer \(host\) is missing\. The header row has: gesprek, datum, wijk, idee, soort\. Expected: .*deelnemers \(participants\) optional/,
    );
  });

  it('stops at a column given twice', () => {
    expect(() => resolveHeader(['gesprek', 'conversation'], conversationColumns)).toThrow(/"gesprek" and "conversation" are both gesprek \(conversation\)/);
  });
});

describe('districtResolver', () => {
  const resolve = districtResolver({
    status: 'started',
    processId: 'leiden',
    municipalityCode: 'GM0546',
    plannedPhases: ['werving'],
    startedPhases: [],
    demo: false,
    districts: [
      { code: 'WK054600', name: 'Binnenstad-Zuid' },
      { code: 'WK054605', name: 'Bos- en Gasthuisdistrict' },
    ],
  });

  it('takes a code in any case, or a name without case, accents, spaces or hyphens', () => {
    expect(['WK054600', 'wk054600', 'binnenstad zuid', 'BINNENSTAD-ZUID', 'Bos en Gasthuisdistrict'].map((c) => resolve(c))).toEqual([
      { ok: true, value: 'WK054600' },
      { ok: true, value: 'WK054600' },
      { ok: true, value: 'WK054600' },
      { ok: true, value: 'WK054600' },
      { ok: true, value: 'WK054605' },
    ]);
  });

  it('refuses an unknown name and a code of another district, listing the districts', () => {
    expect(resolve('Centrum')).toEqual({ ok: false, problem: 'unknown district "Centrum"; write a CBS code or a name of process leiden: WK054600 Binnenstad-Zuid, WK054605 Bos- en Gasthuisdistrict' });
    expect(resolve('WK036300')).toMatchObject({ ok: false, problem: expect.stringMatching(/^WK036300 is not a district of process leiden/) });
  });
});
