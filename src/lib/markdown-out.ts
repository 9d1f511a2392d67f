/**
 * Writing Markdown and YAML safely. Mirrors are built from data with these,
 * never by pasting strings into templates, so any text comes back exactly.
 */
import { Document } from 'yaml';

/**
 * Escapes text for Markdown inline content: characters that would start markup
 * (emphasis, links, code, HTML, entities, table pipes) get a backslash, which
 * CommonMark removes again when it reads the text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*[\]<>|&~]/g, (c) => `\\${c}`)
    // An underscore inside a word (CATALOG_API_KEY) cannot start emphasis; escape only the others.
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    // Line starts that would open a heading, a list item or a setext/thematic line.
    .replace(/^(#{1,6}|[+-]|\d{1,9}[.)])(?=[ \t]|$)/gm, (m) => m.replace(/^(\d*)(.)/, '$1\\$2'))
    .replace(/^([-=])(?=\1*[ \t]*$)/gm, '\\$1')
    // Line and paragraph separators end a line for regex-based parsers (JavaScript's `$`),
    // so they travel as character references, which every CommonMark reader decodes.
    .replace(/[\u2028\u2029]/g, (c) => `&#x${c.charCodeAt(0).toString(16)};`);
}

/** One table cell: escaped inline text on a single line. */
export function tableCell(text: string): string {
  return escapeMarkdown(text).replace(/\r\n|\r|\n/g, ' ');
}

/** A GFM table with a header row. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers.map(tableCell)), line(headers.map(() => '---')), ...rows.map((row) => line(row))].join('\n');
}

/** A fenced code block, its fence longer than any backtick run inside. */
export function codeBlock(code: string, lang: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${code}\n${fence}`;
}

/** `[text](url)` with the text escaped and any character that would end the URL percent-encoded. */
export function markdownLink(text: string, url: string): string {
  return `[${escapeMarkdown(text)}](${url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})`;
}

/**
 * YAML frontmatter that strict YAML 1.2 and YAML 1.1 parsers both read back to
 * exactly these values: every string double-quoted, no line folding, and the
 * characters YAML 1.1 treats as line breaks (U+0085, U+2028, U+2029) escaped.
 */
export function frontmatter(data: Record<string, unknown>): string {
  const yaml = new Document(data).toString({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0, minContentWidth: 0 });
  const escaped = yaml.replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `---\n${escaped}---\n`;
}
