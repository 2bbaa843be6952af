import { readFileSync } from 'node:fs';
import { generatedFile, generateFieldDocs } from '../scripts/field-docs.mjs';
import { fieldDocs } from './field-docs.generated.js';
import { eventDefinitions } from './registry.js';

describe('field docs (the open-data card reads them)', () => {
  it('are up to date with the JSDoc in the contracts: run `node contracts/scripts/field-docs.mjs` after changing an event', () => {
    expect(readFileSync(generatedFile, 'utf8')).toBe(generateFieldDocs());
  });

  it('describe every field of every event type', () => {
    for (const [type, definition] of Object.entries(eventDefinitions)) {
      const fields = Object.keys(definition.schema.shape).sort();
      expect([type, Object.keys(fieldDocs[type] ?? {}).sort()]).toEqual([type, fields]);
      for (const field of fields) expect([type, field, (fieldDocs[type]?.[field] ?? '').length > 3]).toEqual([type, field, true]);
    }
  });
});
