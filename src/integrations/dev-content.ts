/**
 * The content under `astro dev`: nothing is read at startup, so the server
 * starts on broken content; the first request reads the catalog (src/lib/catalog.ts),
 * and a ContentError is thrown from that page's render or getStaticPaths, which
 * Astro shows on its error page. It is logged here once per edit of the content,
 * not once per request. Any change under the content folder drops the catalog
 * read so far and Astro's cached getStaticPaths results, and reloads the browser:
 * a fixed file brings its page back and a new variant gets its page, without a restart.
 */
import type { AstroIntegrationLogger } from 'astro';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { forgetCatalog, onCatalogError } from '../lib/catalog';
import { defaultContentDir } from '../lib/content/load';
import { markPrintedContentError } from './dev-log';

/** Astro's server environments' event that clears their getStaticPaths cache (Astro sends it when its own content store changes). */
const routeCacheEvent = 'astro:content-changed';

/** Watches the content folder on `server`, and logs each failed read of it through `logger`. */
export function serveContent(server: ViteDevServer, logger: AstroIntegrationLogger): void {
  const contentDir = defaultContentDir();
  const forgetRead = () => {
    forgetCatalog();
    markPrintedContentError(undefined);
  };
  // A server restarted after a config edit runs in the same process: content edited meanwhile is read afresh.
  forgetRead();
  onCatalogError((error) => {
    const message = error instanceof Error ? error.message : String(error);
    logger.error(message);
    markPrintedContentError(message);
  });
  server.watcher.add(contentDir);
  server.watcher.on('all', (_event, file) => {
    if (file !== contentDir && !file.startsWith(`${contentDir}${path.sep}`)) return;
    forgetRead();
    for (const [name, environment] of Object.entries(server.environments)) {
      if (name !== 'client') environment.hot.send(routeCacheEvent, {});
    }
    server.environments.client.hot.send({ type: 'full-reload', path: '*' });
  });
}
