import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import { ErrorCode, isSpoorError } from '@spoor/contracts';
import { isWrongExpectedVersionError } from '@spoor/event-store';
import type { GraphQLFormattedError } from 'graphql';

const logger = new Logger('GraphQL');

/** Plain words for requests that try what the ledger never does. */
const hints: readonly (readonly [RegExp, string])[] = [
  [
    /is not defined by type "DeclareSummitResultInput"/,
    'The summit result is computed from the ballots by the method declared when voting opened; it cannot be typed in. Send only processId (and commandId).',
  ],
  [
    /Cannot query field "(delete|remove|destroy|drop)\w*" on type "Mutation"/i,
    'Nothing recorded is ever deleted. Record a correction instead, e.g. withdrawIdea, unlinkIdeaFromTheme, mergeThemes, withdrawManifestoClause or correctUpdate.',
  ],
];

/** Validation messages about argument values: the input is wrong, not the query's shape. */
const inputProblem = /Expected value of type|of required type|is not defined by type|cannot represent|Expected type/;

/**
 * Gives every error a stable code: the ledger's own (BAD_USER_INPUT naming the field, CONFLICT,
 * FORBIDDEN, ...) or INTERNAL_SERVER_ERROR with a safe message while the details go to the log.
 */
export const formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
  const original = unwrapResolverError(error);
  if (isSpoorError(original)) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}), ...(original.details ?? {}) },
    };
  }
  if (isWrongExpectedVersionError(original)) {
    return { message: original.message, path: formatted.path, extensions: { code: ErrorCode.Conflict, field: 'expectedRevision' } };
  }
  const code = formatted.extensions?.['code'];
  const hint = hints.find(([pattern]) => pattern.test(formatted.message));
  if (hint) return { ...formatted, message: `${formatted.message}. ${hint[1]}`, extensions: { ...formatted.extensions, code: ErrorCode.BadUserInput } };
  if (code === 'GRAPHQL_VALIDATION_FAILED' && inputProblem.test(formatted.message)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BadUserInput } };
  }
  if (code === ErrorCode.Internal || (code === undefined && original instanceof Error)) {
    logger.error(`${(original as Error).message}`, (original as Error).stack);
    return { message: 'Internal error; the ledger logged the details', path: formatted.path, extensions: { code: ErrorCode.Internal } };
  }
  return formatted;
};
