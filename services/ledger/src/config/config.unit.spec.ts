import { join, resolve } from 'node:path';
import { loadConfig } from './config.js';

describe('configuration', () => {
  it('defaults to SQLite in ./data on port 4000 with full durability', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, dataDir: resolve('data'), storeUrl: `sqlite:${join(resolve('data'), 'spoor.db')}`, sqliteSynchronous: 'FULL' });
  });

  it('selects EventStoreDB with an esdb:// connection string', () => {
    expect(loadConfig({ SPOOR_STORE: 'esdb://localhost:2113?tls=false' }).storeUrl).toBe('esdb://localhost:2113?tls=false');
  });

  it('takes the connection string from EVENTSTORE_CONNECTION_STRING with SPOOR_STORE=esdb', () => {
    expect(loadConfig({ SPOOR_STORE: 'esdb', EVENTSTORE_CONNECTION_STRING: 'esdb://node1:2113' }).storeUrl).toBe('esdb://node1:2113');
    expect(() => loadConfig({ SPOOR_STORE: 'esdb' })).toThrow(/SPOOR_STORE="esdb": needs EVENTSTORE_CONNECTION_STRING/);
  });

  it('stops with a message naming each bad variable and its problem', () => {
    expect(() => loadConfig({ PORT: 'vierduizend', SPOOR_STORE: 'postgres://x' })).toThrow(
      /PORT="vierduizend": .*\n\s+SPOOR_STORE="postgres:\/\/x": must be sqlite:PATH, an esdb:\/\/\.\.\. \/ kurrentdb:\/\/\.\.\. connection string/,
    );
    expect(() => loadConfig({ SPOOR_SQLITE_SYNCHRONOUS: 'OFF' })).toThrow(/SPOOR_SQLITE_SYNCHRONOUS="OFF"/);
  });
});
