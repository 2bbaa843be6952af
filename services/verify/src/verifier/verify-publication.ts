import { openCheckpoint, type SignedCheckpoint } from '../note/checkpoint.js';
import { formatKeyId, NoteKeyError, type NoteVerifier, parseVerifierKey } from '../note/note-keys.js';
import { PUBLICATION_PATHS } from '../publication.js';
import { checkArchive, checkWitness } from './archive-check.js';
import { checkLogLines, type LogPass } from './log-pass.js';
import { checkReceipts } from './receipts-check.js';
import { type CheckName, type CheckResult, Mismatch, type VerifyOptions, type VerifyReport } from './report.js';
import { checkSnapshot } from './snapshot-check.js';
import { openSource, type PublicationSource, SourceError } from './source.js';

/** The verifier could not start: a malformed pinned key, or a source that cannot be read at all. */
export class VerifyUsageError extends Error {
  override name = 'VerifyUsageError';
}

const keyName = (v: NoteVerifier): string => `${v.name}+${formatKeyId(v.keyId)}`;
const decodeUtf8 = (bytes: Buffer, what: string): string => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Mismatch('checkpoint', `${what} is not valid UTF-8`);
  }
};

const chooseKey = async (source: PublicationSource, pinned: string | undefined): Promise<{ verifier: NoteVerifier; pinned: boolean }> => {
  if (pinned !== undefined) {
    try {
      return { verifier: parseVerifierKey(pinned), pinned: true };
    } catch (error) {
      throw new VerifyUsageError(`--key: ${(error as Error).message}`);
    }
  }
  const published = await source.read(PUBLICATION_PATHS.publicKey);
  if (!published) throw new Mismatch('checkpoint', `checkpoint: no key was pinned and ${PUBLICATION_PATHS.publicKey} is missing`);
  try {
    return { verifier: parseVerifierKey(published.toString('utf8')), pinned: false };
  } catch (error) {
    throw new Mismatch('checkpoint', `checkpoint: ${PUBLICATION_PATHS.publicKey}: ${(error as Error).message}`);
  }
};

const openLatest = async (source: PublicationSource, verifier: NoteVerifier): Promise<SignedCheckpoint> => {
  const bytes = await source.read(PUBLICATION_PATHS.checkpoint);
  if (!bytes) throw new Mismatch('checkpoint', `checkpoint: ${PUBLICATION_PATHS.checkpoint} is missing`);
  try {
    return openCheckpoint(decodeUtf8(bytes, 'checkpoint'), verifier);
  } catch (error) {
    if (error instanceof Mismatch) throw error;
    throw new Mismatch('checkpoint', `checkpoint: ${(error as Error).message}`);
  }
};

/**
 * Checks a published record (a folder, or an http(s) URL of a published site) without trusting
 * whoever published it, in this order, stopping at the first mismatch: the checkpoint's signature;
 * every line of the log (index, canonical JSON, leaf hash against leaves.bin); the root; the
 * checkpoint archive; the witness state; every receipt; the snapshot's numbers against a replay.
 * Mismatches are reported, not thrown; a VerifyUsageError means it could not start.
 */
export const verifyPublication = async (location: string, options: VerifyOptions = {}): Promise<VerifyReport> => {
  const checks: CheckResult[] = [];
  const counts = { events: 0, checkpoints: 0, receipts: 0, ideas: 0, snapshotNumbers: 0 };
  const facts: { -readonly [K in 'origin' | 'treeSize' | 'rootHash' | 'key']?: VerifyReport[K] } = {};
  const record = (check: CheckName, status: CheckResult['status'], detail: string): void => {
    checks.push({ check, status, detail });
    options.onProgress?.(`[${status === 'passed' ? 'ok' : status}] ${check}: ${detail}`);
  };

  let source: PublicationSource;
  try {
    source = await openSource(location);
  } catch (error) {
    throw new VerifyUsageError((error as Error).message);
  }
  try {
    const { verifier, pinned } = await chooseKey(source, options.key);
    facts.key = { verifierKey: verifier.keyString, pinned };
    const latest = await openLatest(source, verifier);
    Object.assign(facts, { origin: latest.origin, treeSize: latest.size, rootHash: latest.rootHash.toString('base64') });
    record('checkpoint', 'passed', `signed by ${keyName(verifier)}${pinned ? '' : ' (not pinned: taken from the publication; pin it with --key)'}; ${latest.size} events`);

    const leaves = await source.read(PUBLICATION_PATHS.leaves);
    const log: LogPass = await checkLogLines(source, latest.size, leaves, { keepRecords: options.replay !== undefined, onProgress: options.onProgress });
    counts.events = latest.size;
    counts.ideas = log.ideas.size;
    record('log', 'passed', `${latest.size} lines, each canonical JSON with its own index`);
    record('leaves', leaves ? 'passed' : 'skipped', leaves ? `every line hashes to its leaf in leaves.bin` : 'no leaves.bin published');

    const root = Buffer.from(log.tree.root(latest.size));
    if (!root.equals(latest.rootHash)) {
      throw new Mismatch('root', `root: the ${latest.size} events hash to root ${root.toString('base64')}, the checkpoint says ${latest.rootHash.toString('base64')}`);
    }
    record('root', 'passed', `recomputed from the log: ${root.toString('base64')}`);

    counts.checkpoints = await checkArchive(source, verifier, latest);
    record('archive', 'passed', `${counts.checkpoints} checkpoint(s), each signed and each extending the one before`);

    if (options.stateDir) record('witness', 'passed', await checkWitness(options.stateDir, verifier, latest, log.tree));
    else record('witness', 'skipped', 'no state folder: nothing seen before to compare with');

    counts.receipts = await checkReceipts(source, verifier, log, log.tree);
    record('receipts', counts.receipts > 0 ? 'passed' : 'skipped', `${counts.receipts} receipt(s) proven in the log (${counts.ideas} ideas in the log)`);

    if (!options.replay) {
      record('snapshot', 'skipped', 'no replay function given');
    } else {
      const matched = await checkSnapshot(source, log.records ?? [], options.replay);
      if (matched === undefined) record('snapshot', 'skipped', 'no data/snapshot.json published');
      else {
        counts.snapshotNumbers = matched;
        record('snapshot', 'passed', `${matched} numbers equal the replay of the log`);
      }
    }
    return { ok: true, source: source.location, checks, counts, ...facts };
  } catch (error) {
    if (error instanceof Mismatch) {
      record(error.check, 'failed', error.message);
      return { ok: false, source: source.location, failure: error.message, checks, counts, ...facts };
    }
    if (error instanceof SourceError || error instanceof NoteKeyError) throw new VerifyUsageError(error.message);
    throw error;
  }
};
