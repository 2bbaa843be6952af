import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import { ActorRoleSchema, type ActorRole } from '@spoor/contracts';
import type { Principal } from '../shared/use-case.js';

/** Roles a person can hold; `system` is reserved for the ledger's own jobs. */
// Neither the ledger itself nor an anonymous voter (whose credential is a one-time code) holds a token.
export const TokenRoleSchema = ActorRoleSchema.exclude(['system', 'voter']);
export type TokenRole = Exclude<ActorRole, 'system' | 'voter'>;

export interface TokenInfo {
  readonly id: string;
  readonly name: string;
  readonly role: TokenRole;
  readonly actorId: string;
  readonly ambassadorId: string | null;
  readonly workingGroupId: string | null;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

interface TokenRow {
  id: string;
  name: string;
  role: TokenRole;
  actor_id: string;
  ambassador_id: string | null;
  working_group_id: string | null;
  created_at: string;
  revoked_at: string | null;
}

const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex');
const toInfo = (r: TokenRow): TokenInfo => ({
  id: r.id,
  name: r.name,
  role: r.role,
  actorId: r.actor_id,
  ambassadorId: r.ambassador_id,
  workingGroupId: r.working_group_id,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

/**
 * Bearer tokens, stored as SHA-256 hashes in `auth.db` in the data folder. Tokens are 256 random
 * bits, so a plain hash is enough (no password stretching needed); the token itself is shown once.
 * The name is for the organisers' own overview and never enters an event: events carry the
 * pseudonymous actor id.
 */
export class TokenStore {
  private readonly db: Database.Database;

  constructor(dataDir: string) {
    fs.mkdirSync(dataDir, { recursive: true });
    this.db = new Database(path.join(dataDir, 'auth.db'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS tokens (
      id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, actor_id TEXT NOT NULL,
      ambassador_id TEXT, token_hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, revoked_at TEXT)`);
    const columns = (this.db.prepare('PRAGMA table_info(tokens)').all() as { name: string }[]).map((c) => c.name);
    if (!columns.includes('working_group_id')) this.db.exec('ALTER TABLE tokens ADD COLUMN working_group_id TEXT');
  }

  create(input: { name: string; role: TokenRole; ambassadorId?: string; workingGroupId?: string }, now = new Date()): { token: string; info: TokenInfo } {
    if (input.role === 'ambassador' && !input.ambassadorId) throw new Error('an ambassador token needs --ambassador <ambassadorId>');
    if (input.role !== 'ambassador' && input.ambassadorId) throw new Error('--ambassador goes only with --role ambassador');
    if (input.role === 'secretary' && !input.workingGroupId) throw new Error('a secretary token needs --working-group <workingGroupId>');
    if (input.role !== 'secretary' && input.workingGroupId) throw new Error('--working-group goes only with --role secretary');
    const id = randomBytes(6).toString('hex');
    const token = `spoor_${randomBytes(32).toString('base64url')}`;
    const row: TokenRow = {
      id,
      name: input.name,
      role: input.role,
      actor_id: `actor-${id}`,
      ambassador_id: input.ambassadorId ?? null,
      working_group_id: input.workingGroupId ?? null,
      created_at: now.toISOString(),
      revoked_at: null,
    };
    this.db
      .prepare('INSERT INTO tokens (id, name, role, actor_id, ambassador_id, working_group_id, token_hash, created_at) VALUES (@id, @name, @role, @actor_id, @ambassador_id, @working_group_id, @hash, @created_at)')
      .run({ ...row, hash: hashOf(token) });
    return { token, info: toInfo(row) };
  }

  /** The principal a token stands for, or undefined for an unknown or revoked token. */
  principalOf(token: string): Principal | undefined {
    const row = this.db.prepare('SELECT * FROM tokens WHERE token_hash = ? AND revoked_at IS NULL').get(hashOf(token)) as TokenRow | undefined;
    if (!row) return undefined;
    return {
      actor: { id: row.actor_id, role: row.role },
      ...(row.ambassador_id ? { ambassadorId: row.ambassador_id } : {}),
      ...(row.working_group_id ? { workingGroupId: row.working_group_id } : {}),
    };
  }

  list(): TokenInfo[] {
    return (this.db.prepare('SELECT * FROM tokens ORDER BY created_at').all() as TokenRow[]).map(toInfo);
  }

  revoke(id: string, now = new Date()): boolean {
    return this.db.prepare('UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(now.toISOString(), id).changes === 1;
  }

  close(): void {
    this.db.close();
  }
}
