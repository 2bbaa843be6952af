/**
 * Error codes the ledger returns. GraphQL errors carry them in `extensions.code`; the CLI
 * prints them. Codes are stable API: add new ones, never rename.
 */
export const ErrorCode = {
  /** The input does not match the schema; `field` names what is wrong. Nothing was appended. */
  BadUserInput: 'BAD_USER_INPUT',
  /** No or unknown bearer token where one is needed. */
  Unauthenticated: 'UNAUTHENTICATED',
  /** The token's role or scope does not allow this command. */
  Forbidden: 'FORBIDDEN',
  /** The thing the command refers to does not exist. */
  NotFound: 'NOT_FOUND',
  /** Someone else changed the same stream first (stale expected revision). */
  Conflict: 'CONFLICT',
  /** The thing to create already exists. */
  AlreadyExists: 'ALREADY_EXISTS',
  /** A step needs something it builds on that is not there yet (e.g. an idea needs a held conversation). */
  PreconditionFailed: 'PRECONDITION_FAILED',
  /** The command does not fit the current state (e.g. recording into a closed conversation). */
  InvalidState: 'INVALID_STATE',
  /** The commandId was used before for a different command. */
  IdempotencyKeyReused: 'IDEMPOTENCY_KEY_REUSED',
  /** Something went wrong on our side; the message is safe to show, details are in the logs. */
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A refused command or query, with a stable code and, where it applies, the field at fault. */
export class SpoorError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = 'SpoorError';
  }
}

export const isSpoorError = (e: unknown): e is SpoorError => e instanceof SpoorError;
