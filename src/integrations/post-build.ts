/**
 * What is made from the finished pages: `_headers`, the Pagefind search index
 * and the social images. The index runs in Pagefind's own process and the
 * images mostly in resvg's threads, so the two run side by side rather than one
 * after the other, which on large catalogs halves this step.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadCatalogOnce } from '../lib/content/load';
import { formatHeadersFile, headerRules } from '../lib/headers';
import { listPages } from '../lib/routes';
import { writeSearchIndex } from './search-index';
import { writeSocialImages, type SocialImagesOptions } from './social-images';

/** Astro integration: `_headers`, search index and social images after the build. */
export function postBuild(options: { socialImages?: SocialImagesOptions } = {}): AstroIntegration {
  return {
    name: 'catalog:post-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const catalog = loadCatalogOnce();
        const started = performance.now();
        // Underscore files are not routes in Astro, so _headers is written here.
        await writeFile(fileURLToPath(new URL('_headers', dir)), formatHeadersFile(headerRules(catalog)));
        const [pages, images] = await Promise.all([writeSearchIndex(dir, listPages(catalog)), writeSocialImages(catalog, dir, options.socialImages)]);
        logger.info(
          `search index: ${pages} pages; ${images.count} social images (${Math.round(images.ms / Math.max(1, images.count))} ms each); ${Math.round(performance.now() - started)} ms in all`,
        );
      },
    },
  };
}
