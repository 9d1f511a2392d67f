#!/usr/bin/env node
/**
 * Serves the built site the way the static hosts it targets do: clean URLs
 * (`/en/models` → `en/models.html`), the nearest `/{locale}/404.html` with status
 * 404 for missing paths, and the right content types. Used by `npm start` and
 * by the end-to-end tests, so both see what production serves.
 *
 *   node scripts/serve.mjs [--dir dist] [--port 4321] [--host 127.0.0.1]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.CATALOG_OUT_DIR ?? 'dist' },
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
  },
});
const root = path.resolve(values.dir);

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
  '.pf_meta': 'application/octet-stream',
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
  const decoded = decodeURIComponent(urlPath);
  const target = path.resolve(root, `.${decoded}`);
  if (target !== root && !target.startsWith(root + path.sep)) return undefined;
  const candidates = decoded.endsWith('/') ? [path.join(target, 'index.html')] : [target, `${target}.html`, path.join(target, 'index.html')];
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
    let file = await resolve(url.pathname);
    let status = 200;
    if (!file) {
      file = await notFoundPage(url.pathname);
      status = 404;
    }
    const body = await readFile(file);
    res.writeHead(status, {
      'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (error) {
    res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(String(error));
  }
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at http://${values.host}:${values.port}/`);
});
