/**
 * Validates the whole content tree before Astro renders or writes anything, so
 * a bad file stops the build with every problem listed and no partial output.
 */
import type { AstroIntegration } from 'astro';
import { defaultContentDir, loadCatalog, loadCatalogOnce } from '../lib/content/load';
import { ContentError } from '../lib/content/errors';
import { formatHeadersFile, headerRules } from '../lib/headers';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Astro integration: content validation at config time, `_headers` after the build, reloads on content edits in dev. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'catalog:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger, addWatchFile }) => {
        const contentDir = defaultContentDir();
        try {
          const catalog = command === 'dev' ? loadCatalog(contentDir) : loadCatalogOnce(contentDir);
          const variants = catalog.families.reduce((n, f) => n + f.variants.length, 0);
          logger.info(`content OK: ${catalog.families.length} families, ${variants} variants (${contentDir})`);
        } catch (error) {
          if (error instanceof ContentError && command === 'dev') {
            logger.error(error.message);
            return;
          }
          throw error;
        }
        addWatchFile(new URL(`file://${contentDir}/`));
      },
      'astro:build:done': ({ dir }) => {
        // Underscore files are not routes in Astro, so _headers is written once the pages exist.
        writeFileSync(fileURLToPath(new URL('_headers', dir)), formatHeadersFile(headerRules(loadCatalogOnce())));
      },
      'astro:server:setup': ({ server }) => {
        const contentDir = defaultContentDir();
        server.watcher.add(contentDir);
        server.watcher.on('all', (_event, file) => {
          if (file.startsWith(contentDir)) server.ws.send({ type: 'full-reload' });
        });
      },
    },
  };
}
