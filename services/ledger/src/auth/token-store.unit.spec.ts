import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TokenStore } from './token-store.js';

describe('TokenStore', () => {
  let dir: string;
  let store: TokenStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'spoor-tokens-'));
    store = new TokenStore(dir);
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('turns a token into its pseudonymous principal, and stores only its hash', () => {
    const { token, info } = store.create({ name: 'Marieke de Vries', role: 'organiser' });
    expect(store.principalOf(token)).toEqual({ actor: { id: info.actorId, role: 'organiser' } });
    store.close();
    const raw = readFileSync(join(dir, 'auth.db'));
    expect(raw.includes(Buffer.from(token))).toBe(false);
    store = new TokenStore(dir);
    expect(store.principalOf(token)?.actor.role).toBe('organiser');
  });

  it('scopes an ambassador token to its ambassador and insists on one', () => {
    const { token } = store.create({ name: 'Ahmed', role: 'ambassador', ambassadorId: 'amb-007' });
    expect(store.principalOf(token)?.ambassadorId).toBe('amb-007');
    expect(() => store.create({ name: 'X', role: 'ambassador' })).toThrow(/--ambassador/);
    expect(() => store.create({ name: 'X', role: 'moderator', ambassadorId: 'amb-1' })).toThrow(/only with --role ambassador/);
  });

  it('scopes a secretary token to its working group and insists on one', () => {
    const { token } = store.create({ name: 'Sanne', role: 'secretary', workingGroupId: 'wg-groen' });
    expect(store.principalOf(token)?.workingGroupId).toBe('wg-groen');
    expect(() => store.create({ name: 'X', role: 'secretary' })).toThrow(/--working-group/);
    expect(() => store.create({ name: 'X', role: 'organiser', workingGroupId: 'wg-1' })).toThrow(/only with --role secretary/);
  });

  it('forgets revoked and unknown tokens', () => {
    const { token, info } = store.create({ name: 'Tijdelijk', role: 'moderator' });
    expect(store.revoke(info.id)).toBe(true);
    expect(store.principalOf(token)).toBeUndefined();
    expect(store.principalOf('spoor_unknown')).toBeUndefined();
    expect(store.list()[0]?.revokedAt).not.toBeNull();
  });
});
