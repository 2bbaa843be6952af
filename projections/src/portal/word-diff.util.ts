/** A run of words that both versions share, that the newer one added, or that it removed. */
export interface WordDiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Words with the spaces after them, so that joining the tokens gives the text back exactly. */
const tokens = (text: string): string[] => text.match(/\S+\s*|\s+/g) ?? [];

const push = (parts: WordDiffPart[], kind: WordDiffPart['kind'], text: string): void => {
  if (text === '') return;
  const last = parts.at(-1);
  if (last?.kind === kind) last.text += text;
  else parts.push({ kind, text });
};

/**
 * Which words changed between two versions of a text, word by word: the longest common
 * subsequence of their words, with the shared start and end taken off first (a revision mostly
 * adds or rewrites a sentence, so what is left to compare is small). Joining the `same` and
 * `removed` parts gives the old text, the `same` and `added` parts the new one; within one change
 * the removed words come before the added ones.
 */
export const wordDiff = (before: string, after: string): WordDiffPart[] => {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const parts: WordDiffPart[] = [];
  push(parts, 'same', a.slice(0, start).join(''));
  const n = endA - start;
  const m = endB - start;
  // lcs[i * (m + 1) + j]: length of the longest common subsequence of a[start+i..endA) and b[start+j..endB).
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lcs[i * width + j] = a[start + i] === b[start + j] ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    }
  }
  let removed = '';
  let added = '';
  const flush = () => {
    push(parts, 'removed', removed);
    push(parts, 'added', added);
    removed = '';
    added = '';
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[start + i] === b[start + j]) {
      flush();
      push(parts, 'same', a[start + i]);
      i += 1;
      j += 1;
    } else if (j < m && (i === n || lcs[i * width + j + 1] >= lcs[(i + 1) * width + j])) {
      added += b[start + j];
      j += 1;
    } else {
      removed += a[start + i];
      i += 1;
    }
  }
  flush();
  push(parts, 'same', a.slice(endA).join(''));
  return parts;
};
