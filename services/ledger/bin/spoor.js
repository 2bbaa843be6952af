#!/usr/bin/env node
// The spoor command. It runs the compiled CLI; on a fresh checkout it builds it first.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(packageDir, 'dist', 'cli', 'main.js');
if (!existsSync(entry)) {
  process.stderr.write('spoor: first run, compiling the TypeScript sources (tsc -b)...\n');
  const root = join(packageDir, '..', '..');
  const built = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-b', packageDir], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
await import(entry);
