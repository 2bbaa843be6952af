import * as path from 'node:path';
import { z } from 'zod';

const StoreUrlSchema = z
  .string()
  .regex(
    /^(sqlite:.+|esdb|esdb(\+discover)?:\/\/.+|kurrentdb(\+discover)?:\/\/.+)$/,
    'must be sqlite:PATH, an esdb://... / kurrentdb://... connection string, or esdb (to use EVENTSTORE_CONNECTION_STRING)',
  );

/** The ledger's whole configuration, read once from the environment. */
export const ConfigSchema = z.object({
  /** HTTP port of the GraphQL API and health endpoints. */
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  /** Address to listen on. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Folder for the SQLite store, tokens, keys and projection checkpoints. */
  SPOOR_DATA_DIR: z.string().min(1).default('./data'),
  /** The event store: `sqlite:PATH` (default `sqlite:$SPOOR_DATA_DIR/spoor.db`) or an EventStoreDB/KurrentDB connection string. */
  SPOOR_STORE: StoreUrlSchema.optional(),
  /** SQLite durability: FULL (default) syncs every commit to disk; NORMAL may lose the last commits on power loss. */
  SPOOR_SQLITE_SYNCHRONOUS: z.enum(['FULL', 'NORMAL']).default('FULL'),
  /** Log level: error, warn, log, debug or verbose. */
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  /** EventStoreDB/KurrentDB connection string, used when SPOOR_STORE=esdb (and by the conformance tests). */
  EVENTSTORE_CONNECTION_STRING: z.string().regex(/^(esdb|kurrentdb)(\+discover)?:\/\/.+/, 'must be an esdb://... or kurrentdb://... connection string').optional(),
  /** Largest GraphQL query depth accepted. */
  SPOOR_GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
  /** Answer repeated anonymous queries from memory until the log moves on (on by default). */
  SPOOR_PUBLIC_QUERY_CACHE: z.enum(['on', 'off']).default('on'),
  /** Public tables never show a count below this for a combination of person attributes. */
  // At least 3: with 2, "< 2" would mean exactly 1, which is no protection at all.
  SPOOR_SUPPRESSION_THRESHOLD: z.coerce.number().int().min(3, 'must be at least 3 (with 2, "< 2" reveals a count of 1)').max(100).default(5),
  /** Largest estimated GraphQL query cost accepted (fields times page sizes). */
  SPOOR_GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(10).max(10_000_000).default(50_000),
  /**
   * The transparency log's origin, also the name of its signing key (C2SP tlog-checkpoint), e.g.
   * `spoor.leiden.nl/agenda-2017`. Unset: `spoor.local/ledger-<8 random hex>`, chosen once per log,
   * so two ledgers never share an origin (a verifier's witness state is kept per origin).
   */
  SPOOR_LOG_ORIGIN: z
    .string()
    .regex(/^[^\s+]+$/, 'must be non-empty, without spaces or "+" (e.g. spoor.leiden.nl/agenda-2017)')
    .optional(),
});

export interface LedgerConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly storeUrl: string;
  readonly sqliteSynchronous: 'FULL' | 'NORMAL';
  readonly logLevel: z.infer<typeof ConfigSchema>['LOG_LEVEL'];
  readonly graphqlMaxDepth: number;
  readonly graphqlMaxComplexity: number;
  readonly suppressionThreshold: number;
  readonly publicQueryCache: boolean;
  /** Origin line of the log's checkpoints and name of its signing key. */
  readonly logOrigin: string | undefined;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and checks the configuration; a bad value throws a ConfigError that names the variable and the problem. */
export const loadConfig = (env: NodeJS.ProcessEnv = process.env): LedgerConfig => {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}=${JSON.stringify(env[String(i.path[0])] ?? '')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const dataDir = path.resolve(c.SPOOR_DATA_DIR);
  if (c.SPOOR_STORE === 'esdb' && !c.EVENTSTORE_CONNECTION_STRING) {
    throw new ConfigError('Invalid configuration:\n  SPOOR_STORE="esdb": needs EVENTSTORE_CONNECTION_STRING=esdb://...');
  }
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir,
    storeUrl: (c.SPOOR_STORE === 'esdb' ? c.EVENTSTORE_CONNECTION_STRING : c.SPOOR_STORE) ?? `sqlite:${path.join(dataDir, 'spoor.db')}`,
    sqliteSynchronous: c.SPOOR_SQLITE_SYNCHRONOUS,
    logLevel: c.LOG_LEVEL,
    graphqlMaxDepth: c.SPOOR_GRAPHQL_MAX_DEPTH,
    graphqlMaxComplexity: c.SPOOR_GRAPHQL_MAX_COMPLEXITY,
    suppressionThreshold: c.SPOOR_SUPPRESSION_THRESHOLD,
    publicQueryCache: c.SPOOR_PUBLIC_QUERY_CACHE === 'on',
    logOrigin: c.SPOOR_LOG_ORIGIN,
  };
};
