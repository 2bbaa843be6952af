import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { GraphQLModule } from '@nestjs/graphql';
import { auditTypeDefs } from './audit/audit.graphql.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { AuthService } from './auth/auth.service.js';
import { ConversationsResolver, IdeaResolver } from './conversations/queries/conversations.resolver.js';
import { CoreModule, type LedgerOptions } from './core.module.js';
import { complexityLimit } from './graphql/complexity.plugin.js';
import { depthLimit } from './graphql/depth-limit.js';
import { formatError } from './graphql/format-error.js';
import { mutationResolvers, mutationTypeDefs } from './graphql/mutations.js';
import { PublicQueryCache } from './graphql/public-query-cache.js';
import { SpoorErrorFilter } from './graphql/spoor-error.filter.js';
import { baseTypeDefs } from './graphql/schema.graphql.js';
import { HealthController } from './health/health.controller.js';
import { integrityTypeDefs } from './integrity/integrity.graphql.js';
import { IntegrityModule } from './integrity/integrity.module.js';
import { IntegrityResolver } from './integrity/integrity.resolver.js';
import { trailTypeDefs } from './trail/trail.graphql.js';
import { TrailResolver } from './trail/trail.resolver.js';

/** The ledger service: the core plus the GraphQL API at /graphql and the health endpoints. */
@Module({})
export class LedgerModule {
  static forRoot(options: LedgerOptions): DynamicModule {
    return {
      module: LedgerModule,
      imports: [
        CoreModule.forRoot(options),
        IntegrityModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [CommandBus, AuthService],
          useFactory: (bus: CommandBus, auth: AuthService) => ({
            typeDefs: [baseTypeDefs, auditTypeDefs, trailTypeDefs, integrityTypeDefs, mutationTypeDefs()],
            resolvers: { Mutation: mutationResolvers(bus) },
            path: '/graphql',
            playground: false,
            introspection: true,
            validationRules: [depthLimit(options.config.graphqlMaxDepth)],
            plugins: [complexityLimit(options.config.graphqlMaxComplexity)],
            formatError,
            context: ({ req }: { req: { headers: Record<string, string | undefined> } }) => auth.contextFor(req.headers['authorization']),
          }),
        }),
      ],
      controllers: [HealthController],
      providers: [
        ConversationsResolver,
        IdeaResolver,
        AuditResolver,
        TrailResolver,
        IntegrityResolver,
        PublicQueryCache,
        { provide: APP_FILTER, useClass: SpoorErrorFilter },
      ],
    };
  }
}
