#!/usr/bin/env node
// spoor-verify DIR|URL: checks a published Spoor record (see docs/integrity.md). Runs the compiled package.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(packageDir, 'dist', 'cli.js');
if (!existsSync(entry)) {
  process.stderr.write('spoor-verify: first run, compiling the TypeScript sources (tsc -b)...\n');
  const root = join(packageDir, '..', '..');
  const built = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-b', packageDir], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const { runVerifyCli } = await import(entry);
process.exitCode = await runVerifyCli(process.argv.slice(2));
