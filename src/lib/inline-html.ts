/**
 * Inline content (src/lib/view/blocks.ts) as an HTML string, escaped the way
 * Astro escapes an expression: a page has thousands of table cells, and one
 * component instance per cell made the 1,000-variant build's render step
 * spend a fifth more CPU than the page-specific templates it replaced.
 */
import type { Inline } from './view/blocks';

const textEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Text as element content: the five characters Astro escapes in `{expression}`, the same way. */
export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>'"]/g, (c) => textEscapes[c] ?? c);
}

/** Text as a double-quoted attribute value, as Astro writes one. */
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** Inline parts as HTML: text, `<code>`, `<a href>`, a badge after a space, `<br>`. */
export function inlineHtml(content: readonly Inline[]): string {
  let html = '';
  for (const part of content) {
    if (part.kind === 'text') html += escapeHtmlText(part.text);
    else if (part.kind === 'code') html += `<code>${escapeHtmlText(part.text)}</code>`;
    else if (part.kind === 'link') html += `<a href="${escapeAttribute(part.href)}">${escapeHtmlText(part.text)}</a>`;
    else if (part.kind === 'badge') html += ` <span class="${part.best ? 'badge badge-best' : 'badge'}">${escapeHtmlText(part.text)}</span>`;
    else html += '<br>';
  }
  return html;
}
