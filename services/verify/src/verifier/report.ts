import type { PublicLogRecord, PublishedSnapshot } from '../publication.js';

/** The checks, in the order they run. */
export type CheckName = 'checkpoint' | 'log' | 'leaves' | 'root' | 'archive' | 'witness' | 'receipts' | 'snapshot';

export interface CheckResult {
  readonly check: CheckName;
  /** 'passed', 'failed', or 'skipped' (not applicable, e.g. no leaves.bin published, no replay given). */
  readonly status: 'passed' | 'failed' | 'skipped';
  /** One plain sentence: what was checked, or the first mismatch. */
  readonly detail: string;
}

export interface VerifyReport {
  readonly ok: boolean;
  readonly source: string;
  /** The first mismatch, naming the spot, e.g. "event 1234: leaf hash differs". */
  readonly failure?: string;
  readonly checks: readonly CheckResult[];
  readonly origin?: string;
  readonly treeSize?: number;
  /** Base64 root hash of the verified checkpoint. */
  readonly rootHash?: string;
  readonly key?: { readonly verifierKey: string; readonly pinned: boolean };
  readonly counts: { events: number; checkpoints: number; receipts: number; ideas: number; snapshotNumbers: number };
}

/** Folds the public log into the portal's numbers (the lead wires @spoor/projections' publicNumbers here). */
/** Folds the published records into the numbers the snapshot shows; gets the snapshot's own parameters (tree size, threshold). */
export type Replay = (records: readonly PublicLogRecord[], snapshot: PublishedSnapshot) => Readonly<Record<string, unknown>>;

export interface VerifyOptions {
  /** The pinned verifier key string; without it the publication's own public-key.txt is used (and the report says so). */
  readonly key?: string;
  /** Folder where this verifier keeps, per origin, the last checkpoint it accepted (the witness state). */
  readonly stateDir?: string;
  /** Replays the log into the snapshot's numbers; without it the snapshot is not checked. */
  readonly replay?: Replay;
  /** A line per check, and every 10% of a long log. */
  readonly onProgress?: (line: string) => void;
}

/** A mismatch: verification stops here. */
export class Mismatch extends Error {
  override name = 'Mismatch';
  constructor(
    readonly check: CheckName,
    message: string,
  ) {
    super(message);
  }
}
