import { type Ledger, startLedger } from '../shared/testing/ledger-harness.js';
import { importDepsOf } from './import.command.js';
import { importParticipants } from './import.runner.js';
import { toCsv } from './import-csv.fixtures.js';
import { ImportError } from './import-problem.model.js';
import { countEvents, givenProcess, organiser } from './import-test.fixtures.js';

describe('importParticipants', () => {
  let ledger: Ledger;
  const deps = () => importDepsOf(ledger.app, organiser);

  beforeAll(async () => {
    ledger = await startLedger();
    await givenProcess(ledger, { participants: 1 });
  });
  afterAll(() => ledger.close());

  const good = toCsv(
    [
      ['participant', 'district', 'age band', 'gender', 'consent'],
      ['n-001', 'Binnenstad-Zuid', '27-39', 'F', 'yes'],
      ['n-002', 'wk054603', '75+', 'male', 'no'],
      ['n-003', 'stevenshofdistrict', '18 – 26 jaar', 'x', ''],
    ],
    { delimiter: ',', newline: '\n' },
  );

  it('registers every participant of a good file, with consent where it says yes, and a re-import changes nothing', async () => {
    const result = await importParticipants(good, { consentVersion: '2017-09' }, deps());
    expect(result).toMatchObject({ problems: [], rows: 3, applied: 4, alreadyPresent: 0 });
    const events = (await ledger.store.readAll({ maxCount: 10000 })).events;
    const registered = events.filter((e) => e.type === 'ParticipantRegistered').map((e) => e.data);
    expect(registered).toContainEqual({ participantId: 'n-003', processId: 'leiden', districtCode: 'WK054609', ageBand: '18-26', gender: 'x', otherBands: {} });
    expect(events.filter((e) => e.type === 'ConsentRecorded').map((e) => e.data)).toEqual([{ participantId: 'n-001', purpose: 'participation', consentVersion: '2017-09' }]);

    const before = await ledger.eventCount();
    const again = await importParticipants(good, { consentVersion: '2017-09' }, deps());
    expect(again).toMatchObject({ problems: [], applied: 0, alreadyPresent: 4 });
    expect(await ledger.eventCount()).toBe(before);
  });

  it('reports a bad age band, an unknown district and a participant given twice by line and column, and writes nothing', async () => {
    const file = toCsv([
      ['Deelnemer', 'Wijk', 'Leeftijd', 'Geslacht'],
      ['n-101', 'Merenwijkdistrict', '30-40', 'vrouw'],
      ['n-102', 'Oegstgeest', '40-54', 'man'],
      ['n-103', 'Morsdistrict', '55-64', 'v'],
      ['n-101', 'Morsdistrict', '55-64', 'v'],
    ]);
    const before = await ledger.eventCount();
    const result = await importParticipants(file, {}, deps());
    expect(result.problems).toEqual([
      { line: 2, column: 'Leeftijd', problem: expect.stringMatching(/^"30-40" is not an age band; write one of 0-17, 18-26/) },
      { line: 3, column: 'Wijk', problem: expect.stringMatching(/^unknown district "Oegstgeest"/) },
      { line: 5, column: 'Deelnemer', problem: 'participant n-101 appears twice in the file (first on line 2)' },
    ]);
    expect(await ledger.eventCount()).toBe(before);
    expect(await countEvents(ledger, 'ParticipantRegistered')).toBe(4);
  });

  it('reports a participant registered before with other bands', async () => {
    const file = toCsv([
      ['deelnemer', 'wijk', 'leeftijd', 'geslacht'],
      ['p-0001', 'Leiden-Noord', '40-54', 'vrouw'],
    ]);
    const result = await importParticipants(file, {}, deps());
    expect(result.problems).toEqual([{ line: 2, column: 'leeftijd', problem: 'participant p-0001 is already registered with 27-39; the file says 40-54' }]);
  });

  it('refuses a file without a required column, naming it', async () => {
    const file = toCsv([
      ['deelnemer', 'wijk', 'geslacht'],
      ['n-201', 'Leiden-Noord', 'vrouw'],
    ]);
    await expect(importParticipants(file, {}, deps())).rejects.toThrow(new ImportError('line 1: column leeftijd (age band) is missing. The header row has: deelnemer, wijk, geslacht. Expected: deelnemer (participant), wijk (district), leeftijd (age band), geslacht (gender), toestemming (consent) optional'));
  });

  it('refuses a file that is not UTF-8', async () => {
    const latin1 = Buffer.from('deelnemer;wijk;leeftijd;geslacht\nn-301;Leiden-Noord;27-39;vrouw\nn-302;Oudenhof (caf\xe9);27-39;man\n', 'latin1');
    await expect(importParticipants(latin1, {}, deps())).rejects.toThrow(/the file is not UTF-8 \(the first character that is not valid UTF-8 is on line 3/);
  });

  it('refuses a token role that may not register participants, before reading further', async () => {
    const moderator = importDepsOf(ledger.app, { actor: { id: 'actor-mod', role: 'moderator' } });
    await expect(importParticipants(good, {}, moderator)).rejects.toThrow(/a moderator token may not import this file \(RegisterParticipant needs one of: organiser, ambassador\)/);
  });
});
