/**
 * Build-time syntax highlighting with Shiki, light and dark themes in one pass.
 * Each distinct snippet is highlighted once and reused: most pages share their
 * code samples' shape, and highlighting is the largest cost of a build.
 */
import { createHighlighter, type Highlighter } from 'shiki';
import { escapeHtmlText } from './blocks-html';

export type CodeLanguage = 'shellscript' | 'python' | 'javascript' | 'json';

// The Primer "default" themes keep every token colour at WCAG AA contrast on their backgrounds.
const themes = { light: 'github-light-default', dark: 'github-dark-default' } as const;
let highlighter: Promise<Highlighter> | undefined;
const cache = new Map<string, string>();

/** Highlighted HTML (`<pre class="shiki">…`) for `code`; identical input returns the cached string. */
export async function highlight(code: string, lang: CodeLanguage): Promise<string> {
  const key = `${lang}\u0000${code}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  highlighter ??= createHighlighter({ themes: Object.values(themes), langs: ['shellscript', 'python', 'javascript', 'json'] });
  // No time limit per line: Shiki's default (500 ms) stops tokenising a line when the machine is busy and leaves the
  // rest in the default colour, so a loaded build wrote other colours for one theme than an idle one did.
  const html = (await highlighter).codeToHtml(code, { lang, themes, defaultColor: 'light', tokenizeTimeLimit: 0 });
  cache.set(key, html);
  return html;
}

/** Code as plain preformatted text, escaped: for samples shown beside a highlighted twin that differs only in its URL, key and model ID. */
export function plainCodeHtml(code: string): string {
  return `<pre class="plain-code"><code>${escapeHtmlText(code)}</code></pre>`;
}

/** A stand-in for the model ID while highlighting: a plain word, tokenised like any ID inside a string. */
export const modelIdSlot = 'MODEL_ID_SLOT';

/**
 * Highlights `code` with every occurrence of `value` replaced by a fixed slot,
 * then puts the (escaped) value back into the HTML. Each page's snippets differ
 * only by the model ID, always inside a string literal, so the whole site
 * highlights each snippet shape once instead of once per variant.
 */
export async function highlightWithSlot(code: string, lang: CodeLanguage, value: string): Promise<string> {
  if (value.includes(modelIdSlot) || !/^[\w.:/-]+$/.test(value)) return highlight(code, lang);
  const html = await highlight(code.split(value).join(modelIdSlot), lang);
  return html.split(modelIdSlot).join(escapeHtmlText(value));
}
