import Database from 'better-sqlite3';
import { join } from 'node:path';
import { publicViewOf } from '@spoor/contracts';
import type { RecordedEvent } from '@spoor/event-store';
import { silentProgress } from '../../cli/progress.js';
import { CommandExecutor } from '../../commands/command-executor.js';
import { generateLeidenDemo } from '../../demo/leiden-demo.js';
import { loadDemo } from '../../demo-loader/load-demo.js';
import type { Vault } from '../../privacy/vault/vault.js';
import { sha256Commitment } from '../../read-model/public-event.js';
import { type Ledger, startLedger } from '../../shared/testing/ledger-harness.js';
import { VAULT } from '../../store/tokens.js';
import { ballotBoxKeyId, inPublishedOrder, openBallots, type SealedBallot } from './ballot-box.js';

/** Every string or number anywhere in a value. */
const scalars = (value: unknown, out = new Set<string>()): Set<string> => {
  if (value === null || value === undefined) return out;
  if (typeof value === 'object') for (const v of Object.values(value)) scalars(v, out);
  else out.add(String(value));
  return out;
};

/**
 * An attacker with the whole store (and, after closing, the vault) tries to match spent voting
 * codes to ballots. docs/secret-ballot.md says why each attempt must fail; this test makes them.
 */
describe('the secret ballot: a code and its ballot cannot be joined', () => {
  let ledger: Ledger;
  let log: RecordedEvent[];
  let casts: RecordedEvent[];
  let closed: RecordedEvent;
  const ballotsOf = (e: RecordedEvent) => (e.data as { ballots: string[][] }).ballots;

  beforeAll(async () => {
    ledger = await startLedger();
    await loadDemo(ledger.store, ledger.app.get(CommandExecutor), generateLeidenDemo(), silentProgress);
    log = (await ledger.store.readAll({ maxCount: 1_000_000 })).events;
    casts = log.filter((e) => e.type === 'BallotCast');
    closed = log.find((e) => e.type === 'VotingClosed')!;
    expect(casts.length).toBeGreaterThan(500);
    expect(ballotsOf(closed)).toHaveLength(casts.length);
  }, 240_000);
  afterAll(() => ledger.close());

  it('stores the code only as a hash, and the ballot only sealed', () => {
    for (const e of casts) {
      expect(Object.keys(e.data as object).sort()).toEqual(['codeHash', 'processId', 'sealedBallot']);
      expect(JSON.stringify(e.data)).not.toMatch(/"(choices|ballotId|themeId)"/);
    }
  });

  it('cannot open a sealed ballot once voting has closed: the box key is destroyed', async () => {
    const vault = ledger.app.get<Vault>(VAULT);
    const processId = (closed.data as { processId: string }).processId;
    for (let i = 0; i < 50 && vault.has(ballotBoxKeyId(processId)); i++) await new Promise((r) => setTimeout(r, 100));
    expect(vault.has(ballotBoxKeyId(processId))).toBe(false);
    const sealed = casts.map((e) => (e.data as { sealedBallot: SealedBallot }).sealedBallot);
    expect(() => openBallots(vault, processId, sealed.slice(0, 1))).toThrow(/already opened and its key destroyed/);
  });

  it('gives every sealed ballot the same length, so length tells nothing', () => {
    const lengths = new Set(casts.map((e) => (e.data as { sealedBallot: SealedBallot }).sealedBallot.ciphertext.length));
    expect(lengths.size).toBe(1);
  });

  it('shares no id, no value and no time between a spent code and a published ballot', () => {
    const processId = (closed.data as { processId: string }).processId;
    const published = scalars(ballotsOf(closed));
    for (const e of casts) {
      const shared = [...scalars(e.data)].filter((v) => v !== processId && published.has(v));
      expect(shared).toEqual([]);
    }
    // The ballots carry no time of their own: all of them appear in one event, after the last cast.
    const lastCast = casts.at(-1)!;
    expect(closed.position).toBeGreaterThan(lastCast.position);
  });

  it('publishes the ballots in an order that depends only on their contents, not on the order of casting', () => {
    const ballots = ballotsOf(closed);
    expect(ballots).toEqual(inPublishedOrder(ballots));
    expect(inPublishedOrder([...ballots].reverse())).toEqual(ballots);
  });

  it('finds no join in SQL over the store file either', () => {
    const db = new Database(join(ledger.dataDir, 'spoor.db'), { readonly: true });
    try {
      const columns = (db.prepare(`SELECT name FROM pragma_table_info('events')`).all() as { name: string }[]).map((c) => c.name);
      const closedRow = db.prepare(`SELECT * FROM events WHERE type = 'VotingClosed'`).get() as Record<string, unknown>;
      const castRows = db.prepare(`SELECT * FROM events WHERE type = 'BallotCast'`).all() as Record<string, unknown>[];
      // A join needs a column whose value a cast row shares with the row holding the ballots, other than the stream they both
      // belong to. created_at is left out: one row holds every ballot, so its time fits all casts or none.
      const joinable = columns.filter((c) => !['stream_id', 'type', 'data', 'metadata', 'created_at'].includes(c) && castRows.some((r) => r[c] === closedRow[c]));
      expect(joinable).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('publishes nothing of a cast but the process it was cast in', () => {
    for (const e of casts) expect(publicViewOf('BallotCast', e.data as never, sha256Commitment)).toEqual({ processId: (e.data as { processId: string }).processId });
  });
});
