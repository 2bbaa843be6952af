import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { formatCheckpoint, openCheckpoint, parseCheckpoint, signCheckpoint } from './checkpoint.js';
import { ed25519Signer, NoteKeyError, parseSignerKey, parseVerifierKey, signerKeyString } from './note-keys.js';
import { NoteError, openNote, parseNote, signNote } from './signed-note.js';

/** Published vectors of golang.org/x/mod/sumdb/note (see the fixture's `source`). */
const go = JSON.parse(readFileSync(new URL('./fixtures/go-note-vectors.json', import.meta.url), 'utf8')) as {
  peterSignerKey: string;
  peterVerifierKey: string;
  enochVerifierKey: string;
  text: string;
  peterSignatureLine: string;
  enochSignatureLine: string;
  badVerifierKeys: string[];
};

describe('signed-note keys (Go vectors)', () => {
  it('parses the published verifier and signer keys, which agree on name and key id', () => {
    const verifier = parseVerifierKey(go.peterVerifierKey);
    const signer = parseSignerKey(go.peterSignerKey);
    expect(verifier.name).toBe('PeterNeumann');
    expect(verifier.keyId).toBe(0xc74f20a3);
    expect(signer.keyId).toBe(verifier.keyId);
    expect(signer.verifier.keyString).toBe(go.peterVerifierKey);
  });

  it('refuses every mangled verifier key: cut short, a character changed, wrong length, unknown algorithm', () => {
    const refused = (k: string) => {
      try {
        parseVerifierKey(k);
        return false;
      } catch (error) {
        return error instanceof NoteKeyError;
      }
    };
    const key = go.peterVerifierKey;
    const mangled = [key.slice(0, -1), key.slice(1), `${key}A`, ...go.badVerifierKeys];
    for (let i = 0; i < key.length; i++) mangled.push(key.slice(0, i) + String.fromCharCode(key.charCodeAt(i) + 1) + key.slice(i + 1));
    expect(mangled.filter((k) => !refused(k))).toEqual([]);
  });

  it('writes a signer key string that parses back to the same key', () => {
    const seed = randomBytes(32);
    const signer = parseSignerKey(signerKeyString('spoor.example/leiden', seed));
    expect(signer.verifier.keyString).toBe(ed25519Signer('spoor.example/leiden', seed).verifier.keyString);
  });
});

describe('signed notes (Go vectors)', () => {
  const peter = () => parseVerifierKey(go.peterVerifierKey);

  it('signs the published text to exactly the published note (Ed25519 is deterministic)', () => {
    expect(signNote(go.text, parseSignerKey(go.peterSignerKey))).toBe(`${go.text}\n${go.peterSignatureLine}`);
  });

  it('opens a note signed by the pinned key, ignoring a cosignature by another key', () => {
    const note = openNote(`${go.text}\n${go.peterSignatureLine}${go.enochSignatureLine}`, peter());
    expect(note.text).toBe(go.text);
    expect(note.signatures.map((s) => s.name)).toEqual(['PeterNeumann', 'EnochRoot']);
    expect(openNote(`${go.text}\n${go.enochSignatureLine}`, parseVerifierKey(go.enochVerifierKey)).text).toBe(go.text);
  });

  it('refuses a note by another key, naming the pinned key', () => {
    expect(() => openNote(`${go.text}\n${go.enochSignatureLine}`, peter())).toThrow(/^signature is not by key PeterNeumann\+c74f20a3/);
  });

  it('refuses a signature line with another name', () => {
    const renamed = go.peterSignatureLine.replace('PeterNeumann', 'CarmenSandiego');
    expect(() => openNote(`${go.text}\n${renamed}`, peter())).toThrow(NoteError);
  });

  it('refuses tampered text and a tampered signature', () => {
    expect(() => openNote(`${go.text.replace('answer', 'Answer')}\n${go.peterSignatureLine}`, peter())).toThrow(/invalid signature for key PeterNeumann\+c74f20a3/);
    const sig = go.peterSignatureLine;
    expect(() => openNote(`${go.text}\n${sig.slice(0, 60)}ABCD${sig.slice(60)}`, peter())).toThrow(NoteError);
  });

  it('refuses malformed notes as Go does', () => {
    const bad = [go.text, `${go.text}\n`, `${go.text}\n${go.peterSignatureLine.slice(0, -1)}`, `\u0001${go.text}\n${go.peterSignatureLine}`, `${go.text}\n${go.peterSignatureLine}Unexpected line.\n`, `${go.text}\n${go.peterSignatureLine.repeat(101)}`];
    for (const message of bad) expect(() => parseNote(message)).toThrow(/^malformed note/);
  });
});

describe('checkpoints', () => {
  const signer = ed25519Signer('spoor.example/leiden', randomBytes(32));
  const root = randomBytes(32);

  it('formats, signs and opens a checkpoint', () => {
    const signed = signCheckpoint({ origin: 'spoor.example/leiden', size: 7000, rootHash: root }, signer);
    expect(signed.note.startsWith(`spoor.example/leiden\n7000\n${root.toString('base64')}\n\n\u2014 spoor.example/leiden `)).toBe(true);
    const opened = openCheckpoint(signed.note, signer.verifier);
    expect([opened.origin, opened.size, opened.rootHash.equals(root)]).toEqual(['spoor.example/leiden', 7000, true]);
  });

  it('keeps extension lines', () => {
    expect(parseCheckpoint(formatCheckpoint({ origin: 'o', size: 1, rootHash: root, extensions: ['ext one'] })).extensions).toEqual(['ext one']);
  });

  it('refuses a checkpoint signed by another key, and one whose origin is not the key name', () => {
    const other = ed25519Signer('spoor.example/leiden', randomBytes(32));
    const signed = signCheckpoint({ origin: 'spoor.example/leiden', size: 1, rootHash: root }, other);
    expect(() => openCheckpoint(signed.note, signer.verifier)).toThrow(/signature is not by key spoor\.example\/leiden\+/);
    expect(() => signCheckpoint({ origin: 'elsewhere', size: 1, rootHash: root }, signer)).toThrow(/must equal the origin/);
  });

  it.each([
    ['o\n1\n', /expected origin, tree size and root hash/],
    [`o\n01\n${root.toString('base64')}\n`, /leading zeros/],
    [`o\n-1\n${root.toString('base64')}\n`, /not a decimal number/],
    [`o\n1\n${root.subarray(1).toString('base64')}\n`, /base64 of 32 bytes/],
    [`o\n1\n${root.toString('base64')}\n\n`, /extension lines must not be empty/],
    [`o\n1\n${root.toString('base64')}`, /must end with a newline/],
    [`\n1\n${root.toString('base64')}\n`, /origin line/],
  ])('refuses malformed checkpoint text %#', (text, message) => {
    expect(() => parseCheckpoint(text)).toThrow(message);
  });
});
