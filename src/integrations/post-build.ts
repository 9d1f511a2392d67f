/**
 * What is made beside the pages: `_headers`, the Markdown mirrors and
 * llms-full.txt, the Pagefind search index and the social images. All of them
 * are made while the pages render, off the main thread where they can be. The
 * images need only the content, so a worker thread draws them from the start
 * of the build. Astro's prerenderer reports each page as it is rendered:
 * Pagefind's own process indexes the searchable ones on the second core and
 * writes its index as soon as it has the last of them (see search-index.ts),
 * and the first page starts the mirror worker (see mirrors.ts). What is left
 * once the pages exist is waiting for those to finish, and the sitemap.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { getCatalog } from '../lib/catalog';
import { formatHeadersFile, headerRules } from '../lib/headers';
import { isSearchable, listPages } from '../lib/routes';
import { MirrorWriter } from './mirrors';
import { namingRenderFailures } from './render-errors';
import { feedingPrerenderer, SearchIndexFeed } from './search-index';
import { startSocialImages, type SocialImagesOptions, type SocialImagesRun } from './social-images';

/**
 * The two halves of the post-build step, as Astro integrations: `begin` goes
 * before @astrojs/sitemap, `end` after it (the catalog integration lists them). `begin` starts the
 * images, the search feed and the mirror writer with the build and, once the
 * pages exist, writes `_headers`; the sitemap is written next while Pagefind
 * may still be writing its index in its own process and the mirror worker
 * llms-full.txt; `end` waits for the index, the images and the mirrors.
 */
export function postBuild(options: { socialImages?: SocialImagesOptions } = {}): { begin: AstroIntegration; end: AstroIntegration } {
  let socialImages: SocialImagesRun | undefined;
  let searchIndex: SearchIndexFeed | undefined;
  let mirrors: MirrorWriter | undefined;
  let outDir: URL | undefined;
  let finishing: Promise<[number, { count: number; ms: number }, number]> | undefined;
  let pagesDone = 0;
  const begin: AstroIntegration = {
    name: 'catalog:post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        // The build's one read of the content, before anything is rendered: a ContentError stops it here.
        const catalog = getCatalog();
        logger.info(`content OK: ${catalog.families.length} families, ${catalog.families.reduce((n, f) => n + f.variants.length, 0)} variants`);
        if (!outDir) throw new Error('astro:build:start ran before astro:config:done: the output folder for the mirrors and the search index is unknown');
        socialImages = startSocialImages(catalog, options.socialImages, outDir);
        const feed = new SearchIndexFeed(
          listPages(catalog)
            .filter(isSearchable)
            .map((page) => page.path),
          outDir,
        );
        searchIndex = feed;
        const writer = new MirrorWriter(catalog, outDir);
        mirrors = writer;
        setPrerenderer((base) => feedingPrerenderer(namingRenderFailures(base, catalog), feed, logger, (path) => writer.pageRendered(path)));
      },
      'astro:build:done': async ({ dir }) => {
        if (!socialImages || !searchIndex || !mirrors)
          throw new Error('astro:build:done ran without astro:build:start: the images, the search index and the mirrors were never started');
        const catalog = getCatalog();
        pagesDone = performance.now();
        finishing = Promise.all([searchIndex.finish(), socialImages.finish(dir), mirrors.finish()]);
        // Reported by `end`; until then a failure must not count as unhandled.
        finishing.catch(() => undefined);
        // Underscore files are not routes in Astro, so _headers is written here.
        await writeFile(fileURLToPath(new URL('_headers', dir)), formatHeadersFile(headerRules(catalog)));
      },
    },
  };
  const end: AstroIntegration = {
    name: 'catalog:post-build-end',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        if (!finishing)
          throw new Error('catalog:post-build-end ran before catalog:post-build: the catalog integration adds it after it and after @astrojs/sitemap');
        const [pages, images, mirrorCount] = await finishing;
        logger.info(
          `${mirrorCount} mirrors; search index: ${pages} pages; ${images.count} social images, drawn since the build started (${Math.round(images.ms)} ms); ${Math.round(performance.now() - pagesDone)} ms after the pages`,
        );
      },
    },
  };
  return { begin, end };
}
