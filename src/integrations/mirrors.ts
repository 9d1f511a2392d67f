/**
 * Writes the Markdown mirror of every page that has one, straight from the page
 * list, once the pages exist. Astro's per-route rendering cost about 0.8 ms a
 * mirror (a request, a response, an awaited write); building the text and
 * writing it synchronously costs about a quarter of that, and it runs while
 * Pagefind writes its index and the image worker finishes, so it adds little
 * to the build. The dev server renders the same text through the `.md` routes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog } from '../lib/content/types';
import { buildMirror } from '../lib/mirror';
import { listPages } from '../lib/routes';

/** Mirrors written between two turns of the event loop, so Pagefind's and the worker's messages are not held up. */
const batchSize = 200;

/** Writes every mirror under `outDir`; resolves to how many. A failure names the page. */
export async function writeMirrors(catalog: Catalog, outDir: URL): Promise<number> {
  const root = fileURLToPath(outDir);
  const pages = listPages(catalog).filter((page) => page.mirrorPath);
  const folders = new Set<string>();
  for (let start = 0; start < pages.length; start += batchSize) {
    await new Promise((resume) => setImmediate(resume));
    for (const page of pages.slice(start, start + batchSize)) {
      const file = path.join(root, ...(page.mirrorPath ?? '').split('/'));
      try {
        const folder = path.dirname(file);
        if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
        folders.add(folder);
        writeFileSync(file, buildMirror(page, catalog));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`the mirror of ${page.path} (${page.mirrorPath}) could not be written: ${reason}`, { cause: error });
      }
    }
  }
  return pages.length;
}
