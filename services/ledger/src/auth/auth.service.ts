import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { LedgerConfig } from '../config/config.js';
import type { GraphqlContext } from '../graphql/graphql-context.js';
import { CONFIG } from '../store/tokens.js';
import { TokenStore } from './token-store.js';

/** Turns an Authorization header into the caller's principal. */
@Injectable()
export class AuthService implements OnModuleDestroy {
  readonly tokens: TokenStore;

  constructor(@Inject(CONFIG) config: LedgerConfig) {
    this.tokens = new TokenStore(config.dataDir);
  }

  contextFor(authorization: string | undefined): GraphqlContext {
    if (!authorization) return {};
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match?.[1]) return { authError: 'The Authorization header must be "Bearer <token>"' };
    const principal = this.tokens.principalOf(match[1]);
    return principal ? { principal } : { authError: 'The bearer token is unknown or revoked' };
  }

  onModuleDestroy(): void {
    this.tokens.close();
  }
}
