/**
 * The `_headers` file (Netlify / Cloudflare Pages syntax) written beside the
 * build: mirrors are served as Markdown with a canonical Link to their page,
 * and every page advertises its mirror. Built from the page list, so every
 * mirror has its rule.
 */
import { absoluteUrl, feedPath, listPages, llmsFullPath, llmsTxtPath } from './routes';
import { openRouterModelsPath } from './openrouter';
import { localeCodes } from '../config/locales';
import type { Catalog } from './content/types';
import type { HeaderRule } from './headers-file';
import { feedsFolder } from './feed';

export { formatHeadersFile, headersFor, parseHeadersFile, type HeaderRule } from './headers-file';

/**
 * What a page may load: the site's own scripts (no inline script: Astro bundles them all into files) and
 * WebAssembly for Pagefind's search; styles from the site plus inline style attributes (Shiki's colours);
 * images from the site and data: URLs; nothing framed, no plugins, no <base> elsewhere, forms to the site.
 * JSON-LD blocks are data, not scripts, and need no exception.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/**
 * What agents read from other origins (a browser-based agent, a notebook on another host): the JSON,
 * the llms files and the mirrors may be fetched by any page. HTML pages keep the browser's same-origin
 * default; they are for reading here, not for scripts elsewhere.
 */
const anyOrigin: [string, string] = ['Access-Control-Allow-Origin', '*'];

/** Every header rule of the site. */
export function headerRules(catalog: Catalog): HeaderRule[] {
  const rules: HeaderRule[] = [
    {
      path: '/*',
      headers: [
        ['X-Content-Type-Options', 'nosniff'],
        ['Content-Security-Policy', contentSecurityPolicy],
      ],
    },
    // Astro names bundled assets by content hash, so they never change under a URL.
    { path: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
    // Nothing but data lives under /api/: the JSON catalog, its schema and the OpenRouter-shaped list.
    { path: '/api/*', headers: [anyOrigin] },
    // A URL without an extension, as OpenRouter's own is: hosts would guess its type from nothing.
    { path: openRouterModelsPath, headers: [['Content-Type', 'application/json; charset=utf-8']] },
  ];
  for (const page of listPages(catalog)) {
    if (!page.mirrorPath) continue;
    rules.push({
      path: page.mirrorPath,
      headers: [['Content-Type', 'text/markdown; charset=utf-8'], ['Link', `<${absoluteUrl(page.path)}>; rel="canonical"`], anyOrigin],
    });
    rules.push({
      path: page.path,
      headers: [
        ['Link', `<${absoluteUrl(page.mirrorPath)}>; rel="alternate"; type="text/markdown"`],
        ['Vary', 'Accept'],
      ],
    });
  }
  for (const path of [llmsTxtPath(), ...localeCodes.flatMap((l) => [llmsTxtPath(l), llmsFullPath(l)])]) {
    rules.push({ path, headers: [['Content-Type', 'text/plain; charset=utf-8'], anyOrigin] });
  }
  for (const locale of localeCodes) rules.push({ path: feedPath(locale), headers: [['Content-Type', 'application/atom+xml; charset=utf-8']] });
  // Family and variant feeds: nothing but feeds lives under /{locale}/feeds/, so one rule per locale
  // covers them all (and stays within Cloudflare Pages' 100 rules at any catalog size).
  for (const locale of localeCodes) rules.push({ path: `${feedsFolder(locale)}/*`, headers: [['Content-Type', 'application/atom+xml; charset=utf-8']] });
  return rules;
}
