/** What other packages (the end-to-end suites, later the publisher) use of the ledger. */
export { TokenStore, type TokenInfo, type TokenRole } from './auth/token-store.js';
export { loadConfig, type LedgerConfig } from './config/config.js';
export { generateLeidenDemo, summariseDemo, DEMO_PROCESS_ID, type DemoCommand, type DemoActor } from './demo/leiden-demo.js';
export { startServer } from './server.js';
export { useCases } from './use-cases.js';
/* For the benchmark (bench/): load the demo in-process, rebuild and fold the read models. */
export { runDemo } from './cli/demo.command.js';
export { silentProgress, type Progress } from './cli/progress.js';
export { rebuildProjections } from './read-model/rebuild.js';
export { ProjectionSet } from './read-model/projection-set.js';
export { ledgerProjections } from './read-model/projection-registry.js';
export { SnapshotStore } from './read-model/snapshot-store.js';
