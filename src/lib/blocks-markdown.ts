/**
 * The Markdown rendering of a page's blocks (src/lib/view/blocks.ts): the body
 * of its `.md` mirror. It knows block kinds, not pages, so whatever a page
 * shows its mirror says, in the same order. Every text goes through the
 * escapes in markdown-out.ts, so it reads back exactly.
 */
import { absoluteUrl, mirrorPathOf } from './routes';
import { codeBlock, escapeMarkdown, frontmatter, markdownLink, tableCell } from './markdown-out';
import type { Block, DataTable, Inline, PageDocument, TableCell } from './view/blocks';

/** Where a link goes in a mirror: a page of the site becomes that page's mirror (the fragment has no meaning there); other URLs stay. */
export function mirrorHref(href: string): string {
  if (!href.startsWith('/')) return href;
  const path = href.split('#')[0] ?? href;
  return absoluteUrl(mirrorPathOf(path));
}

/** Inline content as Markdown; `escape` is tableCell inside tables (one line) and escapeMarkdown elsewhere. */
function inlines(content: readonly Inline[], escape: (text: string) => string): string {
  let markdown = '';
  for (const part of content) {
    if (part.kind === 'text') markdown += escape(part.text);
    else if (part.kind === 'code') markdown += `\`${part.text}\``;
    else if (part.kind === 'link') markdown += markdownLink(part.text, mirrorHref(part.href));
    else if (part.kind === 'badge') markdown += ` · ${escape(part.text)}`;
    else markdown += ' ';
  }
  return markdown;
}

/** One cell and the ` | ` after it; a cell spanning several columns on the page is one cell and empty ones after it, so every row has the header's width. */
function tableCellMarkdown(c: TableCell): string {
  const content = inlines(c.content, tableCell);
  return `${c.best ? `**${content}**` : content} | ${' | '.repeat((c.span ?? 1) - 1)}`;
}

/** A GFM table preceded by its caption as a paragraph, the way the page's `<caption>` heads it. */
function tableMarkdown(t: DataTable): string {
  let markdown = `${escapeMarkdown(t.caption)}\n\n| ${t.columns.map((c) => inlines(c.label, tableCell)).join(' | ')} |\n| ${t.columns.map(() => '---').join(' | ')} |`;
  for (const row of t.rows) {
    let line = `| ${inlines(row.header, tableCell)} | `;
    for (const c of row.cells) line += tableCellMarkdown(c);
    // Each cell wrote " | " after itself; the row ends "|" after the last.
    markdown += `\n${line.slice(0, -1)}`;
  }
  return markdown;
}

const listMarkdown = (items: readonly Inline[][]) => items.map((item) => `- ${inlines(item, escapeMarkdown)}`).join('\n');

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${inlines(block.content, escapeMarkdown)}`;
    case 'paragraph':
    case 'trail':
      return inlines(block.content, escapeMarkdown);
    case 'body':
      return block.markdown;
    case 'list':
      return listMarkdown(block.items);
    case 'metaLine':
      return escapeMarkdown(block.text);
    case 'table':
      return tableMarkdown(block.table);
    case 'code':
      return codeBlock(block.code, block.lang);
    case 'faq':
      // Questions in bold rather than as headings: the page lists them as terms of a description list, not as sections.
      return block.items.map((item) => `**${escapeMarkdown(item.question)}**\n\n${escapeMarkdown(item.answer)}`).join('\n\n');
    case 'cards':
      return block.items.map((item) => `### ${escapeMarkdown(item.title)}\n\n${escapeMarkdown(item.description)}`).join('\n\n');
    case 'partNav':
      return listMarkdown(block.parts.map((p) => (p.current ? [{ kind: 'text', text: p.label }] : [{ kind: 'link', text: p.label, href: p.href }])));
    case 'group':
      return blocksMarkdown(block.blocks);
    case 'priceContextChart':
    case 'historyChart':
      // A chart's text alternative; the table beside it holds its figures.
      return escapeMarkdown(block.desc);
    case 'calculatorForm':
    case 'compareFilters':
    case 'copyButtons':
      // Scripts' controls: the page's enhancement of what the blocks around them say.
      return '';
  }
}

/** Blocks as Markdown, one blank line between them. */
export function blocksMarkdown(blocks: readonly Block[]): string {
  return blocks
    .map(blockMarkdown)
    .filter((markdown) => markdown !== '')
    .join('\n\n');
}

/** A page's mirror: its frontmatter, then its blocks. */
export function documentMarkdown(document: PageDocument): string {
  return `${frontmatter(document.frontmatter())}\n${blocksMarkdown(document.blocks)}\n`;
}
