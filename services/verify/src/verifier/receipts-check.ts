import { decodeBase64 } from '../note/base64.util.js';
import { openCheckpoint, type SignedCheckpoint } from '../note/checkpoint.js';
import type { NoteVerifier } from '../note/note-keys.js';
import type { MerkleTree } from '../merkle/merkle-tree.js';
import { verifyInclusion } from '../merkle/verify-proof.js';
import { PUBLICATION_PATHS, type Receipt, receiptPathOf } from '../publication.js';
import type { LogPass } from './log-pass.js';
import { Mismatch } from './report.js';
import type { PublicationSource } from './source.js';

const receiptCodes = async (source: PublicationSource): Promise<string[]> => {
  const listed = await source.list(PUBLICATION_PATHS.receiptsDir);
  if (listed) return listed.filter((name) => name.endsWith('.json') && name !== 'index.json').map((name) => name.slice(0, -'.json'.length)).sort();
  const index = await source.read(PUBLICATION_PATHS.receiptsIndex);
  if (!index) return [];
  const codes: unknown = JSON.parse(index.toString('utf8'));
  if (!Array.isArray(codes) || !codes.every((c) => typeof c === 'string')) throw new Mismatch('receipts', 'receipts: index.json must be a list of receipt codes');
  return codes as string[];
};

const hashOf = (text: unknown, where: string): Buffer => {
  const bytes = typeof text === 'string' ? decodeBase64(text) : undefined;
  if (!bytes) throw new Mismatch('receipts', `${where} is not base64`);
  return bytes;
};

/**
 * Every receipt: its checkpoint is signed by the key and is a checkpoint of this log, its inclusion
 * proof leads from its leaf hash to that checkpoint's root, and the log line at its index is the
 * IdeaRecorded with its receipt code. Returns how many receipts were checked.
 */
export const checkReceipts = async (source: PublicationSource, verifier: NoteVerifier, log: LogPass, tree: MerkleTree): Promise<number> => {
  const codes = await receiptCodes(source);
  const opened = new Map<string, SignedCheckpoint>();
  for (const code of codes) {
    const where = `receipt ${code}`;
    const bytes = await source.read(receiptPathOf(code));
    if (!bytes) throw new Mismatch('receipts', `${where}: ${receiptPathOf(code)} is missing`);
    let receipt: Receipt;
    try {
      receipt = JSON.parse(bytes.toString('utf8')) as Receipt;
    } catch {
      throw new Mismatch('receipts', `${where}: not valid JSON`);
    }
    if (receipt.receiptCode !== code) throw new Mismatch('receipts', `${where}: the file holds receipt code ${JSON.stringify(receipt.receiptCode)}`);
    if (typeof receipt.checkpoint !== 'string' || !Array.isArray(receipt.inclusionProof)) throw new Mismatch('receipts', `${where}: checkpoint or inclusionProof missing`);
    let checkpoint = opened.get(receipt.checkpoint);
    if (!checkpoint) {
      try {
        checkpoint = openCheckpoint(receipt.checkpoint, verifier);
      } catch (error) {
        throw new Mismatch('receipts', `${where}: checkpoint: ${(error as Error).message}`);
      }
      if (checkpoint.size > tree.size || !Buffer.from(tree.root(checkpoint.size)).equals(checkpoint.rootHash)) {
        throw new Mismatch('receipts', `${where}: its checkpoint (size ${checkpoint.size}) is not a checkpoint of this log`);
      }
      opened.set(receipt.checkpoint, checkpoint);
    }
    if (receipt.treeSize !== checkpoint.size) throw new Mismatch('receipts', `${where}: treeSize ${receipt.treeSize} is not its checkpoint's size ${checkpoint.size}`);
    const leafHash = hashOf(receipt.leafHash, `${where}: leafHash`);
    try {
      verifyInclusion(receipt.index, receipt.treeSize, leafHash, receipt.inclusionProof.map((h, i) => hashOf(h, `${where}: inclusionProof[${i}]`)), checkpoint.rootHash);
    } catch (error) {
      if (error instanceof Mismatch) throw error;
      throw new Mismatch('receipts', `${where}: the inclusion proof does not hold (${(error as Error).message})`);
    }
    const idea = log.ideas.get(code);
    if (!idea || idea.index !== receipt.index || idea.ideaId !== receipt.ideaId) {
      throw new Mismatch('receipts', `${where}: event ${receipt.index} is not the IdeaRecorded of idea ${receipt.ideaId} with this receipt code`);
    }
    if (!Buffer.from(tree.leafHash(receipt.index)).equals(leafHash)) throw new Mismatch('receipts', `${where}: its leaf hash differs from event ${receipt.index}`);
  }
  return codes.length;
};
