#!/usr/bin/env node
/**
 * Serves a built portal for a preview, the way `npm start` is meant to serve a publication:
 *
 *   node scripts/serve.mjs [--dir DIR/site] [--port 4321]
 *
 * - the site's files from DIR/site, with /x/ answered by /x/index.html and unknown paths by 404.html;
 * - /receipts/, /log/, /open-data/ and /data/ from the publication folder next to the site
 *   (DIR/receipts etc.) when the site folder does not hold them itself;
 * - the receipt-code form without JavaScript: GET /idee/?code=k7m4qx2p (or /en/idea/?code=...)
 *   is redirected (303) to /idee/K7M4-QX2P/, the code normalised as the trail normalises it.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const portalDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { dir: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } } });
const siteDir = resolve(values.dir ?? join(portalDir, 'dist'));
const publication = dirname(siteDir);
const port = Number(values.port ?? process.env.PORT ?? 4321);

const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.ndjson': 'application/x-ndjson', '.csv': 'text/csv; charset=utf-8', '.md': 'text/markdown; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream' };
const published = ['receipts', 'log', 'open-data', 'data'];

/** The same reading of a typed code as normaliseReceiptCode in @spoor/projections. */
const normalise = (input) => {
  const compact = input.toUpperCase().replace(/[\s\-\u2010-\u2015\u2212_.]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return /^[0-9A-HJKMNP-TV-Z]{8}$/.test(compact) ? `${compact.slice(0, 4)}-${compact.slice(4)}` : null;
};

const fileFor = (pathname) => {
  const rel = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  const first = rel.split(sep)[0];
  const roots = [siteDir, ...(published.includes(first) ? [publication] : [])];
  for (const rootDir of roots) {
    const file = join(rootDir, rel);
    if (!file.startsWith(rootDir)) continue;
    if (existsSync(file) && statSync(file).isFile()) return file;
    const index = join(file, 'index.html');
    if (existsSync(index)) return index;
  }
  return null;
};

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const code = url.searchParams.get('code');
  if (code !== null && /\/(?:en\/idea|idee)\/$/.test(url.pathname)) {
    const normalised = normalise(code);
    if (normalised) {
      res.writeHead(303, { location: `${url.pathname}${normalised}/` });
      res.end();
      return;
    }
  }
  const file = fileFor(url.pathname);
  if (!file) {
    const notFound = join(siteDir, '404.html');
    res.writeHead(404, { 'content-type': types['.html'] });
    if (existsSync(notFound)) createReadStream(notFound).pipe(res);
    else res.end('Not found');
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}).listen(port, values.host ?? '127.0.0.1', () => process.stderr.write(`Portal at http://localhost:${port}/ (from ${siteDir})\n`));
