/**
 * What a page and its mirror show, read back from each: headings in order,
 * tables (caption, header cells, row count) and code samples. Both come from
 * one list of blocks (src/lib/view/documents.ts), so they must agree; see
 * tests/site/parity.test.ts and the fixture builds that use `expectMirrorParity`.
 */
import { expect } from 'vitest';
import { marked, type Token, type Tokens } from 'marked';
import { read, siteFiles } from './built-site';

export interface Outline {
  headings: string[];
  tables: { caption: string; header: string[]; rows: number }[];
  codeBlocks: number;
}

const entities: Record<string, string> = { lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", amp: '&' };
/** Text as read aloud: tags out, entities decoded, a badge's " · " separator and runs of space as one space. */
const normalise = (text: string) =>
  text
    .replace(/&(lt|gt|quot|#39|#x27|amp);/g, (_, name: string) => entities[name] ?? '')
    .replace(/\s+·\s+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const stripTags = (html: string) => normalise(html.replace(/<span class="sr-only">[\s\S]*?<\/span>/g, '').replace(/<[^>]+>/g, ' '));

/** The outline of a built page's `<main>`, read from its markup (the site writes it, so its shape is known). */
export function htmlOutline(html: string): Outline {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  // Headings inside code blocks or SVG do not exist; table regions are read separately below.
  const headings = [...main.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => `${m[1]} ${stripTags(m[2]!)}`);
  const tables = [...main.matchAll(/<table\b[\s\S]*?<\/table>/g)].map(([t]) => ({
    caption: stripTags(/<caption[^>]*>([\s\S]*?)<\/caption>/.exec(t)?.[1] ?? ''),
    header: [...(/<thead>([\s\S]*?)<\/thead>/.exec(t)?.[1] ?? '').matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)].map((m) => stripTags(m[1]!)),
    rows: [...(/<tbody>([\s\S]*?)<\/tbody>/.exec(t)?.[1] ?? '').matchAll(/<tr\b/g)].length,
  }));
  return { headings, tables, codeBlocks: [...main.matchAll(/<div class="code-block"/g)].length };
}

/** Plain text of inline Markdown tokens. */
function plain(tokens: readonly Token[] | undefined, raw: string): string {
  if (!tokens) return normalise(raw);
  return normalise(tokens.map((t) => ('tokens' in t && t.tokens ? plain(t.tokens, '') : 'text' in t ? String(t.text) : '')).join(''));
}

/** The outline of a mirror's body, read by a CommonMark/GFM parser: a table's caption is the paragraph just before it. */
export function markdownOutline(markdown: string): Outline {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const tokens = marked.lexer(body).filter((t) => t.type !== 'space');
  const outline: Outline = { headings: [], tables: [], codeBlocks: 0 };
  tokens.forEach((token, i) => {
    if (token.type === 'heading')
      outline.headings.push(`${(token as Tokens.Heading).depth} ${plain((token as Tokens.Heading).tokens, (token as Tokens.Heading).text)}`);
    if (token.type === 'code') outline.codeBlocks += 1;
    if (token.type === 'table') {
      const table = token as Tokens.Table;
      const before = tokens[i - 1];
      const header = table.header.map((c) => plain(c.tokens, c.text));
      outline.tables.push({
        caption: before?.type === 'paragraph' ? plain((before as Tokens.Paragraph).tokens, (before as Tokens.Paragraph).text) : '',
        header,
        rows: table.rows.length,
      });
    }
  });
  return outline;
}

/** Holds one page and its mirror to the same outline. */
export function expectMirrorParity(mirror: string, root?: string): void {
  const page = htmlOutline(read(`${mirror.slice(0, -'.md'.length)}.html`, root));
  const md = markdownOutline(read(mirror, root));
  expect(md.headings, `${mirror}: headings, in order`).toEqual(page.headings);
  expect(md.codeBlocks, `${mirror}: code samples`).toBe(page.codeBlocks);
  expect(
    md.tables.map((t) => t.caption),
    `${mirror}: table captions, in order`,
  ).toEqual(page.tables.map((t) => t.caption));
  expect(
    md.tables.map((t) => t.rows),
    `${mirror}: rows per table`,
  ).toEqual(page.tables.map((t) => t.rows));
  md.tables.forEach((t, i) => {
    const onPage = page.tables[i]!;
    // A field/value table has no header row on the page (its row headers say what each row is); its mirror names the two columns.
    if (onPage.header.length === 0) expect(t.header, `${mirror}: table ${i + 1} (${t.caption}) is a field/value table`).toHaveLength(2);
    else expect(t.header, `${mirror}: header of table ${i + 1} (${t.caption})`).toEqual(onPage.header);
  });
}

/** Every mirror of a built site (dist unless `root` is given). */
export function builtMirrors(root?: string): string[] {
  return siteFiles(root).filter((file) => file.endsWith('.md') && !file.startsWith('/_'));
}
