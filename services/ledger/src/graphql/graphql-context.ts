import { ErrorCode, SpoorError } from '@spoor/contracts';
import type { Principal } from '../shared/use-case.js';

export interface GraphqlContext {
  readonly principal?: Principal;
  /** Set when a token was sent but is not valid. */
  readonly authError?: string;
}

/** The caller of a mutation; without a valid token the answer is UNAUTHENTICATED. */
export const requirePrincipal = (context: GraphqlContext): Principal => {
  if (context.authError) throw new SpoorError(ErrorCode.Unauthenticated, context.authError);
  if (!context.principal) throw new SpoorError(ErrorCode.Unauthenticated, 'This needs a bearer token: send "Authorization: Bearer <token>" (create one with: npx spoor token create)');
  return context.principal;
};
