import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { PublicLogRecord } from '@spoor/contracts';
import { writeOpenData } from './open-data.writer.js';

const composition = { size: 8, wildcards: 1, districts: { WK054601: 7 }, ageBands: { '27-39': 7 }, genders: { vrouw: 4, man: 3 } };
const base = { stream: 's', revision: 0, schemaVersion: 1, occurredAt: '2017-10-01T19:00:00+02:00', recordedAt: '2017-10-01T17:00:00.000Z', recordedBy: 'organiser' as const };
const records = [
  { ...base, index: 0, id: 'e-0', type: 'IdeaRecorded', data: { ideaId: 'i-1', conversationId: 'c-1', text: 'Meer bankjes, "met" leuning', kind: 'wish', receiptCode: 'K7M4-QX2P' } },
  { ...base, index: 1, id: 'e-1', type: 'TablesAllocated', data: { processId: 'p', algorithm: 'a', algorithmVersion: 1, seed: 1, tableSize: 8, tables: [{ table: 1, composition }] } },
  { ...base, index: 2, id: 'e-2', type: 'IdeaRecorded', demo: true, data: { ideaId: 'i-2', conversationId: 'c-1', text: 'Een speeltuin', kind: 'need', receiptCode: 'K7M4-QX2Q' } },
] as unknown as PublicLogRecord[];

describe('open data', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'spoor-open-data-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes NDJSON and CSV per record type, the data card and the licence', () => {
    const files = writeOpenData(dir, records, { treeSize: 3, demo: true });
    expect(files.map((f) => [f.file, f.rows])).toEqual([
      ['idea-recorded', 2],
      ['tables-allocated', 1],
    ]);
    expect(readdirSync(join(dir, 'open-data')).sort()).toEqual(['LICENSE', 'README.md', 'idea-recorded.csv', 'idea-recorded.ndjson', 'tables-allocated.csv', 'tables-allocated.ndjson']);
    const ndjson = readFileSync(join(dir, 'open-data', 'idea-recorded.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(ndjson).toEqual([records[0], records[2]]);
  });

  it('gives CSV a header of the envelope and the public fields, with quoting a spreadsheet reads back', () => {
    writeOpenData(dir, records, { treeSize: 3, demo: true });
    const rows = parse(readFileSync(join(dir, 'open-data', 'idea-recorded.csv')), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual(['index', 'id', 'stream', 'revision', 'occurredAt', 'recordedAt', 'recordedBy', 'demo', 'ideaId', 'conversationId', 'text', 'kind', 'receiptCode']);
    expect(rows.map((r) => [r['text'], r['demo']])).toEqual([
      ['Meer bankjes, "met" leuning', ''],
      ['Een speeltuin', 'true'],
    ]);
    const tables = parse(readFileSync(join(dir, 'open-data', 'tables-allocated.csv')), { columns: true }) as Record<string, string>[];
    expect(JSON.parse(tables[0]?.['tables'] ?? '')).toEqual([{ table: 1, composition }]);
  });

  it('describes every file and every column in the data card, from the contracts, and says what is left out', () => {
    writeOpenData(dir, records, { treeSize: 3, demo: true });
    const card = readFileSync(join(dir, 'open-data', 'README.md'), 'utf8');
    expect(card).toMatch(/Demonstratiegegevens/);
    expect(card).toMatch(/\| `idea-recorded.ndjson`, `idea-recorded.csv` \| IdeaRecorded \| 2 \|/);
    expect(card).toMatch(/\| `receiptCode` \| The receipt code handed to the participants\. \|/);
    expect(card).toMatch(/\| `tables` \| .*\(reduced: each table's number and composition in aggregate; the members are left out\)/);
    expect(readFileSync(join(dir, 'open-data', 'LICENSE'), 'utf8')).toMatch(/CC BY 4\.0/);
  });

  it('writes the same bytes twice', () => {
    writeOpenData(dir, records, { treeSize: 3, demo: true });
    const first = readdirSync(join(dir, 'open-data')).map((f) => readFileSync(join(dir, 'open-data', f), 'utf8'));
    writeOpenData(dir, records, { treeSize: 3, demo: true });
    expect(readdirSync(join(dir, 'open-data')).map((f) => readFileSync(join(dir, 'open-data', f), 'utf8'))).toEqual(first);
  });
});
