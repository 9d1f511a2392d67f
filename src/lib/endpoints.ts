/** Shared pieces of the non-HTML routes (mirrors, llms.txt, JSON). */
import type { Catalog } from './content/types';
import { staticPathsFor, type PageKind } from './routes';

/**
 * Static paths for the mirrors of one page kind: the same list as the HTML
 * pages, for the dev server. A build renders none through these routes: the
 * post-build integration writes each mirror as its page is rendered
 * (src/integrations/mirrors.ts), which is about four times faster than Astro's
 * per-route rendering for tens of thousands of small text files.
 */
export function staticMirrorPathsFor(catalog: Catalog, kind: PageKind, parts?: 'first' | 'later') {
  // Set by the post-build integration from Astro's command, not from the mode: NODE_ENV=test makes a build's DEV true.
  if (import.meta.env.CATALOG_MIRROR_ROUTES !== true) return [];
  return staticPathsFor(catalog, kind, parts).filter((entry) => entry.props.page.mirrorPath);
}

/** A Markdown response. */
export function mirrorResponse(markdown: string): Response {
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
}

/** A plain-text response (llms.txt). */
export function textResponse(text: string): Response {
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** A JSON response, pretty-printed with a final newline so diffs and agents read it easily. */
export function jsonResponse(data: unknown): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
