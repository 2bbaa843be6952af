import type { Principal } from '../shared/use-case.js';
import { type Ledger, startLedger } from '../shared/testing/ledger-harness.js';
import { importDepsOf } from './import.command.js';
import { importConversations } from './import.runner.js';
import { toCsv } from './import-csv.fixtures.js';
import { countEvents, given, givenProcess, organiser, setupCommand } from './import-test.fixtures.js';

const TODAY = '2024-01-15';
const ENGLISH = ['conversation', 'date', 'district', 'host', 'idea', 'kind', 'participants'];
const comma = (rows: string[][]) => toCsv(rows, { delimiter: ',', newline: '\n' });

describe('importConversations: what a file must agree with', () => {
  let ledger: Ledger;
  const run = (file: string, options: { keepOpen?: boolean; dryRun?: boolean; processId?: string } = {}, principal: Principal = organiser) =>
    importConversations(file, { today: TODAY, ...options }, importDepsOf(ledger.app, principal));

  beforeAll(async () => {
    ledger = await startLedger();
    await givenProcess(ledger, { ambassadors: 3, participants: 6 });
    await given(ledger, [setupCommand('PlanConversation', { conversationId: 'hk-planned', ambassadorId: 'amb-002', districtCode: 'WK054603', plannedOn: '2017-11-01' })]);
  });
  afterAll(() => ledger.close());

  it('takes English headers, commas and ISO dates; --keep-open leaves the report for a later import', async () => {
    const rows = [ENGLISH, ['hk-en', '2017-10-12', 'WK054600', 'amb-001', 'More trees, fewer cars', 'wish', 'p-0001 p-0002'], ['hk-en', '2017-10-12', 'WK054600', 'amb-001', 'A safe crossing', 'need', '']];
    const open = await run(comma(rows), { keepOpen: true });
    expect(open).toMatchObject({ problems: [], applied: 4, alreadyPresent: 0 });
    expect(await countEvents(ledger, 'ConversationReportSubmitted')).toBe(0);

    const closed = await run(comma(rows));
    expect(closed).toMatchObject({ problems: [], applied: 1, alreadyPresent: 4 });
    expect(await countEvents(ledger, 'ConversationReportSubmitted')).toBe(1);
  });

  it('completes a conversation planned before, when the file agrees with it', async () => {
    const file = comma([ENGLISH, ['hk-planned', '3-11-2017', 'Leiden-Noord', 'amb-002', 'Een moestuin', 'wens', 'p-0003;p-0004']]);
    expect(await run(file)).toMatchObject({ problems: [], applied: 3, alreadyPresent: 1 });
  });

  it('reports rows that disagree with the ledger, with each other, or refer to what does not exist', async () => {
    const file = toCsv([
      ['gesprek', 'datum', 'wijk', 'ambassadeur', 'idee', 'soort', 'deelnemers'],
      ['hk-en', '2017-10-12', 'WK054600', 'amb-003', 'Another idea', 'wens', ''],
      ['hk-new', '2017-10-20', 'Morsdistrict', 'amb-009', 'Idee een', 'wens', 'p-0005 p-0099'],
      ['hk-new', '2017-10-21', 'Morsdistrict', 'amb-009', 'Idee twee', 'behoefte', ''],
      ['hk-future', '2030-01-01', 'Morsdistrict', 'amb-001', 'Idee drie', 'wens', 'p-0005'],
      ['hk-nobody', '2017-10-22', 'Morsdistrict', 'amb-001', 'Idee vier', 'wens', ''],
      ['hk-short', '2017-10-22', 'Morsdistrict'],
    ]);
    const before = await ledger.eventCount();
    const result = await run(file);
    expect(result.problems).toEqual([
      { line: 2, column: 'ambassadeur', problem: 'conversation hk-en is hosted by amb-001 in the ledger; the file says amb-003' },
      { line: 2, column: 'idee', problem: expect.stringMatching(/^a new idea for conversation hk-en, whose report was already submitted \(intake closed\)/) },
      { line: 3, column: 'ambassadeur', problem: 'amb-009 is not a registered ambassador of process leiden' },
      { line: 3, column: 'deelnemers', problem: 'p-0099 is not a registered participant of process leiden; import the participants first' },
      { line: 4, column: 'datum', problem: '2017-10-21 differs from line 3 (2017-10-20) for conversation hk-new; every row of a conversation gives the same' },
      { line: 5, column: 'datum', problem: '2030-01-01 is after today (2024-01-15); only conversations that were held can be imported' },
      { line: 6, column: 'deelnemers', problem: 'conversation hk-nobody is not recorded as held yet: name the participants who took part, on at least one of its rows' },
      { line: 7, column: null, problem: 'has 3 cells where the header has 7 (a delimiter missing)' },
    ]);
    expect(await ledger.eventCount()).toBe(before);
  });

  it('lets an ambassador import only the conversations they host', async () => {
    const amb = (id: string): Principal => ({ actor: { id: `actor-${id}`, role: 'ambassador' }, ambassadorId: id });
    const file = comma([ENGLISH, ['hk-amb', '2017-10-25', 'Morsdistrict', 'amb-003', 'Een speeltuin', 'wish', 'p-0006']]);
    const other = await run(file, {}, amb('amb-001'));
    expect(other.problems).toEqual([{ line: 2, column: 'host', problem: 'you import as ambassador amb-001, who may import only the conversations they host, not those of amb-003' }]);

    expect(await run(file, {}, amb('amb-003'))).toMatchObject({ problems: [], applied: 4 });
    const events = (await ledger.store.readStream('conversation-hk-amb')).map((e) => (e.metadata as { actor: { id: string } }).actor.id);
    expect(events).toEqual(['actor-amb-003', 'actor-amb-003', 'actor-amb-003']);
  });

  it('imports into the only process by default; with several it asks which', async () => {
    const file = comma([ENGLISH, ['hk-x', '2017-10-12', 'WK054600', 'amb-001', 'Idee', 'wish', 'p-0001']]);
    await expect(run(file, { processId: 'elders', dryRun: true })).rejects.toThrow('there is no process elders; the store holds: leiden');
    await givenProcess(ledger, { processId: 'tweede' });
    await expect(run(file, { dryRun: true })).rejects.toThrow('the store holds several processes (leiden, tweede); choose one with --process <id>');
    expect(await run(file, { processId: 'leiden', dryRun: true })).toMatchObject({ problems: [], toApply: 4 });
  });
});
