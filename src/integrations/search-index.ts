/**
 * Builds the Pagefind index once the pages exist. Pagefind reads each page's
 * `<html lang>` and writes one index per language, so a search from a zh-HK
 * page only ever returns zh-HK pages. Only `<main data-pagefind-body>` is
 * indexed: navigation, footers, 404s and the search page stay out.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Astro integration: the site search index, written to `/pagefind/`. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'catalog:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: fileURLToPath(dir), glob: '**/*.html' });
        if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        logger.info(`search index: ${added.page_count} pages`);
        await pagefind.close();
      },
    },
  };
}
