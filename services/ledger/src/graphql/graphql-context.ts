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

/** Anyone without a token who casts a ballot: the one-time code is the credential, and no id is recorded. */
export const ANONYMOUS_VOTER: Principal = { actor: { id: 'voter', role: 'voter' } };

/**
 * The caller of a mutation. Only casting a ballot may come without a token (a resident on a
 * tablet); a token that was sent must still be valid.
 */
export const principalFor = (context: GraphqlContext, allowsVoters: boolean): Principal => {
  if (allowsVoters && !context.authError && !context.principal) return ANONYMOUS_VOTER;
  return requirePrincipal(context);
};
