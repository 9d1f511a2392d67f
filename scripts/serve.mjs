#!/usr/bin/env node
/**
 * Serves the built site the way the static hosts it targets do: clean URLs
 * (`/en/models` → `en/models.html`), the nearest `/{locale}/404.html` with status
 * 404 for missing paths, the headers of `_headers`, and the Accept: text/markdown
 * rule the README gives for the edge. Used by `npm start` and the browser tests,
 * so both see what production serves.
 *
 *   node scripts/serve.mjs [--dir dist] [--port 4321] [--host 127.0.0.1]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
// Plain, import-free TypeScript modules: Node 24 strips their types.
import { markdownPathFor, prefersMarkdown } from '../src/lib/negotiate.ts';
import { headersFor, parseHeadersFile } from '../src/lib/headers-file.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.CATALOG_OUT_DIR ?? 'dist' },
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
  },
});
const root = path.resolve(values.dir);
const headersFile = path.join(root, '_headers');
const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];

const types = {
  '.html': 'text/html; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The file a request path maps to, trying the clean-URL forms static hosts try. */
async function resolve(urlPath) {
  const target = path.resolve(root, `.${urlPath}`);
  if (target !== root && !target.startsWith(root + path.sep)) return undefined;
  if (path.basename(target).startsWith('_')) return undefined; // _headers is configuration, not content
  const candidates = urlPath.endsWith('/') ? [path.join(target, 'index.html')] : [target, `${target}.html`, path.join(target, 'index.html')];
  for (const candidate of candidates) if (await isFile(candidate)) return candidate;
  return undefined;
}

/** The nearest 404 page: `/zh-TW/404.html` for paths under `/zh-TW/`, else `/404.html`. */
async function notFoundPage(urlPath) {
  const segment = urlPath.split('/')[1];
  const local = segment ? path.join(root, segment, '404.html') : undefined;
  if (local && (await isFile(local))) return local;
  return path.join(root, '404.html');
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    // The edge rule: an agent that prefers Markdown gets the page's mirror at the page's own URL.
    const twin = markdownPathFor(pathname);
    const negotiated = Boolean(twin && prefersMarkdown(req.headers.accept) && (await resolve(twin)));
    if (negotiated && twin) pathname = twin;
    let file = await resolve(pathname);
    let status = 200;
    if (!file) {
      file = await notFoundPage(pathname);
      status = 404;
    }
    let body = await readFile(file);
    const headers = {
      'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
      ...(status === 200 ? headersFor(rules, pathname) : headersFor(rules, '/404')),
    };
    if (twin) headers['Vary'] = 'Accept';
    // Text is compressed, as every static host does.
    if (/^(text\/|application\/(json|xml|atom|manifest)|image\/svg)/.test(headers['Content-Type']) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
      headers['Vary'] = headers['Vary'] ? `${headers['Vary']}, Accept-Encoding` : 'Accept-Encoding';
    }
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (error) {
    res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(String(error));
  }
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at http://${values.host}:${values.port}/`);
});
