/**
 * Renders content bodies. The loader has already refused raw HTML in them, so
 * the output holds only what Markdown itself produces, with text escaped.
 */
import { Marked } from 'marked';

const marked = new Marked({ gfm: true, async: false });
const cache = new Map<string, string>();

/** HTML for a Markdown body. */
export function renderMarkdown(markdown: string): string {
  let html = cache.get(markdown);
  if (html === undefined) {
    html = marked.parse(markdown) as string;
    cache.set(markdown, html);
  }
  return html;
}
