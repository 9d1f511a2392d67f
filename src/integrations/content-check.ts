/**
 * Validates the whole content tree before Astro renders or writes anything, so
 * a bad file stops the build with every problem listed and no partial output.
 */
import type { AstroIntegration } from 'astro';
import { defaultContentDir, loadCatalog, loadCatalogOnce } from '../lib/content/load';
import { ContentError } from '../lib/content/errors';

/** Astro integration: content validation at config time, and reloads on content edits in dev. */
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
