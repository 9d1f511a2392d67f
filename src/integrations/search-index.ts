/**
 * The Pagefind index, fed while the pages render. Pagefind indexes in its own
 * process, about 5–7 ms a page here (most of it segmenting Chinese), so it
 * runs on the second core while the main thread renders, rather than after
 * the build reading every page back from disk.
 *
 * Pagefind reads each page's `<html lang>` and writes one index per language,
 * so a search from a zh-HK page only ever returns zh-HK pages. Only
 * `<main data-pagefind-body>` is indexed: navigation, footers, 404s and the
 * search page stay out.
 */
import type { AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Collects searchable pages as Astro renders them and hands them to Pagefind
 * in one fixed order: the index Pagefind writes depends on the order it
 * receives pages, and builds must be byte-identical, while Astro renders
 * several pages at once and they finish in any order. The order is the one
 * Astro's own path list has, learnt from `getStaticPaths`; a page that
 * finishes early waits in memory until the pages before it are in.
 */
export class SearchIndexFeed {
  readonly #searchable: ReadonlySet<string>;
  #order: string[] = [];
  #next = 0;
  readonly #waiting = new Map<string, string>();
  #index: Promise<pagefind.PagefindIndex> | undefined;
  #added: Promise<void> = Promise.resolve();
  /** Pages Pagefind has taken in, and renders waiting for it to catch up (see `add`). */
  #indexed = 0;
  #waitingForIndex: (() => void)[] = [];
  #failure: Error | undefined;

  readonly #outputPath: string;
  /** Pagefind writing its index, started as soon as it has every page. */
  #written: Promise<void> | undefined;

  /** `searchable`: the paths of the pages to index, e.g. `/zh-HK/models/minimax/m2.5`; the index goes to `/pagefind/` in `outDir`. */
  constructor(searchable: Iterable<string>, outDir: URL) {
    this.#searchable = new Set(searchable);
    this.#outputPath = fileURLToPath(new URL('pagefind/', outDir));
  }

  /** Whether the page at `path` goes into the index. */
  wants(path: string): boolean {
    return this.#searchable.has(path);
  }

  /** The order pages will be indexed in: `paths` (all the build renders, in its order), searchable ones only. */
  expect(paths: readonly string[]): void {
    this.#order = paths.filter((path) => this.#searchable.has(path));
    const rendered = new Set(this.#order);
    const missing = [...this.#searchable].filter((path) => !rendered.has(path));
    if (missing.length) throw new Error(`the search index expects pages the build does not render: ${missing.slice(0, 5).join(', ')}`);
  }

  /**
   * One rendered page; it is indexed once every page before it in the order is.
   * Resolves when Pagefind is fewer than `maxBacklog` pages behind: the render
   * waits for it rather than holding thousands of pages' HTML in memory.
   */
  async add(path: string, html: string): Promise<void> {
    if (!this.wants(path)) return;
    this.#waiting.set(path, html);
    for (let next = this.#order[this.#next]; next !== undefined && this.#waiting.has(next); next = this.#order[this.#next]) {
      const content = this.#waiting.get(next) ?? '';
      this.#waiting.delete(next);
      this.#next++;
      const url = next;
      this.#added = this.#added
        .then(async () => {
          if (this.#failure) return;
          const added = await (await this.#openIndex()).addHTMLFile({ url, content });
          if (added.errors.length) this.#failure = new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
        })
        .finally(() => {
          this.#indexed++;
          if (this.#next - this.#indexed < SearchIndexFeed.maxBacklog) for (const resume of this.#waitingForIndex.splice(0)) resume();
        });
      // The last searchable page is in: Pagefind writes its index while the rest of the site renders.
      if (this.#next === this.#order.length) this.#startWriting();
    }
    if (this.#next - this.#indexed >= SearchIndexFeed.maxBacklog) await new Promise<void>((resume) => this.#waitingForIndex.push(resume));
  }

  /**
   * Pages handed to Pagefind and not yet taken in before renders wait: enough to
   * ride out the stretches where it falls behind (about 9 MB of HTML at most).
   * 64 kept the render waiting; 200 saved about a second at 1,000 variants.
   */
  static readonly maxBacklog = 200;

  #openIndex(): Promise<pagefind.PagefindIndex> {
    this.#index ??= pagefind.createIndex({}).then(({ index, errors }) => {
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      return index;
    });
    return this.#index;
  }

  #startWriting(): void {
    this.#written ??= this.#added.then(async () => {
      if (this.#failure) throw this.#failure;
      const written = await (await this.#openIndex()).writeFiles({ outputPath: this.#outputPath });
      if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    });
    // Reported by `finish`; until then a failure must not count as unhandled.
    this.#written.catch(() => undefined);
  }

  /** Waits until every page is indexed and the index written, and stops Pagefind; resolves to how many pages it holds. */
  async finish(): Promise<number> {
    try {
      const left = this.#order.slice(this.#next);
      if (left.length) throw new Error(`the search index never received ${left.length} page(s), the first ${left[0]}`);
      this.#startWriting();
      await this.#written;
      return this.#order.length;
    } finally {
      await pagefind.close();
    }
  }
}

/**
 * `a` and `b` merged so that each keeps its order and `a`'s items are spread
 * evenly through the first `share` of the whole (all of it by default), the
 * rest of `b`'s after them.
 */
export function interleave<T>(a: readonly T[], b: readonly T[], share = 1): T[] {
  const among = Math.min(b.length, Math.max(0, Math.round(share * (a.length + b.length)) - a.length));
  return [...spreadEvenly(a, b.slice(0, among)), ...b.slice(among)];
}

function spreadEvenly<T>(a: readonly T[], b: readonly T[]): T[] {
  const merged: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    // Take from `a` while its share so far is at or behind its share of the whole.
    if (i < a.length && (j >= b.length || i * b.length <= j * a.length)) merged.push(a[i++] as T);
    else merged.push(b[j++] as T);
  }
  return merged;
}

/** The site path of a prerender request: `/en/models/minimax.html` → `/en/models/minimax` (build.format 'file'). */
export function renderedPath(requestUrl: string): string {
  const path = decodeURI(new URL(requestUrl).pathname).replace(/\.html$/, '');
  return path === '/index' ? '/' : path;
}

const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * `html` without the elements marked `data-pagefind-ignore`, which Pagefind
 * would parse and then leave out of the index: the code samples and most
 * tables, about two thirds of a spec sheet. Pagefind takes some 40% less time
 * over a page, and writes the same index (a site check compares the two,
 * byte for byte). Meant for Astro's own output: a marked element ends at the
 * closing tag that balances its own tag name; a void element is removed alone;
 * if no closing tag balances it, the page is passed on whole.
 */
export function withoutIgnoredElements(html: string): string {
  const marked = /<([a-zA-Z][\w-]*)\b[^>]*?\sdata-pagefind-ignore(?=[\s=>/])[^>]*>/g;
  let kept = '';
  let from = 0;
  for (let match = marked.exec(html); match; match = marked.exec(html)) {
    const name = (match[1] ?? '').toLowerCase();
    let end = marked.lastIndex;
    if (!voidElements.has(name) && !match[0].endsWith('/>')) {
      const tags = new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*>`, 'gi');
      tags.lastIndex = end;
      let depth = 1;
      for (let tag = tags.exec(html); tag && depth > 0; tag = depth > 0 ? tags.exec(html) : null) depth += tag[1] ? -1 : 1;
      if (depth > 0) return html;
      end = tags.lastIndex;
    }
    kept += html.slice(from, match.index);
    from = end;
    marked.lastIndex = end;
  }
  return kept + html.slice(from);
}

/** The share of the render order the searchable pages are spread through (see getStaticPaths below). */
const searchableShare = 0.6;

/**
 * Astro's own prerenderer with every searchable page's HTML passed to `feed` on
 * its way to disk, and every rendered page's path to `rendered` (the mirror
 * writer). Everything else is the default prerenderer's doing.
 */
export function feedingPrerenderer(
  base: AstroPrerenderer,
  feed: SearchIndexFeed,
  logger: AstroIntegrationLogger,
  rendered: (path: string) => void,
): AstroPrerenderer {
  return {
    ...base,
    name: `${base.name}+search-index`,
    async getStaticPaths() {
      // Searchable pages are spread evenly through the first 60% of Astro's order (otherwise kept):
      // Pagefind takes longer over a page than Astro does, so with them all at the start the render
      // waited on it, and in Astro's own order (spec sheets after every pair page) it only started at
      // the end. Done with 40% of the pages (pair pages) still to render, Pagefind writes its index
      // meanwhile: at 1,000 variants the build's tail after the pages went from about 7 s to 3.5 s.
      const all = await base.getStaticPaths();
      const pathOf = (entry: (typeof all)[number]) => entry.pathname.replace(/(?<=.)\/$/, '');
      const paths = interleave(
        all.filter((entry) => feed.wants(pathOf(entry))),
        all.filter((entry) => !feed.wants(pathOf(entry))),
        searchableShare,
      );
      feed.expect(paths.map(pathOf));
      logger.debug(`search index: ${paths.length} paths to render, searchable ones spread through them`);
      return paths;
    },
    async render(request, options) {
      const result = await base.render(request, options);
      const path = renderedPath(request.url);
      rendered(path);
      if (!feed.wants(path)) return result;
      const response = result instanceof Response ? result : result.response;
      const html = await response.text();
      await feed.add(path, withoutIgnoredElements(html));
      const copy = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
      return result instanceof Response ? copy : { ...result, response: copy };
    },
  };
}
