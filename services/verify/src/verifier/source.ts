import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** A source that cannot be read at all (no such folder, no answer from the site): a usage error, not a mismatch. */
export class SourceError extends Error {
  override name = 'SourceError';
}

/** Where a publication is read from: a folder or a site. Paths are relative, with '/'. */
export interface PublicationSource {
  readonly location: string;
  /** The file's bytes, or undefined when it is not there. */
  read(path: string): Promise<Buffer | undefined>;
  /**
   * The file's lines, streamed, split on LF only, each with one spare byte in front (the line is
   * `slotted.subarray(1)`; the spare byte lets the leaf hash be computed without a copy, see
   * leafDigestOfSlotted); undefined when the file is not there.
   */
  lines(path: string): Promise<AsyncIterable<Buffer> | undefined>;
  /** The names in a folder, or undefined when a site cannot list it. */
  list(dir: string): Promise<string[] | undefined>;
}

/**
 * Splits a byte stream on LF into lines, each with one spare byte in front (the LF before it, or a
 * byte added in front of the data); a last line without LF is yielded with `unterminated` set.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Buffer & { unterminated?: true }> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of chunks) {
    // A copy (the stream may reuse its chunk's memory) with the spare byte of the first line in front.
    const data = Buffer.allocUnsafe(1 + rest.length + chunk.length);
    data.set(rest, 1);
    data.set(chunk, 1 + rest.length);
    let start = 1;
    for (let lf = data.indexOf(0x0a, start); lf >= 0; lf = data.indexOf(0x0a, start)) {
      yield data.subarray(start - 1, lf);
      start = lf + 1;
    }
    rest = data.subarray(start);
  }
  if (rest.length > 0) {
    const last = Buffer.allocUnsafe(1 + rest.length);
    last.set(rest, 1);
    yield Object.assign(last, { unterminated: true as const });
  }
}

const isMissing = (error: unknown): boolean => ['ENOENT', 'ENOTDIR', 'EISDIR'].includes((error as NodeJS.ErrnoException).code ?? '');

const directorySource = async (dir: string): Promise<PublicationSource> => {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new SourceError(`${dir}: no such folder`);
  const full = (path: string) => join(dir, ...path.split('/'));
  return {
    location: dir,
    read: async (path) => readFile(full(path)).catch((error: unknown) => (isMissing(error) ? undefined : Promise.reject(error))),
    lines: async (path) => {
      const exists = await stat(full(path)).catch(() => undefined);
      return exists?.isFile() ? splitLines(createReadStream(full(path), { highWaterMark: 1 << 20 })) : undefined;
    },
    list: async (path) => readdir(full(path)).catch((error: unknown) => (isMissing(error) ? [] : Promise.reject(error))),
  };
};

const siteSource = (base: string): PublicationSource => {
  const root = base.endsWith('/') ? base : `${base}/`;
  const get = async (path: string): Promise<Response | undefined> => {
    let response: Response;
    try {
      response = await fetch(new URL(path, root));
    } catch (error) {
      throw new SourceError(`${new URL(path, root).href}: ${(error as Error).message}`);
    }
    if (response.status === 404 || response.status === 410) return undefined;
    if (!response.ok) throw new SourceError(`${new URL(path, root).href}: HTTP ${response.status}`);
    return response;
  };
  return {
    location: root,
    read: async (path) => {
      const response = await get(path);
      return response ? Buffer.from(await response.arrayBuffer()) : undefined;
    },
    lines: async (path) => {
      const response = await get(path);
      return response?.body ? splitLines(response.body as unknown as AsyncIterable<Uint8Array>) : undefined;
    },
    list: async () => undefined,
  };
};

/** A folder path, or an http(s) URL of a published site. */
export const openSource = async (location: string): Promise<PublicationSource> =>
  /^https?:\/\//i.test(location) ? siteSource(location) : directorySource(location);
