import type { PublicLogRecord as ContractRecord } from '@spoor/contracts';
import { foldPublicModels, publicNumbers } from '@spoor/projections';
import type { Replay } from './verifier/report.js';

/**
 * The replay the verifier runs by default: the project's own public projections over the published
 * log, with the snapshot's threshold, giving the numbers the portal shows (docs/integrity.md).
 */
export const replayPublicNumbers: Replay = (records, snapshot) =>
  publicNumbers(foldPublicModels(records as unknown as readonly ContractRecord[]), { threshold: snapshot.threshold ?? 5, treeSize: snapshot.treeSize });
