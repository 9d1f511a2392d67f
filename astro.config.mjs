// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import { site } from './src/config/site.ts';
import { catalog } from './src/integrations/catalog.ts';

export default defineConfig({
  site: site.siteUrl,
  // `file` writes /en/models/minimax/m2.5.html, served at /en/models/minimax/m2.5 (no trailing slash),
  // and /en/404.html, which static hosts serve for missing paths under /en/.
  // Pages are rendered several at a time so one page renders while the last is written to disk:
  // on the 2-core benchmark machine this took a 3,400-page build's render step from 15.8 s to about 10 s.
  // Output does not depend on it: every file's content and the page list's order are fixed.
  build: { format: 'file', concurrency: Number(process.env.CATALOG_RENDER_CONCURRENCY ?? 16) },
  trailingSlash: 'never',
  // A build writes beside it and replaces it only once it has finished (src/integrations/staging.ts).
  outDir: process.env.CATALOG_OUT_DIR ?? './dist',
  // The sitemap, the mirrors and llms files, the search index, the social images and _headers,
  // in the order they depend on: src/integrations/catalog.ts.
  integrations: [catalog()],
  // Scripts are never inlined: the cost calculator's (which shares src/lib/pricing.ts with the build) would
  // otherwise be pasted into every spec sheet, where it counted against each page's 14 KB; as a file it is
  // fetched once and cached, and the pages' own weight is HTML and CSS only.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
