import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { EventStore } from '@spoor/event-store';
import { AuthService } from '../../auth/auth.service.js';
import type { TokenRole } from '../../auth/token-store.js';
import { loadConfig } from '../../config/config.js';
import { LedgerModule } from '../../ledger.module.js';
import { EVENT_STORE } from '../../store/tokens.js';

export interface GraphqlResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

/** A ledger on a temporary SQLite store, listening on a free port, for integration specs. */
export const startLedger = async (options: { dataDir?: string } = {}) => {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'spoor-ledger-'));
  const config = loadConfig({ SPOOR_DATA_DIR: dataDir, PORT: '4000', LOG_LEVEL: 'error' });
  const app: INestApplication = await NestFactory.create(LedgerModule.forRoot({ config }), { logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const url = `${await app.getUrl()}/graphql`;
  const store = app.get<EventStore>(EVENT_STORE);
  const auth = app.get(AuthService);

  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphqlResponse> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlResponse;
  };

  return {
    app,
    store,
    url,
    gql,
    dataDir,
    token: (role: TokenRole, ambassadorId?: string, workingGroupId?: string) => auth.tokens.create({ name: `test ${role}`, role, ambassadorId, workingGroupId }).token,
    /** Number of events in the whole log. */
    eventCount: async () => (await store.readAll({ maxCount: 100000 })).events.length,
    close: async (keepData = false) => {
      await app.close();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

export type Ledger = Awaited<ReturnType<typeof startLedger>>;
