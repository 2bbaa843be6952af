import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeBase64 } from '../note/base64.util.js';
import { openCheckpoint, type SignedCheckpoint } from '../note/checkpoint.js';
import { formatKeyId, type NoteVerifier } from '../note/note-keys.js';
import type { MerkleTree } from '../merkle/merkle-tree.js';
import { verifyConsistency } from '../merkle/verify-proof.js';
import { archivePathOf, type ArchiveEntry, PUBLICATION_PATHS } from '../publication.js';
import { Mismatch } from './report.js';
import type { PublicationSource } from './source.js';

const parseIndex = (bytes: Buffer): ArchiveEntry[] => {
  let entries: unknown;
  try {
    entries = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new Mismatch('archive', 'checkpoint archive: index.json is not valid JSON');
  }
  if (!Array.isArray(entries) || entries.length === 0) throw new Mismatch('archive', 'checkpoint archive: index.json must list at least the latest checkpoint');
  let previous = -1;
  entries.forEach((e: Partial<ArchiveEntry>, i) => {
    const size = e.size;
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size <= previous || typeof e.rootHash !== 'string' || !Array.isArray(e.consistency)) {
      throw new Mismatch('archive', `checkpoint ${i + 1}: index.json entry is malformed (sizes must grow, rootHash and consistency are required)`);
    }
    previous = size;
  });
  return entries as ArchiveEntry[];
};

const proofHashes = (entry: ArchiveEntry, n: number): Buffer[] =>
  entry.consistency.map((h, j) => {
    const bytes = decodeBase64(h);
    if (!bytes) throw new Mismatch('archive', `checkpoint ${n}: consistency[${j}] is not base64`);
    return bytes;
  });

/**
 * The archive of every published checkpoint: each is signed by the key, and each extends the one
 * before it (RFC 9162 consistency proof); the last one is the latest checkpoint. Returns how many.
 */
export const checkArchive = async (source: PublicationSource, verifier: NoteVerifier, latest: SignedCheckpoint): Promise<number> => {
  const index = await source.read(PUBLICATION_PATHS.archiveIndex);
  if (!index) throw new Mismatch('archive', `checkpoint archive: ${PUBLICATION_PATHS.archiveIndex} is missing`);
  let previous: SignedCheckpoint | undefined;
  const entries = parseIndex(index);
  for (const [i, entry] of entries.entries()) {
    const n = i + 1;
    const note = await source.read(archivePathOf(entry.size));
    if (!note) throw new Mismatch('archive', `checkpoint ${n} (size ${entry.size}): ${archivePathOf(entry.size)} is missing`);
    let checkpoint: SignedCheckpoint;
    try {
      checkpoint = openCheckpoint(note.toString('utf8'), verifier);
    } catch (error) {
      throw new Mismatch('archive', `checkpoint ${n} (size ${entry.size}): ${(error as Error).message}`);
    }
    if (checkpoint.size !== entry.size || checkpoint.rootHash.toString('base64') !== entry.rootHash) {
      throw new Mismatch('archive', `checkpoint ${n} (size ${entry.size}): index.json does not match the signed checkpoint`);
    }
    if (previous) {
      try {
        verifyConsistency(previous.size, checkpoint.size, proofHashes(entry, n), previous.rootHash, checkpoint.rootHash);
      } catch (error) {
        if (error instanceof Mismatch) throw error;
        throw new Mismatch('archive', `checkpoint ${n} is not an extension of checkpoint ${i} (size ${previous.size} to ${checkpoint.size}: ${(error as Error).message})`);
      }
    }
    previous = checkpoint;
  }
  if (!previous || previous.size !== latest.size || !previous.rootHash.equals(latest.rootHash)) {
    throw new Mismatch('archive', `checkpoint archive: the last archived checkpoint (size ${previous?.size}) is not the latest checkpoint (size ${latest.size})`);
  }
  return entries.length;
};

const stateFileOf = (stateDir: string, origin: string): string => join(stateDir, `${encodeURIComponent(origin)}.checkpoint`);

/**
 * The witness: the latest checkpoint must extend the last one this verifier accepted for the same
 * origin. The verifier holds the whole log, so it recomputes the root at the earlier size instead of
 * asking for a proof. The new checkpoint is then stored (written to a temporary file, then renamed).
 */
export const checkWitness = async (stateDir: string, verifier: NoteVerifier, latest: SignedCheckpoint, tree: MerkleTree): Promise<string> => {
  const file = stateFileOf(stateDir, latest.origin);
  const stored = await readFile(file, 'utf8').catch(() => undefined);
  if (stored !== undefined) {
    let seen: SignedCheckpoint;
    try {
      seen = openCheckpoint(stored, verifier);
    } catch (error) {
      throw new Mismatch('witness', `witness: the checkpoint this verifier saw before is not signed by key ${verifier.name}+${formatKeyId(verifier.keyId)}: the log's key has changed (${(error as Error).message})`);
    }
    if (seen.size > latest.size) {
      throw new Mismatch('witness', `witness: checkpoint (size ${latest.size}) is older than the checkpoint this verifier saw before (size ${seen.size}); to check an older copy, use another state folder`);
    }
    if (!Buffer.from(tree.root(seen.size)).equals(seen.rootHash)) {
      throw new Mismatch('witness', `witness: checkpoint (size ${latest.size}) is not an extension of the checkpoint this verifier saw before (size ${seen.size}): the history was rewritten`);
    }
    if (seen.size === latest.size) return `the same checkpoint as seen before (size ${seen.size})`;
  }
  await mkdir(stateDir, { recursive: true });
  await writeFile(`${file}.tmp`, latest.note);
  await rename(`${file}.tmp`, file);
  return stored === undefined ? `first checkpoint seen for ${latest.origin}: stored in ${stateDir}` : `extends the checkpoint seen before; stored the new one`;
};
