/**
 * C2SP signed notes: text, a blank line, then one line per signature, `— <name> <base64(4-byte
 * key id || signature)>`. The signed message is the text, final newline included.
 */
import { decodeBase64, encodeBase64 } from './base64.util.js';
import { formatKeyId, isValidKeyName, type NoteSigner, type NoteVerifier } from './note-keys.js';

const EM_DASH = '\u2014';
const MAX_SIGNATURES = 100;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A note that is malformed, or not signed by the expected key. */
export class NoteError extends Error {
  override name = 'NoteError';
}

export interface NoteSignature {
  readonly name: string;
  readonly keyId: number;
  /** The signature bytes, without the key id. */
  readonly signature: Buffer;
}

export interface OpenedNote {
  readonly text: string;
  readonly signatures: readonly NoteSignature[];
}

/** Note text is non-empty UTF-8 ending in a newline, with no control characters but newlines. */
const checkText = (text: string): void => {
  if (text.length === 0 || !text.endsWith('\n')) throw new NoteError('malformed note: the text must end with a newline');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0009\u000b-\u001f\u007f]/.test(text)) throw new NoteError('malformed note: the text holds a control character');
  if (LONE_SURROGATE.test(text)) throw new NoteError('malformed note: the text is not valid UTF-8');
};

/** Signs note text; returns the whole note (text, blank line, signature line). */
export const signNote = (text: string, signer: NoteSigner): string => {
  checkText(text);
  if (!isValidKeyName(signer.name)) throw new NoteError(`malformed note: invalid key name "${signer.name}"`);
  const id = Buffer.alloc(4);
  id.writeUInt32BE(signer.keyId);
  const signature = signer.sign(Buffer.from(text, 'utf8'));
  return `${text}\n${EM_DASH} ${signer.name} ${encodeBase64(Buffer.concat([id, signature]))}\n`;
};

/** Splits a note into text and signatures without checking any signature. */
export const parseNote = (message: string): OpenedNote => {
  const split = message.lastIndexOf('\n\n');
  if (split < 0) throw new NoteError('malformed note: no blank line before the signatures');
  const text = message.slice(0, split + 1);
  checkText(text);
  const block = message.slice(split + 2);
  if (!block.endsWith('\n')) throw new NoteError('malformed note: the last signature line must end with a newline');
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > MAX_SIGNATURES) throw new NoteError(`malformed note: more than ${MAX_SIGNATURES} signatures`);
  const signatures = lines.map((line, i) => {
    const match = /^\u2014 (\S+) (\S+)$/u.exec(line);
    const bytes = match ? decodeBase64(match[2]) : undefined;
    if (!match || !isValidKeyName(match[1]) || !bytes || bytes.length < 5) throw new NoteError(`malformed note: signature line ${i + 1} is not "${EM_DASH} <name> <base64>"`);
    return { name: match[1], keyId: bytes.readUInt32BE(0), signature: bytes.subarray(4) };
  });
  return { text, signatures };
};

/**
 * Opens a note signed by `verifier`: its signature must be there and valid. Signatures by other
 * keys are kept but not checked (a witness may add cosignatures).
 */
export const openNote = (message: string, verifier: NoteVerifier): OpenedNote => {
  const note = parseNote(message);
  const keyName = `${verifier.name}+${formatKeyId(verifier.keyId)}`;
  const own = note.signatures.filter((s) => s.name === verifier.name && s.keyId === verifier.keyId);
  if (own.length === 0) {
    const by = note.signatures.map((s) => `${s.name}+${formatKeyId(s.keyId)}`).join(', ');
    throw new NoteError(`signature is not by key ${keyName} (signed by ${by})`);
  }
  const message_ = Buffer.from(note.text, 'utf8');
  if (!own.every((s) => verifier.verify(message_, s.signature))) throw new NoteError(`invalid signature for key ${keyName}`);
  return note;
};
