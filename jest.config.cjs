/** One jest run over every workspace, as native ES modules; specs import sibling packages from source. */
const fs = require('node:fs');
const swcrc = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swcrc.$schema;
swcrc.module = { type: 'es6' };

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{contracts,projections,services/*,tests}/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swcrc] },
  moduleNameMapper: {
    '^@spoor/contracts$': '<rootDir>/contracts/src/index.ts',
    '^@spoor/projections$': '<rootDir>/projections/src/index.ts',
    '^@spoor/event-store$': '<rootDir>/services/event-store/src/index.ts',
    '^@spoor/event-store/conformance$': '<rootDir>/services/event-store/src/conformance/index.ts',
    '^@spoor/verify$': '<rootDir>/services/verify/src/index.ts',
    '^@spoor/ledger$': '<rootDir>/services/ledger/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testTimeout: 30000,
};
