/** What other packages (the end-to-end suites, later the publisher) use of the ledger. */
export { TokenStore, type TokenInfo, type TokenRole } from './auth/token-store.js';
export { loadConfig, type LedgerConfig } from './config/config.js';
export { generateLeidenDemo, summariseDemo, DEMO_PROCESS_ID, type DemoCommand, type DemoActor } from './demo/leiden-demo.js';
export { startServer } from './server.js';
export { useCases } from './use-cases.js';
