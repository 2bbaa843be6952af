import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryHashStore, MerkleTree, verifyConsistency, verifyInclusion } from '@spoor/verify';
import { LogDb } from './log-db.js';
import { LOG_SIGNING_KEY_ENV, loadOrCreateLogSigner } from './signing-key.js';

const leaf = (i: number) => Buffer.from(`event ${i}`);

describe('LogDb: the tree stored in log.db', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'spoor-logdb-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const appendTo = (db: LogDb, tree: MerkleTree, from: number, to: number) => {
    for (let i = from; i < to; i++) {
      tree.appendData(leaf(i));
      db.noteLeaf({ index: i, eventId: `e-${i}`, position: BigInt(i + 1) }, i % 4 === 0 ? { receiptCode: `R-${i}`, ideaId: `idea-${i}` } : undefined);
    }
  };

  it('continues after a restart where it was, with the same root as a tree built in one go', () => {
    let db = new LogDb(dataDir);
    appendTo(db, new MerkleTree(db), 0, 23);
    db.close();
    db = new LogDb(dataDir);
    expect([db.size, db.position]).toEqual([23, 23n]);
    const tree = new MerkleTree(db);
    appendTo(db, tree, 23, 50);
    const reference = new MerkleTree(new MemoryHashStore());
    for (let i = 0; i < 50; i++) reference.appendData(leaf(i));
    expect(Buffer.from(tree.root()).equals(Buffer.from(reference.root()))).toBe(true);
    verifyInclusion(7, 50, tree.leafHash(7), tree.inclusionProof(7), reference.root());
    verifyConsistency(23, 50, tree.consistencyProof(23), reference.root(23), reference.root());
    db.close();
  });

  it('answers from buffered appends before they are flushed, and forgets unflushed ones on a crash', () => {
    const db = new LogDb(dataDir);
    const tree = new MerkleTree(db);
    appendTo(db, tree, 0, 5);
    db.flush();
    appendTo(db, tree, 5, 9);
    expect(db.indexOfEvent('e-8')).toBe(8);
    expect(db.idea('R-8')).toEqual({ receiptCode: 'R-8', ideaId: 'idea-8', index: 8 });
    expect(tree.inclusionProof(8)).toHaveLength(1);
    // Reopen without closing (close would flush): the second batch was never written.
    const other = new LogDb(dataDir);
    expect([other.size, other.position, other.indexOfEvent('e-8')]).toEqual([5, 5n, undefined]);
    other.close();
    db.close();
  });

  it('keeps the checkpoint archive, and resetLeaves keeps it while forgetting every leaf', () => {
    const db = new LogDb(dataDir);
    appendTo(db, new MerkleTree(db), 0, 4);
    db.addCheckpoint({ size: 4, rootHash: Buffer.alloc(32, 1), note: 'note\n', consistency: [Buffer.alloc(32, 2)], createdAt: '2017-11-01T00:00:00.000Z' });
    db.resetLeaves();
    expect([db.size, db.position, db.ideasBefore(10)]).toEqual([0, undefined, []]);
    expect(db.archive()).toEqual([{ size: 4, rootHash: Buffer.alloc(32, 1), note: 'note\n', consistency: [Buffer.alloc(32, 2)], createdAt: '2017-11-01T00:00:00.000Z' }]);
    db.close();
  });
});

describe('the log signing key', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'spoor-logkey-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is created on first start as a 0600 file, named after the origin, and read back the same', () => {
    const first = loadOrCreateLogSigner({ dataDir, origin: 'spoor.test/leiden', env: {} });
    expect(first.source).toEqual({ kind: 'file', path: join(dataDir, 'keys', 'log-signing.key'), created: true });
    expect(statSync(join(dataDir, 'keys', 'log-signing.key')).mode & 0o777).toBe(0o600);
    expect(first.signer.name).toBe('spoor.test/leiden');
    const again = loadOrCreateLogSigner({ dataDir, origin: 'spoor.test/leiden', env: {} });
    expect(again.signer.verifier.keyString).toBe(first.signer.verifier.keyString);
  });

  it('comes from SPOOR_LOG_SIGNING_KEY when set, refusing a malformed one by name', () => {
    const seed = Buffer.alloc(32, 7).toString('base64');
    const a = loadOrCreateLogSigner({ dataDir, origin: 'o', env: { [LOG_SIGNING_KEY_ENV]: seed } });
    expect(a.source).toEqual({ kind: 'env', variable: LOG_SIGNING_KEY_ENV });
    expect(() => loadOrCreateLogSigner({ dataDir, origin: 'o', env: { [LOG_SIGNING_KEY_ENV]: 'short' } })).toThrow(/^SPOOR_LOG_SIGNING_KEY: /);
  });
});
