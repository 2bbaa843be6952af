/**
 * The published record's integrity files (docs/publication.md): paths and shapes shared by the
 * ledger that writes them and the verifier that checks them.
 */
export const PUBLICATION_PATHS = {
  /** The public log: one canonical JSON record per line, in leaf order. */
  events: 'log/events.ndjson',
  /** The latest signed checkpoint (C2SP tlog-checkpoint in a C2SP signed note). */
  checkpoint: 'log/checkpoint',
  /** Every checkpoint published so far, one file per tree size. */
  archiveDir: 'log/checkpoints',
  /** The archive's index: ArchiveEntry[], oldest first. */
  archiveIndex: 'log/checkpoints/index.json',
  /** The log's verifier key string. */
  publicKey: 'log/public-key.txt',
  /** Optional: the 32-byte leaf hashes the log committed to, concatenated in leaf order. */
  leaves: 'log/leaves.bin',
  /** One receipt per idea: `<receipt code>.json`. */
  receiptsDir: 'receipts',
  /** The receipt codes, sorted: lets a verifier find the receipts over HTTP, where it cannot list a folder. */
  receiptsIndex: 'receipts/index.json',
  /** The numbers the portal shows: { treeSize, numbers }. */
  snapshot: 'data/snapshot.json',
} as const;

export const archivePathOf = (size: number): string => `${PUBLICATION_PATHS.archiveDir}/${size}`;
export const receiptPathOf = (receiptCode: string): string => `${PUBLICATION_PATHS.receiptsDir}/${receiptCode}.json`;

/** One line of log/events.ndjson: an event's public view with its place in the log. */
export interface PublicLogRecord {
  /** The leaf index, from 0; equal to the line number (from 0). */
  readonly index: number;
  /** The event's UUID. */
  readonly id: string;
  /** Event type, e.g. `IdeaRecorded`. */
  readonly type: string;
  readonly schemaVersion: number;
  /** The stream (aggregate instance), e.g. `idea-4f2a`. */
  readonly stream: string;
  /** Position in its stream, from 0. */
  readonly revision: number;
  readonly occurredAt: string;
  readonly recordedAt: string;
  /** The actor's role only. */
  readonly recordedBy: string;
  /** Present (true) only for demonstration data. */
  readonly demo?: true;
  /** The event's public view. */
  readonly data: Readonly<Record<string, unknown>>;
}

/** One entry of log/checkpoints/index.json. */
export interface ArchiveEntry {
  readonly size: number;
  /** Base64 root hash, as in the checkpoint. */
  readonly rootHash: string;
  /** Base64 hashes proving this entry extends the one before it (RFC 9162 section 2.1.4); empty for the first. */
  readonly consistency: readonly string[];
}

/** receipts/<code>.json: proof that one idea is in the log. */
export interface Receipt {
  readonly receiptCode: string;
  readonly ideaId: string;
  /** Leaf index of the idea's IdeaRecorded event. */
  readonly index: number;
  /** Base64 leaf hash of that event's line. */
  readonly leafHash: string;
  /** Base64 hashes of the inclusion proof (RFC 9162 section 2.1.3). */
  readonly inclusionProof: readonly string[];
  readonly treeSize: number;
  /** The signed checkpoint the proof refers to, as published. */
  readonly checkpoint: string;
}

/** data/snapshot.json. */
export interface PublishedSnapshot {
  /** The numbers were folded from the first `treeSize` events of the log. */
  readonly treeSize: number;
  /** The small-cell threshold the tables were suppressed with (5 unless the publisher chose otherwise). */
  readonly threshold?: number;
  readonly numbers: Readonly<Record<string, unknown>>;
}
