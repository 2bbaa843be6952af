import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { commandDefinitions, eventDefinitions, parseEventEnvelope } from './index.js';

const srcDir = join(process.cwd(), 'contracts', 'src');
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });

/** Fields of every `z.object({...})`, `.extend({...})` or `const xxxShape = {...}` literal that lack a JSDoc comment (spreads of shapes are checked where the shape is defined). */
const undocumentedFields = (file: string): string[] => {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const missing: string[] = [];
  const visit = (node: ts.Node): void => {
    const callee = ts.isCallExpression(node) ? node.expression : undefined;
    const isShape = callee && (['z.object', 'z.strictObject'].includes(callee.getText(source)) || (ts.isPropertyAccessExpression(callee) && callee.name.text === 'extend'));
    const sharedShape = ts.isVariableDeclaration(node) && node.name.getText(source).endsWith('Shape') && node.initializer && ts.isObjectLiteralExpression(node.initializer);
    if ((ts.isCallExpression(node) && isShape) || sharedShape) {
      const [shape] = ts.isCallExpression(node) ? node.arguments : [(node as ts.VariableDeclaration).initializer];
      if (shape && ts.isObjectLiteralExpression(shape)) {
        for (const property of shape.properties.filter((p) => !ts.isSpreadAssignment(p))) {
          const hasDoc = ts.getLeadingCommentRanges(text, property.getFullStart())?.some((r) => text.slice(r.pos, r.end).startsWith('/**'));
          if (!hasDoc) missing.push(`${file.slice(srcDir.length + 1)}: ${property.name?.getText(source)}`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return missing;
};

describe('contracts', () => {
  it('document every field of every schema with a JSDoc line', () => {
    expect(sourceFiles(srcDir).flatMap(undocumentedFields)).toEqual([]);
  });

  it('name events in the past tense and commands in the imperative, each type once', () => {
    for (const [name, def] of Object.entries(eventDefinitions)) {
      expect(def.type).toBe(name);
      expect(name).toMatch(/(ed|Held|Withdrawn|Split|Cast|Put|Left)(?=[A-Z]|$)/);
    }
    for (const [name, def] of Object.entries(commandDefinitions)) {
      expect(def.type).toBe(name);
      expect(name).not.toMatch(/ed$/);
    }
  });

  it('keep names, contact details and birth dates out of every event schema', () => {
    const personal = /name|mail|phone|telefoon|address|adres|birth|geboorte|street/i;
    for (const def of Object.values(eventDefinitions)) {
      expect(Object.keys(def.schema.shape).filter((k) => personal.test(k))).toEqual([]);
    }
  });

  it('parse a stored event and name the field when its data is wrong', () => {
    const envelope = {
      id: '0b7f6c4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
      type: 'IdeaRecorded',
      streamId: 'idea-1',
      revision: 0,
      position: '7',
      data: { ideaId: 'idea-1', conversationId: 'hk-1', text: 'Meer bomen', kind: 'wish', receiptCode: 'K7M4-QX2P' },
      metadata: { commandId: 'c1', correlationId: 'c1', causationId: 'c1', actor: { id: 'actor-1', role: 'organiser' }, occurredAt: '2017-10-12T20:00:00+02:00', recordedAt: '2026-01-01T00:00:00Z', schemaVersion: 1 },
    };
    expect(parseEventEnvelope(envelope).data).toEqual(envelope.data);
    expect(() => parseEventEnvelope({ ...envelope, data: { ...envelope.data, kind: 'complaint' } })).toThrow(/kind/);
    expect(() => parseEventEnvelope({ ...envelope, type: 'IdeaDeleted' })).toThrow(/unknown event type IdeaDeleted/);
  });
});
