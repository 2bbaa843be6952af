/**
 * C2SP tlog-checkpoint: the note text `<origin>\n<tree size>\n<base64 root hash>\n` followed by
 * optional non-empty extension lines, signed as a C2SP signed note by the log's key, whose name is
 * the origin.
 */
import { decodeBase64, encodeBase64 } from './base64.util.js';
import type { NoteSigner, NoteVerifier } from './note-keys.js';
import { NoteError, openNote, signNote } from './signed-note.js';

export interface Checkpoint {
  readonly origin: string;
  readonly size: number;
  readonly rootHash: Buffer;
  readonly extensions: readonly string[];
}

export interface SignedCheckpoint extends Checkpoint {
  /** The whole signed note, as published. */
  readonly note: string;
}

export const formatCheckpoint = (c: { origin: string; size: number; rootHash: Uint8Array; extensions?: readonly string[] }): string => {
  const text = [c.origin, String(c.size), encodeBase64(c.rootHash), ...(c.extensions ?? [])].join('\n') + '\n';
  parseCheckpoint(text);
  return text;
};

/** Parses checkpoint text strictly; the error names the line that is wrong. */
export const parseCheckpoint = (text: string): Checkpoint => {
  if (!text.endsWith('\n')) throw new NoteError('checkpoint: the text must end with a newline');
  const lines = text.slice(0, -1).split('\n');
  if (lines.length < 3) throw new NoteError(`checkpoint: expected origin, tree size and root hash lines, got ${lines.length} line(s)`);
  const [origin, sizeLine, rootLine, ...extensions] = lines as [string, string, string, ...string[]];
  if (origin.length === 0 || /\s/u.test(origin)) throw new NoteError('checkpoint: the origin line must be non-empty, without spaces');
  if (!/^(0|[1-9][0-9]*)$/.test(sizeLine) || !Number.isSafeInteger(Number(sizeLine))) throw new NoteError(`checkpoint: the tree size "${sizeLine}" is not a decimal number without leading zeros`);
  const rootHash = decodeBase64(rootLine);
  if (!rootHash || rootHash.length !== 32) throw new NoteError('checkpoint: the root hash must be the base64 of 32 bytes');
  if (extensions.some((l) => l.length === 0)) throw new NoteError('checkpoint: extension lines must not be empty');
  return { origin, size: Number(sizeLine), rootHash, extensions };
};

export const signCheckpoint = (c: { origin: string; size: number; rootHash: Uint8Array; extensions?: readonly string[] }, signer: NoteSigner): SignedCheckpoint => {
  if (signer.name !== c.origin) throw new NoteError(`checkpoint: the key name "${signer.name}" must equal the origin "${c.origin}"`);
  const note = signNote(formatCheckpoint(c), signer);
  return { ...parseCheckpoint(formatCheckpoint(c)), note };
};

/** Opens a signed checkpoint: signature by `verifier`, strict format, origin equal to the key name. */
export const openCheckpoint = (note: string, verifier: NoteVerifier): SignedCheckpoint => {
  const { text } = openNote(note, verifier);
  const checkpoint = parseCheckpoint(text);
  if (checkpoint.origin !== verifier.name) throw new NoteError(`checkpoint: the origin "${checkpoint.origin}" is not the key name "${verifier.name}"`);
  return { ...checkpoint, note };
};
