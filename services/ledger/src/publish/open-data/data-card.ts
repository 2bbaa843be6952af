import { fieldDocs, type FieldVisibility, isEventType, publicViews } from '@spoor/contracts';
import { ENVELOPE_COLUMNS, type OpenDataFile } from './open-data.model.js';

const ENVELOPE_DOCS: Readonly<Record<(typeof ENVELOPE_COLUMNS)[number], string>> = {
  index: 'Leaf index in the public log (Merkle tree), from 0; the order of the whole log.',
  id: 'Unique id of the event.',
  stream: 'The aggregate the event belongs to, e.g. `idea-…`.',
  revision: 'Position of the event in its stream, from 0.',
  occurredAt: 'When it happened in the world (ISO 8601 with offset).',
  recordedAt: 'When the ledger recorded it.',
  recordedBy: 'The role of whoever recorded it (organiser, moderator, ambassador, facilitator, secretary, voter, system); never who.',
  demo: 'true for generated demonstration data; empty otherwise.',
};

const visibilityNote = (v: FieldVisibility): string =>
  v === 'public' ? '' : v === 'commitment' ? ' *(published as a SHA-256 commitment `sha256:<hex>`, not the value)*' : v === 'drop' ? '' : ` *(reduced: ${v.describe})*`;

const escape = (text: string): string => text.replace(/\|/g, '\\|');

/** The data card: what each file is, every field with its meaning (from the contracts' JSDoc), and what is left out. */
export const dataCard = (files: readonly OpenDataFile[], meta: { readonly treeSize: number; readonly demo: boolean }): string => {
  const lines = [
    '# Open data / Open data',
    '',
    meta.demo
      ? '> **Demonstratiegegevens / demonstration data.** Deze bestanden komen uit een gegenereerd voorbeeldproces, niet uit een echt proces. These files come from a generated example process, not a real one.'
      : '',
    '',
    `Alle openbare gebeurtenissen van het participatieproces, zoals het publieke logboek ze bevat (boom­grootte ${meta.treeSize}). ` +
      `Elk bestand bevat één soort gebeurtenis, als NDJSON (één JSON-object per regel, precies zoals in \`log/events.ndjson\`) en als CSV (UTF-8, komma's, kopregel; lijsten en objecten als JSON). ` +
      'Persoonsgegevens staan er niet in: van elke gebeurtenis is alleen de openbare weergave gepubliceerd (zie docs/privacy.md). Tabellen van persoonskenmerken met aantallen van 1 tot 4 worden niet gepubliceerd.',
    '',
    `Every public event of the participation process, as the public log holds them (tree size ${meta.treeSize}). ` +
      'Each file holds one kind of event, as NDJSON (one JSON object per line, exactly as in `log/events.ndjson`) and as CSV (UTF-8, commas, a header row; lists and objects as JSON). ' +
      'There is no personal data in them: only each event\'s public view is published. Check them against the signed checkpoint with `npx spoor verify`.',
    '',
    '**Licentie / licence:** [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/) (see `LICENSE`). Naamsvermelding / attribution: "Spoor participatielogboek".',
    '',
    '## Bestanden / files',
    '',
    '| file | event | rows |',
    '| --- | --- | ---: |',
    ...files.map((f) => `| \`${f.file}.ndjson\`, \`${f.file}.csv\` | ${f.type} | ${f.rows} |`),
    '',
    '## Kolommen in elk bestand / columns in every file',
    '',
    '| column | meaning |',
    '| --- | --- |',
    ...ENVELOPE_COLUMNS.map((c) => `| \`${c}\` | ${escape(ENVELOPE_DOCS[c])} |`),
    '',
  ];
  for (const f of files) {
    if (!isEventType(f.type)) continue;
    const spec = publicViews[f.type].fields as Record<string, FieldVisibility>;
    const docs = fieldDocs[f.type] ?? {};
    const dropped = Object.entries(spec).filter(([, v]) => v === 'drop').map(([k]) => `\`${k}\``);
    lines.push(`## ${f.type} (\`${f.file}\`)`, '', '| field | meaning |', '| --- | --- |');
    for (const column of f.columns.slice(ENVELOPE_COLUMNS.length)) {
      lines.push(`| \`${column}\` | ${escape(docs[column] ?? '')}${visibilityNote(spec[column] ?? 'public')} |`);
    }
    if (dropped.length > 0) lines.push('', `Niet gepubliceerd / not published (private): ${dropped.join(', ')}.`);
    lines.push('');
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
};

export const LICENCE_TEXT = `Creative Commons Attribution 4.0 International (CC BY 4.0)

The open data in this folder is licensed under the Creative Commons Attribution 4.0 International
License. You are free to share (copy and redistribute the material in any medium or format) and
adapt (remix, transform, and build upon the material) for any purpose, even commercially, under
the following terms: Attribution — you must give appropriate credit ("Spoor participatielogboek"),
provide a link to the license, and indicate if changes were made. No additional restrictions —
you may not apply legal terms or technological measures that legally restrict others from doing
anything the license permits.

The full legal code is at https://creativecommons.org/licenses/by/4.0/legalcode
`;
