import { PUBLICATION_PATHS, type PublishedSnapshot, type PublicLogRecord } from '../publication.js';
import { Mismatch, type Replay } from './report.js';
import type { PublicationSource } from './source.js';

/** Nested numbers as dotted keys: { ideas: { total: 3 } } -> { 'ideas.total': 3 }. */
const flatten = (value: unknown, prefix: string, into: Map<string, unknown>): Map<string, unknown> => {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, into);
  } else {
    into.set(prefix, value);
  }
  return into;
};

const show = (v: unknown): string => (v === undefined ? 'missing' : JSON.stringify(v));

/**
 * Folds the first `treeSize` records with `replay` and compares the result with the published
 * snapshot, key by key. Returns how many numbers matched, or undefined when there is no snapshot.
 */
export const checkSnapshot = async (source: PublicationSource, records: readonly PublicLogRecord[], replay: Replay): Promise<number | undefined> => {
  const bytes = await source.read(PUBLICATION_PATHS.snapshot);
  if (!bytes) return undefined;
  let snapshot: PublishedSnapshot;
  try {
    snapshot = JSON.parse(bytes.toString('utf8')) as PublishedSnapshot;
  } catch {
    throw new Mismatch('snapshot', 'snapshot: data/snapshot.json is not valid JSON');
  }
  if (!Number.isSafeInteger(snapshot.treeSize) || snapshot.treeSize > records.length) {
    throw new Mismatch('snapshot', `snapshot: treeSize ${show(snapshot.treeSize)} is not within the log's ${records.length} events`);
  }
  const published = flatten(snapshot.numbers, 'numbers', new Map());
  const replayed = flatten(replay(records.slice(0, snapshot.treeSize), snapshot), 'numbers', new Map());
  for (const key of new Set([...published.keys(), ...replayed.keys()])) {
    if (JSON.stringify(published.get(key)) !== JSON.stringify(replayed.get(key))) {
      throw new Mismatch('snapshot', `snapshot: ${key} is ${show(published.get(key))}, replay gives ${show(replayed.get(key))}`);
    }
  }
  return published.size;
};
