/**
 * The one list of pages. Route files, the sitemap, hreflang alternates, the
 * Markdown mirrors and the tests all enumerate `listPages()`, so a page cannot
 * exist in one of them and be missing from another.
 */
import { localeCodes, type Locale } from '../config/locales';
import { site } from '../config/site';
import type { Catalog } from './content/types';
import { variantPairs } from './compare';

export type PageKind = 'home' | 'catalog' | 'compare' | 'family' | 'variant' | 'pair' | 'search' | 'not-found';

export interface SitePage {
  kind: PageKind;
  locale: Locale;
  /** Site-relative path without a trailing slash, e.g. `/en/models/minimax/m2.5`. */
  path: string;
  familySlug?: string;
  variantSlug?: string;
  /** On pair pages: the second variant (`variantSlug` is the first). */
  otherSlug?: string;
  /** Whether search engines should index it (404 pages are not). */
  indexable: boolean;
  /** Path of its Markdown mirror (`/en/models/minimax/m2.5.md`); the chooser and 404s have none. */
  mirrorPath?: string;
}

/** Page kinds that have a Markdown mirror beside them. */
export const mirroredKinds: readonly PageKind[] = ['catalog', 'compare', 'family', 'variant', 'pair'];

/** The mirror of a page path: the same path plus `.md`. */
export function mirrorPathOf(path: string): string {
  return `${path}.md`;
}

/**
 * Whether a page goes into the site search index: indexable content pages.
 * Pair pages restate two spec sheets; indexed, they would crowd every query
 * with near-duplicates (and grow the index with the square of a family's size).
 */
export function isSearchable(page: SitePage): boolean {
  return page.indexable && page.kind !== 'home' && page.kind !== 'pair';
}

/** `/en/models`. */
export function catalogPath(locale: Locale): string {
  return `/${locale}/models`;
}

/** `/en/models/minimax`. */
export function familyPath(locale: Locale, familySlug: string): string {
  return `${catalogPath(locale)}/${familySlug}`;
}

/** `/en/models/minimax/m2.5`. */
export function variantPath(locale: Locale, familySlug: string, variantSlug: string): string {
  return `${familyPath(locale, familySlug)}/${variantSlug}`;
}

/** `/en/models/compare`: every variant in one table. */
export function comparePath(locale: Locale): string {
  return `${catalogPath(locale)}/compare`;
}

/** `/en/models/minimax/compare/m2-vs-m2.5`. */
export function pairPath(locale: Locale, familySlug: string, a: string, b: string): string {
  return `${familyPath(locale, familySlug)}/compare/${a}-vs-${b}`;
}

/** `/en/search`: the site search page. */
export function searchPath(locale: Locale): string {
  return `/${locale}/search`;
}

/** `/en/feed.xml`: the Atom feed of catalog changes. */
export function feedPath(locale: Locale): string {
  return `/${locale}/feed.xml`;
}

/** Family slugs that would collide with other pages under /{locale}/models/. */
export const reservedFamilySlugs: readonly string[] = ['compare'];

/** `/en/404`: served by static hosts for missing paths under `/en/`. */
export function notFoundPath(locale: Locale): string {
  return `/${locale}/404`;
}

/** The absolute URL of a site path, on the configured origin. */
export function absoluteUrl(path: string): string {
  return `${site.siteUrl}${path === '/' ? '/' : path}`;
}

/** Every page of the site, in a stable order. */
export function listPages(catalog: Catalog): SitePage[] {
  const pages: SitePage[] = [{ kind: 'home', locale: 'en', path: '/', indexable: true }];
  for (const locale of localeCodes) {
    pages.push({ kind: 'catalog', locale, path: catalogPath(locale), indexable: true });
    pages.push({ kind: 'compare', locale, path: comparePath(locale), indexable: true });
    for (const family of catalog.families) {
      pages.push({ kind: 'family', locale, path: familyPath(locale, family.slug), familySlug: family.slug, indexable: true });
      for (const variant of family.variants) {
        pages.push({
          kind: 'variant',
          locale,
          path: variantPath(locale, family.slug, variant.slug),
          familySlug: family.slug,
          variantSlug: variant.slug,
          indexable: true,
        });
      }
      for (const [a, b] of variantPairs(family.variants)) {
        pages.push({
          kind: 'pair',
          locale,
          path: pairPath(locale, family.slug, a.slug, b.slug),
          familySlug: family.slug,
          variantSlug: a.slug,
          otherSlug: b.slug,
          indexable: true,
        });
      }
    }
    // The search page shows results of a query, not content of its own: kept out of indexes.
    pages.push({ kind: 'search', locale, path: searchPath(locale), indexable: false });
    pages.push({ kind: 'not-found', locale, path: notFoundPath(locale), indexable: false });
  }
  for (const page of pages) if (mirroredKinds.includes(page.kind)) page.mirrorPath = mirrorPathOf(page.path);
  return pages;
}

/** What identifies a page across locales: its kind and slugs. */
function pageKey(page: SitePage): string {
  return `${page.kind}|${page.familySlug ?? ''}|${page.variantSlug ?? ''}|${page.otherSlug ?? ''}`;
}

const versionIndexes = new WeakMap<readonly SitePage[], Map<string, SitePage[]>>();

/**
 * The same page in every locale (itself included), for the language switcher and
 * hreflang. Looked up in an index built once per page list: a scan per page would
 * make a large catalog's build quadratic in its page count.
 */
export function localeVersions(page: SitePage, pages: readonly SitePage[]): SitePage[] {
  if (page.kind === 'home') return [page];
  let index = versionIndexes.get(pages);
  if (!index) {
    index = new Map();
    for (const p of pages) {
      const key = pageKey(p);
      index.set(key, [...(index.get(key) ?? []), p]);
    }
    versionIndexes.set(pages, index);
  }
  return index.get(pageKey(page)) ?? [];
}

/** Page kinds that get a social image of their own; the others use their locale's catalog image. */
export const socialImageKinds: readonly PageKind[] = ['catalog', 'family', 'variant'];

/** `/og/en/models/minimax/m2.5.png`: the social (Open Graph) image of a page. */
export function socialImagePath(page: Pick<SitePage, 'kind' | 'locale' | 'path'>): string {
  const own = socialImageKinds.includes(page.kind);
  return `/og${own ? page.path : catalogPath(page.locale)}.png`;
}

/** `/en/llms.txt`, or `/llms.txt` for the whole site. */
export function llmsTxtPath(locale?: Locale): string {
  return locale ? `/${locale}/llms.txt` : '/llms.txt';
}

/** `/en/llms-full.txt`: every mirror of a locale in one file. */
export function llmsFullPath(locale: Locale): string {
  return `/${locale}/llms-full.txt`;
}

/** The JSON catalog and its schema. */
export const jsonCatalogPath = '/api/models.json';
export const jsonSchemaPath = '/api/models.schema.json';

/** Astro `getStaticPaths` entries for one kind of page. */
export function staticPathsFor(catalog: Catalog, kind: PageKind) {
  return listPages(catalog)
    .filter((page) => page.kind === kind)
    .map((page) => ({
      params: { locale: page.locale, family: page.familySlug, variant: page.variantSlug, pair: page.otherSlug ? `${page.variantSlug}-vs-${page.otherSlug}` : undefined },
      props: { page },
    }));
}
