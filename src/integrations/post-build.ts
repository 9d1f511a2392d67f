/**
 * What is made beside the pages: `_headers`, the Markdown mirrors, the Pagefind
 * search index and the social images. Both of the slow ones run beside the page rendering, on the
 * machine's second core: the images need only the content, so a worker thread
 * draws them from the start of the build; the index needs the pages' HTML, so
 * Astro's prerenderer hands each searchable page to Pagefind's own process as
 * it is rendered. What is left once the pages exist is writing both out, and
 * the mirrors (see mirrors.ts) meanwhile.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadCatalogOnce } from '../lib/content/load';
import { formatHeadersFile, headerRules } from '../lib/headers';
import { isSearchable, listPages } from '../lib/routes';
import { writeMirrors } from './mirrors';
import { feedingPrerenderer, SearchIndexFeed } from './search-index';
import { startSocialImages, type SocialImagesOptions, type SocialImagesRun } from './social-images';

/** Astro integration: `_headers`, mirrors, search index and social images. */
export function postBuild(options: { socialImages?: SocialImagesOptions } = {}): AstroIntegration {
  let socialImages: SocialImagesRun | undefined;
  let searchIndex: SearchIndexFeed | undefined;
  return {
    name: 'catalog:post-build',
    hooks: {
      'astro:build:start': ({ setPrerenderer, logger }) => {
        const catalog = loadCatalogOnce();
        socialImages = startSocialImages(catalog, options.socialImages);
        const feed = new SearchIndexFeed(listPages(catalog).filter(isSearchable).map((page) => page.path));
        searchIndex = feed;
        setPrerenderer((base) => feedingPrerenderer(base, feed, logger));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!socialImages || !searchIndex) throw new Error('astro:build:done ran without astro:build:start: the images and the search index were never started');
        const catalog = loadCatalogOnce();
        const started = performance.now();
        // Underscore files are not routes in Astro, so _headers is written here.
        await writeFile(fileURLToPath(new URL('_headers', dir)), formatHeadersFile(headerRules(catalog)));
        // Pagefind writes in its own process and the images finish on their thread while this one writes the mirrors.
        const [pages, images, mirrors] = await Promise.all([searchIndex.finish(dir), socialImages.finish(dir), writeMirrors(catalog, dir)]);
        logger.info(
          `${mirrors} mirrors; search index: ${pages} pages; ${images.count} social images, drawn since the build started (${Math.round(images.ms)} ms); ${Math.round(performance.now() - started)} ms after the pages`,
        );
      },
    },
  };
}
