/**
 * Renders content bodies. The loader has already refused raw HTML in them, so
 * the output holds only what Markdown itself produces, with text escaped.
 * Not cached: each body is printed on one page only, and at 1,000 variants a
 * cache of them held some 60 MB to the end of the build for nothing.
 */
import { Marked } from 'marked';

const marked = new Marked({ gfm: true, async: false });

/** HTML for a Markdown body. */
export function renderMarkdown(markdown: string): string {
  return marked.parse(markdown) as string;
}
