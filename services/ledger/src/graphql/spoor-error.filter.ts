import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { SpoorError } from '@spoor/contracts';

/**
 * A refused command or query is the caller's mistake, not the ledger's: hand it to GraphQL's
 * error formatting as it is, instead of letting Nest log it as an unexpected server error.
 */
@Catch(SpoorError)
export class SpoorErrorFilter implements GqlExceptionFilter {
  catch(error: SpoorError): SpoorError {
    return error;
  }
}
