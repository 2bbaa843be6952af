import type { SealedBallotSchema } from '@spoor/contracts';
import type { z } from 'zod';

type SealedBallot = z.infer<typeof SealedBallotSchema>;

/**
 * A see-through ballot box for use-case specs, which run without a vault: the "ciphertext" is the
 * base64 of the choices. The real box (summit/ballot-box/ballot-box.ts) is tested on a real vault.
 */
export const testSealBallot = (_processId: string, choices: readonly string[]): SealedBallot => ({
  v: 1,
  iv: Buffer.alloc(12).toString('base64'),
  ciphertext: Buffer.from(JSON.stringify(choices), 'utf8').toString('base64'),
  tag: Buffer.alloc(16).toString('base64'),
});

export const testOpenBallots = (_processId: string, sealed: readonly SealedBallot[]): string[][] =>
  sealed.map((s) => JSON.parse(Buffer.from(s.ciphertext, 'base64').toString('utf8')) as string[]);
