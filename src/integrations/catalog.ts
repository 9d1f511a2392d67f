/**
 * The site's one integration, the only one astro.config.mjs lists. It adds the
 * others itself, in the order the post-build work depends on (each
 * astro:build:done runs in list order, after the one before it returned):
 *
 * 1. `catalog:post-build` reads the catalog at astro:build:start, the build's one read (a
 *    ContentError stops the build there), starts the social images, the Pagefind feed and the
 *    mirror writer; once the pages exist it writes `_headers`;
 * 2. `@astrojs/sitemap` writes the sitemap, with `sitemapOptions`, while Pagefind may still be
 *    writing its index and the mirror worker llms-full.txt;
 * 3. `catalog:post-build-end` waits for the index, the images and the mirrors;
 * 4. `catalog:output` swaps the staged build into the output folder (see staging.ts).
 *
 * They are appended to the config's list, so they run after any integration listed after
 * this one, and the swap after everything that writes into the build. Under `astro dev` it
 * serves the content instead (dev-content.ts).
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { getCatalog } from '../lib/catalog';
import { sitemapOptions } from '../lib/sitemap';
import { serveContent } from './dev-content';
import { postBuild } from './post-build';
import type { SocialImagesOptions } from './social-images';
import { StagedOutput } from './staging';

/** Astro integration: everything the catalog site adds to Astro, in its order. */
export function catalog(options: { socialImages?: SocialImagesOptions } = {}): AstroIntegration {
  const steps = postBuild(options);
  let output: StagedOutput | undefined;
  const swapOutput: AstroIntegration = {
    name: 'catalog:output',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (!output) throw new Error('catalog:output ran in a build that was not staged');
        output.swap();
        logger.info(`output in ${output.finalDir}`);
      },
    },
  };
  return {
    name: 'catalog',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command === 'build') output = new StagedOutput(config.outDir);
        updateConfig({
          ...(output ? { outDir: output.stagingUrl } : {}),
          // The `.md` and llms-full.txt routes render under `astro dev` only; a build writes them itself (mirrors.ts).
          vite: { define: { 'import.meta.env.CATALOG_MIRROR_ROUTES': JSON.stringify(command === 'dev') } },
          integrations: [steps.begin, sitemap(sitemapOptions(getCatalog)), steps.end, swapOutput],
          // A content error is printed once, not with every request (dev-log.ts).
          ...(command === 'dev' ? { logger: { entrypoint: new URL('./dev-log.ts', import.meta.url) } } : {}),
        });
      },
      'astro:server:setup': ({ server, logger }) => serveContent(server, logger),
    },
  };
}
