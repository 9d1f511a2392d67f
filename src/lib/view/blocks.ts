/**
 * The page model: every page is an ordered list of typed blocks, built once in
 * src/lib/view/documents.ts and rendered twice — as HTML by
 * src/lib/blocks-html.ts (through src/components/Blocks.astro) and as Markdown
 * by src/lib/blocks-markdown.ts.
 * Neither renderer knows what a spec sheet or a family page contains, so a
 * section added to a page appears in its `.md` mirror too (tests/site/parity.test.ts
 * walks the whole build to hold both to the same headings and tables).
 *
 * Blocks carry words and figures already formatted for one locale. HTML-only
 * details (a class, an id, "not in the search index") ride along as optional
 * fields the Markdown writer ignores.
 */

import type { ChartGeometry } from '../chart';
import type { OfferHistoryView } from './history';

/** Inline content: what a paragraph, heading or table cell is made of. */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  /** A link; site-relative `href`s point to a page, and the Markdown writer points them at that page's mirror. */
  | { kind: 'link'; text: string; href: string }
  /** A short label after the text it qualifies: a badge on the page, ` · label` in Markdown. */
  | { kind: 'badge'; text: string; best?: boolean }
  /** A line break inside a cell: `<br>` on the page, a space in Markdown. */
  | { kind: 'break' };

export const text = (value: string): Inline => ({ kind: 'text', text: value });
export const code = (value: string): Inline => ({ kind: 'code', text: value });
export const link = (value: string, href: string): Inline => ({ kind: 'link', text: value, href });
export const badge = (value: string, best = false): Inline => (best ? { kind: 'badge', text: value, best } : { kind: 'badge', text: value });
export const lineBreak: Inline = { kind: 'break' };

export interface TableColumn {
  label: Inline[];
  /** Figures, right-aligned on the page (`class="num"`). */
  numeric?: boolean;
  /** The page's script can sort rows by this column (see `DataTable.sortLabel`). */
  sortable?: boolean;
}

export interface TableCell {
  content: Inline[];
  numeric?: boolean;
  /** How many columns the cell spans: one statement across several rate columns. */
  span?: number;
  /** Tooltip with the full value (a shortened context window). */
  title?: string;
  /** Sort key for the page's sorting script; empty where the cell has no value. */
  sort?: string;
  /** The best value of its column: bold, with this label for screen readers. */
  best?: string;
}

export interface TableRow {
  /** The row's header cell (`<th scope="row">`). */
  header: Inline[];
  cells: TableCell[];
  /** `data-*` attributes the page's filter script reads. */
  data?: Record<string, string>;
}

export interface DataTable {
  /** Id of the caption, which also labels the table's scroll region. */
  captionId: string;
  caption: string;
  columns: TableColumn[];
  rows: TableRow[];
  className?: string;
  /** The `<table>` element's own id, for scripts and charts that point at it. */
  tableId?: string;
  /** Whether the search index reads the table (most tables repeat what their pages say elsewhere). */
  searchable?: boolean;
  /** A two-column field/value table: no header row on the page (the row headers say it), "Field | Value" in Markdown. */
  keyValue?: boolean;
  /** Rows can be sorted by a script; the label of each header's sort button, with `{column}` for its name. */
  sortLabel?: string;
}

/** A listing split into parts: one link per part, the current one marked. */
export interface PartLinkItem {
  label: string;
  href: string;
  current: boolean;
}

/** Price against context window, drawn at build time; the comparison table it points at is its text alternative. */
export interface PriceContextChartBlock {
  kind: 'priceContextChart';
  id: string;
  tableId: string;
  geometry: ChartGeometry;
  title: string;
  desc: string;
  xLabel: string;
  yLabel: string;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; content: Inline[]; id?: string; className?: string }
  | { kind: 'paragraph'; content: Inline[]; className?: string; role?: 'note' }
  /** A content file's Markdown body: its own HTML on the page, itself in the mirror. */
  | { kind: 'body'; markdown: string; html: string }
  | { kind: 'list'; items: Inline[][]; className?: string; searchable?: boolean }
  /** A line of badges (`terms` gives each a label only screen readers hear); `text` is the line as one sentence, for the mirror. */
  | { kind: 'metaLine'; form: 'spans' | 'terms'; items: { value: string; term?: string; best?: boolean }[]; text: string }
  | { kind: 'table'; table: DataTable }
  /** Source code; `html` is filled by `highlightBlocks` before the page renders. */
  | { kind: 'code'; code: string; lang: 'bash' | 'python' | 'javascript' | 'json'; label: string; highlight: 'full' | 'plain'; slot?: string; html?: string }
  | { kind: 'faq'; items: { id: string; question: string; answer: string }[] }
  | { kind: 'cards'; items: { title: string; description: string }[] }
  | { kind: 'partNav'; label: string; parts: PartLinkItem[] }
  /** Blocks kept together: a region labelled by a heading, or a run the search index skips. */
  | { kind: 'group'; blocks: Block[]; labelledBy?: string; searchable?: boolean }
  | PriceContextChartBlock
  /** A price history step chart; its text alternative is the paragraph the Markdown writer prints. */
  | { kind: 'historyChart'; chart: OfferHistoryView['chart']; title: string; desc: string; inputLabel: string; outputLabel: string; unit: string }
  /** The cost calculator's form: an enhancement of the worked-examples table that follows it, so the page alone shows it. */
  | {
      kind: 'calculatorForm';
      rules: string;
      locale: string;
      lede: string;
      inputLabel: string;
      outputLabel: string;
      cachedLabel: string;
      submit: string;
      providers: string[];
    }
  /** The catalog-wide comparison's filters: a script narrows the table, so only the page shows them. */
  | {
      kind: 'compareFilters';
      tableId: string;
      shown: string;
      label: string;
      familyLabel: string;
      allFamilies: string;
      capabilityLabel: string;
      anyCapability: string;
      priceLabel: string;
      apply: string;
      families: { slug: string; name: string }[];
      capabilities: { id: string; label: string }[];
    }
  /** Links back up the catalog, where a mirror ends: the page's breadcrumbs say the same, so only the mirror has them. */
  | { kind: 'trail'; content: Inline[] }
  /** Copy buttons for the page's code blocks: a script, so only the page has them. */
  | { kind: 'copyButtons'; copy: string; copied: string; failed: string };

/** A page described once: what its head says and what its body shows. */
export interface PageDocument {
  /** The `<title>` (before the site name) and the mirror's `title`. */
  title: string;
  description: string;
  /** When the page's facts were last checked, formatted for the footer. */
  factsChecked?: string;
  /** Page-specific structured data; breadcrumbs are added by the layout. */
  jsonLd: unknown[];
  blocks: Block[];
  /** The mirror's frontmatter, computed only by the mirror writer (a page's HTML has no use for it). */
  frontmatter: () => Record<string, unknown>;
}

/** The blocks of a document in reading order, groups opened. */
export function flattenBlocks(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((block) => (block.kind === 'group' ? flattenBlocks(block.blocks) : [block]));
}

/** Plain text of inline content, as a reader hears it. */
export function inlineText(content: readonly Inline[]): string {
  return content.map((part) => (part.kind === 'break' ? ' ' : part.kind === 'badge' ? ` ${part.text}` : part.text)).join('');
}
