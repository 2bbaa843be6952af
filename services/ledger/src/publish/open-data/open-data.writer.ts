import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { isEventType, type PublicLogRecord, publicViews } from '@spoor/contracts';
import { dataCard, LICENCE_TEXT } from './data-card.js';
import { ENVELOPE_COLUMNS, type OpenDataFile } from './open-data.model.js';


/** File names in kebab case: `IdeaRecorded` -> `idea-recorded`. */
export const fileNameOf = (type: string): string => type.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** The published columns of an event type: its public fields, in declaration order (dropped ones left out). */
export const publicColumnsOf = (type: string): string[] =>
  isEventType(type) ? Object.entries(publicViews[type].fields as Record<string, unknown>).filter(([, v]) => v !== 'drop').map(([k]) => k) : [];

/** A CSV cell: scalars as they are, lists and objects as JSON (the NDJSON file keeps the structure). */
const cell = (value: unknown): string | number | boolean => {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return value as string | number | boolean;
};

/**
 * Open data from the public log: per record type one NDJSON file (the records as published, one
 * per line) and one CSV file (flat, a header row, nested values as JSON), plus the data card and
 * the licence. Deterministic: the same log gives the same bytes.
 */
export const writeOpenData = (outDir: string, records: readonly PublicLogRecord[], meta: { readonly treeSize: number; readonly demo: boolean }): OpenDataFile[] => {
  const dir = join(outDir, 'open-data');
  mkdirSync(dir, { recursive: true });
  const byType = new Map<string, PublicLogRecord[]>();
  for (const r of records) {
    const list = byType.get(r.type);
    if (list) list.push(r);
    else byType.set(r.type, [r]);
  }
  const files: OpenDataFile[] = [];
  for (const type of [...byType.keys()].sort()) {
    const rows = byType.get(type) ?? [];
    const columns = [...ENVELOPE_COLUMNS, ...publicColumnsOf(type)];
    const name = fileNameOf(type);
    const flat = (r: PublicLogRecord): Record<string, unknown> => ({ ...r, ...(r.data as Record<string, unknown>), data: undefined, type: undefined });
    writeFileSync(join(dir, `${name}.ndjson`), rows.map((r) => `${JSON.stringify(r)}\n`).join(''));
    writeFileSync(join(dir, `${name}.csv`), stringify(rows.map((r) => columns.map((c) => cell(flat(r)[c]))), { header: true, columns: [...columns], cast: { boolean: (v) => String(v) } }));
    files.push({ type, file: name, rows: rows.length, columns });
  }
  writeFileSync(join(dir, 'README.md'), dataCard(files, meta));
  writeFileSync(join(dir, 'LICENSE'), LICENCE_TEXT);
  return files;
};
