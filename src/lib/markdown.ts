/**
 * Renders content bodies. The loader has already refused raw HTML and unsafe
 * links in them; the renderer refuses them again (raw HTML becomes nothing, an
 * unsafe link goes nowhere), so a body that reached it some other way still
 * holds only what Markdown itself produces, with text escaped.
 * Not cached: each body is printed on one page only, and at 1,000 variants a
 * cache of them held some 60 MB to the end of the build for nothing.
 */
import { Marked } from 'marked';

/** https:, http:, mailto: or a URL without a scheme (site-relative); control characters and spaces that browsers strip before a scheme count as part of it. */
export function safeUrl(href: string): boolean {
  const squeezed = href.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1]?.toLowerCase();
  return scheme === undefined ? !squeezed.startsWith('//') : ['https', 'http', 'mailto'].includes(scheme);
}

const marked = new Marked({
  gfm: true,
  async: false,
  renderer: { html: () => '' },
  walkTokens(token) {
    if ((token.type === 'link' || token.type === 'image') && !safeUrl(token.href)) token.href = '#';
  },
});

/** HTML for a Markdown body. */
export function renderMarkdown(markdown: string): string {
  return marked.parse(markdown) as string;
}
