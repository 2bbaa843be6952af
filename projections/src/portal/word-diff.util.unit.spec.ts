import fc from 'fast-check';
import { wordDiff, type WordDiffPart } from './word-diff.util.js';

const before = (parts: WordDiffPart[]) => parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('');
const after = (parts: WordDiffPart[]) => parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('');
const changes = (parts: WordDiffPart[]) => parts.filter((p) => p.kind !== 'same').map((p) => `${p.kind === 'added' ? '+' : '-'}${p.text.trim()}`);

describe('wordDiff', () => {
  it('marks the words a revision added and removed', () => {
    const parts = wordDiff('Elke straat krijgt bomen.', 'Elke straat krijgt bomen en geveltuinen.');
    expect(changes(parts)).toEqual(['-bomen.', '+bomen en geveltuinen.']);
    expect(changes(wordDiff('Een proef in twee wijken.', 'Een proef in drie wijken.'))).toEqual(['-twee', '+drie']);
  });

  it('gives nothing but one shared part for the same text, and only additions from nothing', () => {
    expect(wordDiff('zelfde tekst', 'zelfde tekst')).toEqual([{ kind: 'same', text: 'zelfde tekst' }]);
    expect(wordDiff('', 'nieuw voorstel')).toEqual([{ kind: 'added', text: 'nieuw voorstel' }]);
    expect(wordDiff('weg', '')).toEqual([{ kind: 'removed', text: 'weg' }]);
  });

  it('always gives back both texts exactly, whitespace included', () => {
    const words = fc.constantFrom('de', 'wijk', 'bomen', 'en', 'fiets', 'huis', ' ', '\n\n', 'parken.');
    const text = fc.array(words, { maxLength: 30 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const parts = wordDiff(a, b);
        expect(before(parts)).toBe(a);
        expect(after(parts)).toBe(b);
        for (let i = 1; i < parts.length; i += 1) expect(parts[i]?.kind).not.toBe(parts[i - 1]?.kind);
      }),
    );
  });
});
