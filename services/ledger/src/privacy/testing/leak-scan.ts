import { ledgerProjections } from '../../read-model/projection-registry.js';
import { Projector } from '../../read-model/projector.service.js';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { unwrapKey } from '../vault/aead.js';
import { loadOrCreateMasterKey } from '../vault/master-key.js';
import type { Ledger } from '../../shared/testing/ledger-harness.js';

/** Every file under a folder, with its raw bytes (spoor.db, its WAL, projections.db, keys/...). */
export const filesUnder = (dir: string): { file: string; bytes: Buffer }[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path).map((f) => ({ ...f, file: join(name, f.file) })) : [{ file: relative(dir, path), bytes: readFileSync(path) }];
  });

/** `file: needle` for every needle found in the bytes of any file under dir. */
export const byteHits = (dir: string, needles: readonly string[]): string[] =>
  filesUnder(dir).flatMap(({ file, bytes }) => needles.filter((n) => bytes.includes(Buffer.from(n, 'utf8'))).map((n) => `${file}: ${n}`));

export const textHits = (what: string, text: string, needles: readonly string[]): string[] => needles.filter((n) => text.includes(n)).map((n) => `${what}: ${n}`);

export interface KeySecrets {
  readonly wrappedKey: Buffer;
  readonly wrappedSalt: Buffer;
  readonly dataKey: Buffer;
  readonly salt: Buffer;
}

/** A person's key material as an attacker with the disk would read it (as vault.int.spec.ts does). Close before the vault erases. */
export const captureKeySecrets = (dataDir: string, personId: string): KeySecrets => {
  const masterKey = loadOrCreateMasterKey({ dataDir, env: process.env }).key;
  const db = new Database(join(dataDir, 'keys', 'vault.db'), { readonly: true });
  try {
    const row = db.prepare<[string], { wrapped_key: Buffer; wrapped_salt: Buffer }>('SELECT wrapped_key, wrapped_salt FROM person_keys WHERE person_id = ?').get(personId);
    if (!row) throw new Error(`no key row for ${personId}`);
    return {
      wrappedKey: row.wrapped_key,
      wrappedSalt: row.wrapped_salt,
      dataKey: unwrapKey(masterKey, row.wrapped_key, `spoor.vault.v1|data-key|${personId}`, 'test'),
      salt: unwrapKey(masterKey, row.wrapped_salt, `spoor.vault.v1|salt|${personId}`, 'test'),
    };
  } finally {
    db.close();
  }
};

export const keyLeaks = (dataDir: string, secrets: KeySecrets): string[] =>
  filesUnder(join(dataDir, 'keys')).flatMap(({ file, bytes }) =>
    (['wrappedKey', 'wrappedSalt', 'dataKey', 'salt'] as const).filter((name) => bytes.includes(secrets[name])).map((name) => `keys/${file}: ${name}`),
  );

interface IntrospectedType {
  name: string;
  kind: string;
  fields: { name: string; args: { name: string; type: { kind: string } }[]; type: TypeRef }[] | null;
}
interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

const INTROSPECT = `{ __schema { queryType { name } types { name kind fields { name args { name type { kind } } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`;
const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
// Small pages keep the full selection under the complexity limit; the test data is small anyway.
const pageOf = (field: { args: { name: string }[] }): string => (field.args.some((a) => a.name === 'first') ? '(first: 20)' : '');

/**
 * Every field of every root query, down to `depth` levels, skipping fields that need arguments:
 * so a new public field is scanned without anyone remembering to add it here.
 */
export const fullSelections = async (ledger: Ledger, depth: number): Promise<Map<string, { requiredArgs: string[]; paged: boolean; selection: string }>> => {
  const res = await ledger.gql(INTROSPECT);
  const schema = res.data?.['__schema'] as { queryType: { name: string }; types: IntrospectedType[] };
  const types = new Map(schema.types.map((t) => [t.name, t]));
  const select = (typeName: string, level: number): string => {
    const type = types.get(typeName);
    if (!type?.fields) return '';
    const parts = type.fields
      .filter((f) => f.args.every((a) => a.type.kind !== 'NON_NULL'))
      .map((f) => {
        const inner = named(f.type);
        if (inner.kind === 'SCALAR' || inner.kind === 'ENUM') return f.name;
        if (level >= depth) return '';
        const sub = select(inner.name ?? '', level + 1);
        return sub ? `${f.name}${pageOf(f)} { ${sub} }` : '';
      })
      .filter(Boolean);
    return parts.join(' ');
  };
  const rootFields = types.get(schema.queryType.name)?.fields ?? [];
  return new Map(
    rootFields.map((f) => {
      const inner = named(f.type);
      const selection = inner.kind === 'SCALAR' || inner.kind === 'ENUM' ? '' : `{ ${select(inner.name ?? '', 2)} }`;
      return [f.name, { requiredArgs: f.args.filter((a) => a.type.kind === 'NON_NULL').map((a) => a.name), paged: pageOf(f) !== '', selection }];
    }),
  );
};

const STAGES = ['registered', 'conversation', 'summit', 'working-group'];

/** Ids the public queries are asked about: a receipt code, a process, a conversation, an idea, a person. */
export interface ScanIds {
  readonly receiptCode: string;
  readonly processId: string;
  readonly id: string;
  readonly conversation: string;
  readonly idea: string;
}

/** `query X: needle` for every needle in any answer of any public root query, and `read model X: needle` for the read models. */
export const publicApiHits = async (ledger: Ledger, wanted: readonly string[], ids: ScanIds): Promise<string[]> => {
  const hits: string[] = [];
  const argsFor: Record<string, Record<string, string>[]> = {
    representativeness: STAGES.map((stage) => ({ stage })),
    ideaByReceiptCode: [{ receiptCode: ids.receiptCode }],
  };
  const byName: Record<string, string> = { id: ids.id, processId: ids.processId, receiptCode: ids.receiptCode, stage: 'registered' };
  const fallbackIds: Record<string, string> = { process: ids.processId, conversation: ids.conversation, idea: ids.idea };
  for (const [field, { requiredArgs, paged, selection }] of await fullSelections(ledger, 5)) {
    const calls = argsFor[field] ?? [Object.fromEntries(requiredArgs.map((a) => [a, a === 'id' ? (fallbackIds[field] ?? ids.id) : (byName[a] ?? 'x')]))];
    for (const args of calls.map((a): Record<string, string | number> => (paged ? { ...a, first: 20 } : a))) {
      const argText = Object.keys(args).length ? `(${Object.entries(args).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ')})` : '';
      const res = await ledger.gql(`{ ${field}${argText} ${selection} }`);
      const refused = res.errors?.filter((e) => !['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'].includes(e.extensions?.code ?? ''));
      if (refused && refused.length > 0) throw new Error(`query ${field}(${JSON.stringify(args)}) failed: ${JSON.stringify(refused)}`);
      hits.push(...textHits(`query ${field}`, JSON.stringify(res), wanted));
    }
  }
  const projector = ledger.app.get(Projector);
  for (const projection of ledgerProjections) hits.push(...textHits(`read model ${projection.name}`, JSON.stringify(projector.model(projection)), wanted));
  return hits;
};
