/**
 * The one list of pages. Route files, the sitemap, hreflang alternates, the
 * Markdown mirrors and the tests all enumerate `listPages()`, so a page cannot
 * exist in one of them and be missing from another.
 */
import { localeCodes, type Locale } from '../config/locales';
import { site } from '../config/site';
import type { Catalog, Family } from './content/types';
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
  /** On catalog and comparison pages: which part of the catalog (1-based; see `catalogParts`). */
  part?: number;
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

/**
 * The most variants one catalog index or comparison page lists. A larger
 * catalog is split into parts of whole families: a thousand-row table is
 * 40 KB gzipped and unusable on a phone, while a hundred rows stays within the
 * 14 KB that arrives in the first round trip.
 */
export const catalogPartSize = 100;

/** The catalog's families in parts of at most `catalogPartSize` variants, in catalog order; a family larger than that is a part of its own. */
export function catalogParts(catalog: Pick<Catalog, 'families'>): Family[][] {
  const parts: Family[][] = [];
  let rows = Number.POSITIVE_INFINITY;
  for (const family of catalog.families) {
    if (rows + family.variants.length > catalogPartSize) {
      parts.push([]);
      rows = 0;
    }
    parts.at(-1)?.push(family);
    rows += family.variants.length;
  }
  return parts.length ? parts : [[]];
}

/** The part of the catalog a catalog or comparison page lists, as a catalog of its own. */
export function catalogPart(catalog: Catalog, part = 1): Catalog {
  const families = catalogParts(catalog)[part - 1];
  if (!families) throw new Error(`the catalog has no part ${part}`);
  return { ...catalog, families };
}

/** Where part `part` of a listing lives: the base path for the first, `…/page/2` after. */
const partPath = (base: string, part = 1) => (part > 1 ? `${base}/page/${part}` : base);

/** `/en/models`, or `/en/models/page/2` for a later part. */
export function catalogPath(locale: Locale, part = 1): string {
  return partPath(`/${locale}/models`, part);
}

/** `/en/models/minimax`. */
export function familyPath(locale: Locale, familySlug: string): string {
  return `${catalogPath(locale)}/${familySlug}`;
}

/** `/en/models/minimax/m2.5`. */
export function variantPath(locale: Locale, familySlug: string, variantSlug: string): string {
  return `${familyPath(locale, familySlug)}/${variantSlug}`;
}

/** `/en/models/compare`: every variant in one table (`/en/models/compare/page/2` for a later part). */
export function comparePath(locale: Locale, part = 1): string {
  return partPath(`${catalogPath(locale)}/compare`, part);
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
export const reservedFamilySlugs: readonly string[] = ['compare', 'page'];

/** Variant slugs that would collide with other pages under /{locale}/models/{family}/. */
export const reservedVariantSlugs: readonly string[] = ['compare', 'index'];

// Endings a slug may not have: the suffixes of files the site writes beside its pages (a variant "m2.5.md"
// would be shadowed by M2.5's mirror), and of the files static hosts resolve a path to.
const fileSuffix = /\.(?:md|html?|xml|txt|json|png|svg|css|js|webmanifest)$/i;

/**
 * Why a folder name cannot be a family or variant slug, or undefined when it can: lower-case letters, digits,
 * dots and hyphens, starting and ending with a letter or digit; not a name the router uses; no file suffix;
 * no "-vs-", which joins two variant slugs into a pair page's (m2-vs-m2.1 and m2.1 would share one URL).
 */
export function slugProblem(slug: string, kind: 'family' | 'variant'): string | undefined {
  const what = `a ${kind} folder is its URL slug`;
  if (!/^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/.test(slug))
    return `${what}: lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit`;
  const reserved = kind === 'family' ? reservedFamilySlugs : reservedVariantSlugs;
  if (reserved.includes(slug)) return `${what}, and ${reserved.map((s) => `"${s}"`).join(' and ')} are taken by the site's own pages`;
  if (fileSuffix.test(slug)) return `${what}, and may not end in a file suffix such as .md or .html (the site writes files with those names beside its pages)`;
  if (slug.includes('-vs-')) return `${what}, and may not contain "-vs-", which joins two variant slugs into a comparison page's URL`;
  return undefined;
}

/** `/en/404`: served by static hosts for missing paths under `/en/`. */
export function notFoundPath(locale: Locale): string {
  return `/${locale}/404`;
}

/** The absolute URL of a site path, on the configured origin. */
export function absoluteUrl(path: string): string {
  return `${site.siteUrl}${path === '/' ? '/' : path}`;
}

// One page list per catalog: the route files, the chrome, the sitemap and the build integrations all
// ask for it, and at 1,000 variants it is 16,868 pages (a new catalog, as after an edit in dev, gets its own).
const pageLists = new WeakMap<Catalog, readonly SitePage[]>();

/** Every page of the site, in a stable order; computed once per catalog. */
export function listPages(catalog: Catalog): readonly SitePage[] {
  let pages = pageLists.get(catalog);
  if (!pages) pageLists.set(catalog, (pages = buildPageList(catalog)));
  return pages;
}

function buildPageList(catalog: Catalog): SitePage[] {
  const pages: SitePage[] = [{ kind: 'home', locale: 'en', path: '/', indexable: true }];
  const parts = catalogParts(catalog).length;
  for (const locale of localeCodes) {
    for (let part = 1; part <= parts; part++) pages.push({ kind: 'catalog', locale, path: catalogPath(locale, part), part, indexable: true });
    for (let part = 1; part <= parts; part++) pages.push({ kind: 'compare', locale, path: comparePath(locale, part), part, indexable: true });
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
  return `${page.kind}|${page.familySlug ?? ''}|${page.variantSlug ?? ''}|${page.otherSlug ?? ''}|${page.part ?? ''}`;
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

/** Whether a page has a social image of its own: catalog (its first part), family and variant pages. */
export function hasOwnSocialImage(page: Pick<SitePage, 'kind' | 'part'>): boolean {
  return socialImageKinds.includes(page.kind) && (page.part ?? 1) === 1;
}

/** `/og/en/models/minimax/m2.5.png`: the social (Open Graph) image of a page. */
export function socialImagePath(page: Pick<SitePage, 'kind' | 'locale' | 'path' | 'part'>): string {
  return `/og${hasOwnSocialImage(page) ? page.path : catalogPath(page.locale)}.png`;
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

/**
 * Astro `getStaticPaths` entries for one kind of page; for catalog and
 * comparison pages, `parts` picks the first part (its own route) or the later
 * ones (`…/page/[part]`).
 */
export function staticPathsFor(catalog: Catalog, kind: PageKind, parts?: 'first' | 'later') {
  return listPages(catalog)
    .filter((page) => page.kind === kind && (parts === undefined || (parts === 'first') === ((page.part ?? 1) === 1)))
    .map((page) => ({
      params: {
        locale: page.locale,
        family: page.familySlug,
        variant: page.variantSlug,
        pair: page.otherSlug ? `${page.variantSlug}-vs-${page.otherSlug}` : undefined,
        part: page.part !== undefined && page.part > 1 ? String(page.part) : undefined,
      },
      props: { page },
    }));
}
