import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

/**
 * Module boundaries (CONVENTIONS.md): contracts depend on nothing; projections on contracts;
 * services on contracts, projections and other services; the portal on contracts and projections.
 */
const depConstraints = [
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'type:projections', onlyDependOnLibsWithTags: ['type:contracts'] },
  // The verifier trusts nothing of the ledger: it may replay the public projections, no more.
  { sourceTag: 'type:verify', onlyDependOnLibsWithTags: ['type:contracts', 'type:projections'] },
  { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:contracts', 'type:projections', 'type:service', 'type:verify'] },
  { sourceTag: 'type:portal', onlyDependOnLibsWithTags: ['type:contracts', 'type:projections', 'type:verify'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contracts', 'type:projections', 'type:service', 'type:verify'] },
];

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', 'coverage/**', '.nx/**', 'bench/.data/**', 'portal/.astro/**'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.spec.json', './contracts/tsconfig.json', './projections/tsconfig.json', './services/*/tsconfig.json', './portal/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@nx/enforce-module-boundaries': ['error', { enforceBuildableLibDependency: false, allow: [], depConstraints }],
      // Every switch over a union ends exhaustively (deciders, projections).
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Files stay small; past 300 lines, split by use case.
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Deciders and projections are pure: time and ids come in through the command, never from here.
    files: ['**/*.use-case.ts', '**/*.projection.ts', 'services/ledger/src/**/{process,conversation,idea,ambassador,participant,wildcard}.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'decide/evolve get time from the command or its metadata, not new Date()' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'decide/evolve get time from the command or its metadata, not Date.now()' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'decide/evolve are deterministic: no Math.random()' },
      ],
    },
  },
  {
    // Contracts are the public API: plain schemas, no runtime dependencies but zod.
    files: ['contracts/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', '@nestjs/*', '@spoor/*'], message: 'contracts depend on zod only' }] }],
    },
  },
  {
    files: ['**/*.spec.ts'],
    rules: { 'max-lines': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Generated from the sources (with a test that it is up to date); its length follows the contracts.
    files: ['**/*.generated.ts'],
    rules: { 'max-lines': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
];
