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

/**
 * The two halves of the post-build step, as Astro integrations: `begin` goes
 * before @astrojs/sitemap in the config, `end` after it. `begin` starts the
 * images and the search feed with the build and, once the pages exist, asks
 * Pagefind to write its index, then writes `_headers` and the mirrors; the
 * sitemap is written next while Pagefind is still at work in its own process;
 * `end` waits for the index and the images. On a large catalog Pagefind's
 * write is the longest of these, so the mirrors and the sitemap cost nothing.
 */
export function postBuild(options: { socialImages?: SocialImagesOptions } = {}): { begin: AstroIntegration; end: AstroIntegration } {
  let socialImages: SocialImagesRun | undefined;
  let searchIndex: SearchIndexFeed | undefined;
  let finishing: Promise<[number, { count: number; ms: number }]> | undefined;
  let pagesDone = 0;
  let mirrorCount = 0;
  const begin: AstroIntegration = {
    name: 'catalog:post-build',
    hooks: {
      // The `.md` routes render mirrors under `astro dev` only; a build writes them in build:done.
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.CATALOG_MIRROR_ROUTES': JSON.stringify(command === 'dev') } } });
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        const catalog = loadCatalogOnce();
        socialImages = startSocialImages(catalog, options.socialImages);
        const feed = new SearchIndexFeed(listPages(catalog).filter(isSearchable).map((page) => page.path));
        searchIndex = feed;
        setPrerenderer((base) => feedingPrerenderer(base, feed, logger));
      },
      'astro:build:done': async ({ dir }) => {
        if (!socialImages || !searchIndex) throw new Error('astro:build:done ran without astro:build:start: the images and the search index were never started');
        const catalog = loadCatalogOnce();
        pagesDone = performance.now();
        finishing = Promise.all([searchIndex.finish(dir), socialImages.finish(dir)]);
        // Reported by `end`; until then a failure must not count as unhandled.
        finishing.catch(() => undefined);
        // Underscore files are not routes in Astro, so _headers is written here.
        await writeFile(fileURLToPath(new URL('_headers', dir)), formatHeadersFile(headerRules(catalog)));
        mirrorCount = await writeMirrors(catalog, dir);
      },
    },
  };
  const end: AstroIntegration = {
    name: 'catalog:post-build-end',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        if (!finishing) throw new Error('catalog:post-build-end ran before catalog:post-build: put it after it (and after @astrojs/sitemap) in the config');
        const [pages, images] = await finishing;
        logger.info(
          `${mirrorCount} mirrors; search index: ${pages} pages; ${images.count} social images, drawn since the build started (${Math.round(images.ms)} ms); ${Math.round(performance.now() - pagesDone)} ms after the pages`,
        );
      },
    },
  };
  return { begin, end };
}
