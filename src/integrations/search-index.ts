/**
 * The Pagefind index, built once the pages exist (see post-build.ts). Pagefind reads each page's
 * `<html lang>` and writes one index per language, so a search from a zh-HK
 * page only ever returns zh-HK pages. Only `<main data-pagefind-body>` is
 * indexed: navigation, footers, 404s and the search page stay out.
 */
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { isSearchable, type SitePage } from '../lib/routes';

/**
 * Writes the Pagefind index of the built site in `dir` to `/pagefind/`, from the
 * searchable pages of the page list only (Pagefind never reads the others), and
 * returns how many pages it indexed.
 */
export async function writeSearchIndex(dir: URL, pages: readonly SitePage[]): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const searchable = pages.filter(isSearchable);
    // Pages go in one at a time, in page-list order: the index Pagefind writes depends on the order it
    // receives pages, and builds must be byte-identical. Reading the next files meanwhile keeps it busy.
    for (let start = 0; start < searchable.length; start += 32) {
      const batch = searchable.slice(start, start + 32);
      const contents = await Promise.all(batch.map((page) => readFile(fileURLToPath(new URL(`.${page.path}.html`, dir)), 'utf8')));
      for (const [i, page] of batch.entries()) {
        const added = await index.addHTMLFile({ url: page.path, content: contents[i] ?? '' });
        if (added.errors.length) throw new Error(`Pagefind could not index ${page.path}: ${added.errors.join('; ')}`);
      }
    }
    const count = searchable.length;
    const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return count;
  } finally {
    await pagefind.close();
  }
}
