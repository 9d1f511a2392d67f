/**
 * The HTML rendering of a page's blocks (src/lib/view/blocks.ts), the twin of
 * blocks-markdown.ts: headings, prose, lists, tables, code, FAQ and the like as
 * one string, escaped exactly as Astro escapes an expression and an attribute,
 * so the page is byte for byte what the components it replaced wrote.
 *
 * Why strings and not one component per block: a 1,000-variant catalog has
 * about 17,000 pages with thousands of table cells among them, and Astro's
 * per-component rendering (an instance, its slots, a buffered renderer each)
 * cost the build more CPU than everything else the redesign added. Blocks that
 * bring a script or draw an SVG chart stay components (see `htmlSegments`),
 * since Astro only bundles a component's `<script>` where the component renders.
 */
import type { Block, DataTable, Inline, TableCell } from './view/blocks';

const textEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Text as element content: the five characters Astro escapes in `{expression}`, the same way. */
export function escapeHtmlText(text: string): string {
  // Most texts (figures, names, dates) hold none of the five: the test is cheaper than a replace that finds nothing.
  return htmlSensitive.test(text) ? text.replace(/[&<>'"]/g, (c) => textEscapes[c] ?? c) : text;
}
const htmlSensitive = /[&<>'"]/;

/** Text as a double-quoted attribute value, as Astro writes one. */
function escapeAttribute(value: string): string {
  return value.includes('&') || value.includes('"') ? value.replace(/&/g, '&amp;').replace(/"/g, '&quot;') : value;
}

/**
 * One attribute as Astro's `addAttribute` writes an ordinary one: nothing for
 * undefined, the bare name for an empty string, else `name="value"`.
 */
export function attribute(name: string, value: string | number | undefined): string {
  if (value === undefined) return '';
  const written = String(value);
  return written === '' ? ` ${name}` : ` ${name}="${escapeAttribute(written)}"`;
}

/** `data-pagefind-ignore` unless the search index should read the element. */
const searchIgnored = (searchable: boolean | undefined) => attribute('data-pagefind-ignore', searchable ? undefined : '');

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

function cellHtml(c: TableCell): string {
  const content = inlineHtml(c.content);
  const attributes = `${attribute('colspan', c.span)}${attribute('class', c.numeric ? 'num' : undefined)}${attribute('title', c.title)}${attribute('data-sort', c.sort)}`;
  const inner = c.best ? `<strong class="best">${content}<span class="sr-only"> (${escapeHtmlText(c.best)})</span></strong>` : content;
  return `<td${attributes}>${inner}</td>`;
}

/**
 * A table in its scroll region: caption, a header row unless it is a field/value
 * table, then one row per entry, its header cell first. The region is
 * focusable and named by the caption, so a keyboard can scroll a wide table.
 */
export function tableHtml(table: DataTable): string {
  // Parts joined once: a flat string, where `+=` would leave a tree of thousands of pieces for the page's render to carry.
  const html: string[] = [
    `<section class="table-scroll"${attribute('aria-labelledby', table.captionId)} tabindex="0"${searchIgnored(table.searchable)}>`,
    `<table${attribute('class', table.className)}${attribute('id', table.tableId)}><caption${attribute('id', table.captionId)}>${escapeHtmlText(table.caption)}</caption>`,
  ];
  if (!table.keyValue) {
    html.push('<thead><tr>');
    for (const c of table.columns) {
      html.push(
        `<th scope="col"${attribute('class', c.numeric ? 'num' : undefined)}${attribute('data-sortable', c.sortable ? '' : undefined)}>${inlineHtml(c.label)}</th>`,
      );
    }
    html.push('</tr></thead>');
  }
  html.push('<tbody>');
  for (const row of table.rows) {
    let data = '';
    for (const [key, value] of Object.entries(row.data ?? {})) data += attribute(`data-${key}`, value);
    html.push(`<tr${data}><th scope="row">${inlineHtml(row.header)}</th>`);
    for (const c of row.cells) html.push(cellHtml(c));
    html.push('</tr>');
  }
  html.push('</tbody></table></section>');
  return html.join('');
}

/** The blocks that stay components: each brings a script, or draws a chart from its geometry. */
export type ComponentBlock = Extract<Block, { kind: 'priceContextChart' | 'historyChart' | 'calculatorForm' | 'compareFilters' | 'copyButtons' }>;

/** What Blocks.astro renders, in order: HTML written here, a sortable table (the sorting script's wrapper around its HTML), or a component block. */
export type HtmlSegment = string | { kind: 'sortableTable'; label: string; html: string } | ComponentBlock;

/** Appends a block to `out`: as HTML, or as itself for the blocks that stay components. */
function blockHtml(block: Block, out: HtmlSegment[]): void {
  switch (block.kind) {
    case 'heading':
      out.push(`<h${block.level}${attribute('id', block.id)}${attribute('class', block.className)}>${inlineHtml(block.content)}</h${block.level}>`);
      return;
    case 'paragraph':
      out.push(`<p${attribute('class', block.className)}${attribute('role', block.role)}>${inlineHtml(block.content)}</p>`);
      return;
    case 'body':
      out.push(`<div class="prose">${block.html}</div>`);
      return;
    case 'list':
      out.push(
        `<ul${attribute('class', block.className)}${searchIgnored(block.searchable)}>${block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('')}</ul>`,
      );
      return;
    case 'metaLine':
      out.push(
        block.form === 'spans'
          ? `<p class="meta-line">${block.items.map((item) => `<span class="${item.best ? 'badge badge-best' : 'badge'}">${escapeHtmlText(item.value)}</span>`).join('')}</p>`
          : `<dl class="meta-line">${block.items.map((item) => `<dt class="sr-only">${escapeHtmlText(item.term ?? '')}</dt><dd class="badge">${escapeHtmlText(item.value)}</dd>`).join('')}</dl>`,
      );
      return;
    case 'table':
      out.push(block.table.sortLabel ? { kind: 'sortableTable', label: block.table.sortLabel, html: tableHtml(block.table) } : tableHtml(block.table));
      return;
    case 'code':
      // Highlighted by Shiki at build time from escaped source; request samples are not what people search for.
      out.push(`<div class="code-block"${attribute('data-code-label', block.label)} data-pagefind-ignore>${block.html ?? ''}</div>`);
      return;
    case 'faq':
      out.push(
        `<dl class="faq prose">${block.items.map((item) => `<dt${attribute('id', `faq-${item.id}`)}>${escapeHtmlText(item.question)}</dt><dd>${escapeHtmlText(item.answer)}</dd>`).join('')}</dl>`,
      );
      return;
    case 'cards':
      out.push(
        `<ul class="cards">${block.items.map((u) => `<li class="card"><h3>${escapeHtmlText(u.title)}</h3><p>${escapeHtmlText(u.description)}</p></li>`).join('')}</ul>`,
      );
      return;
    case 'partNav': {
      const links = block.parts
        .map((part) => `<li><a${attribute('href', part.href)}${part.current ? ' aria-current="page"' : ''}>${escapeHtmlText(part.label)}</a></li>`)
        .join('');
      out.push(`<nav class="parts"${attribute('aria-label', block.label)}><ol>${links}</ol></nav>`);
      return;
    }
    case 'group':
      // Open and close tags as their own strings, so a group may hold a component block.
      out.push(block.labelledBy ? `<section${attribute('aria-labelledby', block.labelledBy)}>` : `<div${searchIgnored(block.searchable)}>`);
      for (const inner of block.blocks) blockHtml(inner, out);
      out.push(block.labelledBy ? '</section>' : '</div>');
      return;
    case 'trail':
      // The page's breadcrumbs say this.
      return;
    default:
      out.push(block);
  }
}

/** Blocks as HTML segments for Blocks.astro: consecutive HTML joined into one flat string, components between. */
export function htmlSegments(blocks: readonly Block[]): HtmlSegment[] {
  const parts: HtmlSegment[] = [];
  for (const block of blocks) blockHtml(block, parts);
  const segments: HtmlSegment[] = [];
  let run: string[] = [];
  for (const part of parts) {
    if (typeof part === 'string') {
      run.push(part);
      continue;
    }
    if (run.length) segments.push(run.join(''));
    run = [];
    segments.push(part);
  }
  if (run.length) segments.push(run.join(''));
  return segments;
}
