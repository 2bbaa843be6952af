/** @spoor/verify: the independent verifier of a published Spoor record, and the primitives it is built on. */
export { type Digest, digestEquals, EMPTY_ROOT, HASH_SIZE, equalHashes, hashChildren, hashLeaf, leafDigest, leafDigestOfSlotted, sha256Of, writeDigest } from './merkle/hash.js';
export { type HashStore, MemoryHashStore } from './merkle/hash-store.js';
export { MerkleTree } from './merkle/merkle-tree.js';
export { consistencyNodes, inclusionNodes, type NodeId, type ProofNodes, rangeNodes } from './merkle/proof-nodes.js';
export { ProofError, rootFromConsistencyProof, rootFromInclusionProof, verifyConsistency, verifyInclusion } from './merkle/verify-proof.js';
export { decodeBase64, encodeBase64 } from './note/base64.util.js';
export { type Checkpoint, formatCheckpoint, openCheckpoint, parseCheckpoint, signCheckpoint, type SignedCheckpoint } from './note/checkpoint.js';
export {
  computeKeyId,
  ed25519Signer,
  ed25519Verifier,
  formatKeyId,
  isValidKeyName,
  NoteKeyError,
  type NoteSigner,
  type NoteVerifier,
  parseSignerKey,
  parseVerifierKey,
  signerKeyString,
} from './note/note-keys.js';
export { NoteError, type NoteSignature, type OpenedNote, openNote, parseNote, signNote } from './note/signed-note.js';
export { canonicalLine, leafDataOfRecord, leafHashOfRecord } from './leaf.js';
export {
  archivePathOf,
  type ArchiveEntry,
  PUBLICATION_PATHS,
  type PublicLogRecord,
  type PublishedSnapshot,
  type Receipt,
  receiptPathOf,
} from './publication.js';
export type { CheckName, CheckResult, Replay, VerifyOptions, VerifyReport } from './verifier/report.js';
export { openSource, type PublicationSource, SourceError, splitLines } from './verifier/source.js';
export { VerifyUsageError, verifyPublication } from './verifier/verify-publication.js';
export { type CliIo, runVerifyCli, USAGE } from './cli.js';
export { replayPublicNumbers } from './replay.js';
