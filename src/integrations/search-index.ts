/**
 * The Pagefind index, built once the pages exist (see post-build.ts). Pagefind reads each page's
 * `<html lang>` and writes one index per language, so a search from a zh-HK
 * page only ever returns zh-HK pages. Only `<main data-pagefind-body>` is
 * indexed: navigation, footers, 404s and the search page stay out.
 */
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Writes the Pagefind index of the built site in `dir` to `/pagefind/`; returns the pages indexed. */
export async function writeSearchIndex(dir: URL): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: fileURLToPath(dir), glob: '**/*.html' });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
