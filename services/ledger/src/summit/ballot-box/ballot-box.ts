import type { z } from 'zod';
import type { SealedBallotSchema } from '@spoor/contracts';
import type { Vault } from '../../privacy/vault/vault.js';

export type SealedBallot = z.infer<typeof SealedBallotSchema>;

/**
 * Every sealed ballot has the same length, so the ciphertext cannot tell a one-tick ballot from a
 * three-tick one: 100 ids of up to 64 characters fit in 8 KiB of JSON.
 */
const PADDED_BYTES = 8192;

export const ballotBoxKeyId = (processId: string): string => `ballot-box:${processId}`;
const aadOf = (processId: string): string => `spoor.ballot-box.v1|${processId}`;

export class BallotBoxError extends Error {
  override readonly name = 'BallotBoxError';
}

/** Seals a ballot's choices under the process's ballot-box key (docs/secret-ballot.md). */
export const sealBallot = (vault: Vault, processId: string, choices: readonly string[]): SealedBallot => {
  const json = Buffer.from(JSON.stringify(choices), 'utf8');
  if (json.length > PADDED_BYTES) throw new BallotBoxError(`choices: the ballot is too long to seal (${json.length} bytes)`);
  const padded = Buffer.alloc(PADDED_BYTES, 0x20);
  json.copy(padded);
  const box = vault.sealOpaque(ballotBoxKeyId(processId), padded, aadOf(processId));
  return { v: 1, iv: box.iv.toString('base64'), ciphertext: box.ciphertext.toString('base64'), tag: box.tag.toString('base64') };
};

/**
 * Opens every sealed ballot at closing. Throws when the box key is already destroyed: a box can be
 * opened once, by CloseVoting, and its contents then live only in VotingClosed, in sorted order.
 */
export const openBallots = (vault: Vault, processId: string, sealed: readonly SealedBallot[]): string[][] =>
  sealed.map((s, i) => {
    const opened = vault.openOpaque(
      ballotBoxKeyId(processId),
      { iv: Buffer.from(s.iv, 'base64'), ciphertext: Buffer.from(s.ciphertext, 'base64'), tag: Buffer.from(s.tag, 'base64') },
      aadOf(processId),
    );
    if (!(opened instanceof Buffer)) throw new BallotBoxError(`processId: the ballot box of process ${processId} was already opened and its key destroyed`);
    const choices = JSON.parse(opened.toString('utf8').trimEnd()) as unknown;
    if (!Array.isArray(choices) || !choices.every((c) => typeof c === 'string')) throw new BallotBoxError(`ballot ${i}: sealed content is not a list of theme ids`);
    return choices as string[];
  });

/** The order ballots are published in: sorted by their JSON, so it says nothing about who voted when. */
export const inPublishedOrder = (ballots: readonly (readonly string[])[]): string[][] =>
  ballots.map((b) => [...b]).sort((a, b) => {
    const ja = JSON.stringify(a);
    const jb = JSON.stringify(b);
    return ja < jb ? -1 : ja > jb ? 1 : 0;
  });
