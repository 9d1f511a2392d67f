// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { site } from './src/config/site.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { postBuild } from './src/integrations/post-build.ts';
import { sitemapOptions } from './src/lib/sitemap.ts';

export default defineConfig({
  site: site.siteUrl,
  // `file` writes /en/models/minimax/m2.5.html, served at /en/models/minimax/m2.5 (no trailing slash),
  // and /en/404.html, which static hosts serve for missing paths under /en/.
  build: { format: 'file' },
  trailingSlash: 'never',
  outDir: process.env.CATALOG_OUT_DIR ?? './dist',
  integrations: [contentCheck(), mdx(), sitemap(sitemapOptions()), postBuild()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
