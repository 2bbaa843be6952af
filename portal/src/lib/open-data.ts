import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface OpenDataFile {
  name: string;
  bytes: number;
}

let cached: OpenDataFile[] | null | undefined;

/**
 * The files of the open-data folder the publisher wrote before building the site
 * (SPOOR_PORTAL_OPEN_DATA_DIR, see docs/portal.md), listed once; null when it is not given.
 */
export const openDataFiles = (): OpenDataFile[] | null => {
  if (cached !== undefined) return cached;
  const dir = process.env.SPOOR_PORTAL_OPEN_DATA_DIR;
  if (!dir) return (cached = null);
  try {
    cached = readdirSync(dir)
      .filter((name) => statSync(join(dir, name)).isFile())
      .sort()
      .map((name) => ({ name, bytes: statSync(join(dir, name)).size }));
  } catch {
    cached = null;
  }
  return cached;
};
