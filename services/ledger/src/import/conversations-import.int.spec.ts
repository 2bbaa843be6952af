import { type Ledger, startLedger } from '../shared/testing/ledger-harness.js';
import { importDepsOf } from './import.command.js';
import { importConversations } from './import.runner.js';
import { startLines, toCsv } from './import-csv.fixtures.js';
import { ambassadorRef, countEvents, givenProcess, organiser, participantRef } from './import-test.fixtures.js';

const TODAY = '2024-01-15';
const HEADER = ['Gesprek', 'Datum', 'Wijk', 'Gastheer', 'Idee', 'Soort', 'Deelnemers'];
const NAMES = ['binnenstad zuid', 'Leiden-Noord', 'MORSDISTRICT', 'WK054608', 'Bos en Gasthuisdistrict'];
const MULTI_LINE = "Een buurthuis dat ook 's avonds open is;\nmet koffie voor iedereen";
const BAD = { district: 123, emptyText: 250, kind: 377 } as const;

/** 50 conversations of 10 ideas, hosted by 10 ambassadors, each with 2 participants named on its first row. */
const fiveHundredIdeas = (bad: boolean): string[][] =>
  Array.from({ length: 500 }, (_, row) => {
    const c = Math.floor(row / 10);
    const i = row % 10;
    const first = i === 0;
    const text = row === 0 ? MULTI_LINE : c === 1 && (i === 3 || i === 4) ? 'Meer bankjes langs de singel' : `Idee ${i + 1} uit gesprek ${c + 1}: meer groen in de straat`;
    return [
      `hk-${String(c + 1).padStart(3, '0')}`,
      `${(c % 28) + 1}-10-2017`,
      bad && row === BAD.district ? 'Centrum' : NAMES[c % NAMES.length]!,
      ambassadorRef((c % 10) + 1),
      bad && row === BAD.emptyText ? '' : text,
      bad && row === BAD.kind ? 'idee' : i % 3 === 0 ? 'behoefte' : 'wens',
      first || (c === 7 && i === 5) ? `${participantRef(2 * c + 1)}, ${participantRef(2 * c + 2)}` : '',
    ];
  });

describe('importConversations: 500 ideas, all or nothing, once', () => {
  let ledger: Ledger;

  beforeAll(async () => {
    ledger = await startLedger();
    await givenProcess(ledger, { ambassadors: 10, participants: 100 });
  });
  afterAll(() => ledger.close());

  it('imports nothing from a file with three bad rows, and reports exactly those rows by line and column', async () => {
    const rows = fiveHundredIdeas(true);
    const lines = startLines(rows);
    const before = await ledger.eventCount();
    const result = await importConversations(toCsv([HEADER, ...rows], { bom: true }), { today: TODAY }, importDepsOf(ledger.app, organiser));

    expect(result.problems).toEqual([
      { line: lines[BAD.district], column: 'Wijk', problem: expect.stringMatching(/^unknown district "Centrum"; write a CBS code or a name of process leiden: WK054600 Binnenstad-Zuid/) },
      { line: lines[BAD.emptyText], column: 'Idee', problem: 'must not be empty' },
      { line: lines[BAD.kind], column: 'Soort', problem: '"idee" is not a kind of idea; write wens (wish) or behoefte (need)' },
    ]);
    expect(lines[BAD.district]).toBe(BAD.district + 3); // the header and the quoted newline of the first idea come before it
    expect(result.applied).toBe(0);
    expect(await ledger.eventCount()).toBe(before);
  });

  it('checks the fixed file without writing on a dry run', async () => {
    const before = await ledger.eventCount();
    const result = await importConversations(toCsv([HEADER, ...fiveHundredIdeas(false)], { bom: true }), { today: TODAY, dryRun: true }, importDepsOf(ledger.app, organiser));
    expect(result).toMatchObject({ problems: [], applied: 0, toApply: 50 + 50 + 500 + 50, alreadyPresent: 0, dryRun: true });
    expect(await ledger.eventCount()).toBe(before);
  });

  it('imports the fixed file, and importing it twice more gives the 500 ideas once', async () => {
    const file = toCsv([HEADER, ...fiveHundredIdeas(false)], { bom: true });
    const first = await importConversations(file, { today: TODAY }, importDepsOf(ledger.app, organiser));
    expect(first).toMatchObject({ problems: [], rows: 500, applied: 650, alreadyPresent: 0 });
    expect(first.conversations).toHaveLength(50);
    expect(first.conversations[0]).toEqual({ conversationId: 'hk-001', ideas: 10, newIdeas: 10 });
    const afterFirst = await ledger.eventCount();

    for (const _ of [1, 2]) {
      const again = await importConversations(file, { today: TODAY }, importDepsOf(ledger.app, organiser));
      expect(again).toMatchObject({ problems: [], applied: 0, alreadyPresent: 650 });
    }
    expect(await ledger.eventCount()).toBe(afterFirst);
    expect(await countEvents(ledger, 'IdeaRecorded')).toBe(500);

    const events = (await ledger.store.readAll({ maxCount: 100000 })).events;
    const reports = events.filter((e) => e.type === 'ConversationReportSubmitted').map((e) => e.data as { ideaCount: number; submittedOn: string });
    expect(reports).toHaveLength(50);
    expect(reports.every((r) => r.ideaCount === 10 && r.submittedOn === TODAY)).toBe(true);
    const texts = events.filter((e) => e.type === 'IdeaRecorded').map((e) => (e.data as { text: string }).text);
    expect(texts).toContain(MULTI_LINE);
    expect(texts.filter((t) => t === 'Meer bankjes langs de singel')).toHaveLength(2);
    const held = events.find((e) => e.type === 'ConversationHeld' && (e.data as { conversationId: string }).conversationId === 'hk-001');
    expect(held?.data).toEqual({ conversationId: 'hk-001', heldOn: '2017-10-01', participantIds: ['p-0001', 'p-0002'] });
  });

  it('reports a new idea for a conversation whose report is in (intake closed), but not the ideas imported before', async () => {
    const rows = fiveHundredIdeas(false).slice(0, 10);
    rows.push(['hk-001', '1-10-2017', 'binnenstad zuid', 'amb-001', 'Een nieuw idee na afloop', 'wens', '']);
    const result = await importConversations(toCsv([HEADER, ...rows]), { today: TODAY }, importDepsOf(ledger.app, organiser));
    expect(result.problems).toEqual([{ line: 13, column: 'Idee', problem: expect.stringMatching(/^a new idea for conversation hk-001, whose report was already submitted \(intake closed\)/) }]);
  });
});
