/**
 * Worker thread for the Markdown mirrors: builds and writes every page's
 * mirror, then each locale's llms-full.txt, while the main thread renders the
 * pages. It gets the catalog the build already read (a structured clone, so
 * the content is read and validated once) and the output folder; it answers
 * once, with `{ done }` or `{ error }`.
 *
 * Node runs this file by stripping its types. src/lib imports its modules
 * without file extensions, as Vite resolves them; Node's own resolver does not,
 * so a resolve hook adds `.ts` (or `/index.ts`) to relative imports first, and
 * src/lib is imported only once the hook is in place.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { registerHooks } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { Catalog } from '../lib/content/types.ts';
import type { SitePage } from '../lib/routes.ts';

/** What the worker is started with. */
export interface MirrorWorkerData {
  catalog: Catalog;
  /** The output folder, as a path; mirror paths (`/en/models.md`) are relative to it. */
  root: string;
}

/** The worker's one answer. */
export type MirrorWorkerReply = { done: number } | { error: string };

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (/^\.\.?\//.test(specifier) && !/\.(?:[cm]?[jt]s|json)$/.test(specifier) && context.parentURL?.startsWith('file:')) {
      for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
        const url = new URL(candidate, context.parentURL);
        if (existsSync(fileURLToPath(url))) return nextResolve(url.href, context);
      }
    }
    return nextResolve(specifier, context);
  },
});

if (parentPort) {
  const port = parentPort;
  const { catalog, root } = workerData as MirrorWorkerData;
  const { localeCodes } = await import('../config/locales.ts');
  const { buildMirror } = await import('../lib/mirror.ts');
  const { listPages, llmsFullPath } = await import('../lib/routes.ts');
  const { llmsFullTxtParts } = await import('../lib/llms.ts');
  const fileOf = (sitePath: string) => path.join(root, ...sitePath.split('/'));
  let count = 0;
  let current: SitePage | undefined;
  try {
    // Mirrors share a few hundred folders: each is made once, not asked for again per file.
    const folders = new Set<string>();
    for (const page of listPages(catalog)) {
      if (!page.mirrorPath) continue;
      current = page;
      const file = fileOf(page.mirrorPath);
      const folder = path.dirname(file);
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
      folders.add(folder);
      writeFileSync(file, buildMirror(page, catalog));
      count++;
    }
    current = undefined;
    // Written a mirror at a time, from the files just written: at 1,000 variants each file is
    // some 16 MB, held twice over (as text, then encoded) if built whole.
    const mirrorOnDisk = (page: SitePage) => readFileSync(fileOf(page.mirrorPath ?? ''), 'utf8');
    for (const locale of localeCodes) {
      const fd = openSync(fileOf(llmsFullPath(locale)), 'w');
      try {
        for (const part of llmsFullTxtParts(catalog, locale, mirrorOnDisk)) writeSync(fd, part);
      } finally {
        closeSync(fd);
      }
    }
    port.postMessage({ done: count } satisfies MirrorWorkerReply);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const what = current ? `the mirror of ${current.path} (${current.mirrorPath})` : 'llms-full.txt';
    port.postMessage({ error: `${what} could not be written: ${reason}` } satisfies MirrorWorkerReply);
  }
}
