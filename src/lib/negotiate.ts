/**
 * Content negotiation for agents that send `Accept: text/markdown`: the same
 * rule the local server applies and the edge rules in the README express.
 * Plain, erasable TypeScript so Node runs it directly (scripts/serve.mjs).
 */

/** Quality of each media range in an Accept header: `text/markdown;q=0.9` → 0.9. */
export function parseAccept(header: string): Map<string, number> {
  const ranges = new Map<string, number>();
  for (const part of header.split(',')) {
    const [type = '', ...params] = part.trim().toLowerCase().split(';');
    if (!type) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const quality = q ? Number(q.slice(2)) : 1;
    ranges.set(type.trim(), Number.isFinite(quality) ? quality : 0);
  }
  return ranges;
}

/** Whether the client asks for Markdown at least as much as for HTML. */
export function prefersMarkdown(accept: string | undefined): boolean {
  if (!accept) return false;
  const ranges = parseAccept(accept);
  const markdown = ranges.get('text/markdown') ?? 0;
  const html = ranges.get('text/html') ?? ranges.get('text/*') ?? ranges.get('*/*') ?? 0;
  return markdown > 0 && markdown >= html;
}

const fileExtension = /\.(?:md|txt|json|html|xml|css|js|mjs|svg|png|jpe?g|webp|ico|webmanifest|woff2?|pf_\w+)$/i;

/**
 * The Markdown twin of a page path: `/en/models/minimax/m2.5` → `…/m2.5.md`, the
 * root → `/llms.txt`. Paths that already name a file (`.md`, `.json`, `.css`) have none,
 * and neither has a path with a trailing slash: the site's URLs have none (Astro's
 * `trailingSlash: 'never'`), so `/en/models/` is no page, in HTML or in Markdown.
 */
export function markdownPathFor(pathname: string): string | undefined {
  if (pathname === '/' || pathname === '') return '/llms.txt';
  if (pathname.endsWith('/')) return undefined;
  // A page slug may contain dots (m2.5), so only known file extensions mark a file.
  if (fileExtension.test(pathname)) return undefined;
  return `${pathname}.md`;
}
