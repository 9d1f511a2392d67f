/** Reading mirrors back as an agent would: YAML frontmatter and Markdown tables. */
import { parse as parseYaml } from 'yaml';
import jsYaml from 'js-yaml';
import { Lexer, type Token, type Tokens } from 'marked';

/** The frontmatter text and body of a mirror. */
export function splitMirror(markdown: string): { frontmatter: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown);
  if (!match) throw new Error('no frontmatter');
  return { frontmatter: match[1] ?? '', body: match[2] ?? '' };
}

/** Frontmatter read by three parsers: strict YAML 1.2, YAML 1.1, and js-yaml. All must agree. */
export function readFrontmatter(markdown: string): { yaml12: unknown; yaml11: unknown; jsYaml: unknown } {
  const { frontmatter } = splitMirror(markdown);
  return {
    yaml12: parseYaml(frontmatter, { version: '1.2', strict: true, uniqueKeys: true }),
    yaml11: parseYaml(frontmatter, { version: '1.1' }),
    jsYaml: jsYaml.load(frontmatter),
  };
}

/** Numeric character references decoded, as a Markdown reader decodes them in text. */
const decodeReferences = (text: string) => text.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));

/** The plain text of inline tokens, escapes and references resolved, as a reader sees it. */
export function plainText(tokens: readonly Token[] | undefined): string {
  return decodeReferences(rawText(tokens));
}

function rawText(tokens: readonly Token[] | undefined): string {
  return (tokens ?? [])
    .map((token) => {
      if ('tokens' in token && token.tokens) return rawText(token.tokens);
      if (token.type === 'escape' || token.type === 'text' || token.type === 'codespan') return (token as Tokens.Text).text;
      return token.raw;
    })
    .join('');
}

/** Every table of a Markdown document, as rows of plain-text cells (header row first). */
export function readTables(markdown: string): string[][][] {
  const tables: string[][][] = [];
  const walk = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      if (token.type === 'table') {
        const table = token as Tokens.Table;
        tables.push([table.header.map((c) => plainText(c.tokens)), ...table.rows.map((row) => row.map((c) => plainText(c.tokens)))]);
      } else if ('tokens' in token && token.tokens) walk(token.tokens);
    }
  };
  walk(new Lexer().lex(markdown));
  return tables;
}
