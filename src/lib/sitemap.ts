/**
 * Options for @astrojs/sitemap: only the indexable pages of the page list, each
 * with the same language alternates and `x-default` its own `<head>` declares
 * (`hreflangLinks`), which the integration does not add by itself, and the day
 * its facts were last checked as `<lastmod>`. They come from the page list, not
 * from the integration's own i18n option: that one finds each page's alternates
 * by scanning every URL, which took 2–3 s at the end of a 1,000-variant build
 * (17,000 pages) and grows with the square of the count. The page list is made
 * on the first URL asked about, at the end of the build: the integration is set
 * up before the catalog is read.
 */
import type { SitemapOptions } from '@astrojs/sitemap';
import { catalogUpdated, familyUpdated, findFamily, latestDate } from './catalog';
import type { Catalog } from './content/types';
import { absoluteUrl, listPages, type SitePage } from './routes';
import { hreflangLinks } from './seo';
import { languageLinks } from './view/chrome';

/**
 * The day a page's facts were last checked (`YYYY-MM-DD`): the same date as its mirror's `updated`.
 * A variant's own `updated`; a pair's later one; a family's latest of its own and its variants';
 * the catalog's latest for the index, the comparison and the language chooser. Never the build's
 * clock, so two builds stay byte-identical and the date moves only when the facts do.
 */
export function pageUpdated(page: SitePage, catalog: Catalog): string {
  if (!page.familySlug) return catalogUpdated(catalog);
  const family = findFamily(catalog, page.familySlug);
  const variant = (slug: string | undefined) => family.variants.find((v) => v.slug === slug);
  if (page.kind === 'variant') return variant(page.variantSlug)?.updated ?? familyUpdated(family);
  if (page.kind === 'pair') return latestDate([variant(page.variantSlug)?.updated ?? '', variant(page.otherSlug)?.updated ?? '']);
  return familyUpdated(family);
}

/** The sitemap integration's options, from the page list of the catalog `readCatalog` gives once asked. */
export function sitemapOptions(readCatalog: () => Catalog): NonNullable<SitemapOptions> {
  let known: { catalog: Catalog; pages: readonly SitePage[]; indexable: Map<string, SitePage> } | undefined;
  const pageList = (): NonNullable<typeof known> => {
    if (!known) {
      const catalog = readCatalog();
      const pages = listPages(catalog);
      known = { catalog, pages, indexable: new Map(pages.filter((p) => p.indexable).map((p) => [absoluteUrl(p.path), p])) };
    }
    return known;
  };
  const pageAt = (url: string) => {
    const { indexable } = pageList();
    return indexable.get(url) ?? indexable.get(url.replace(/\/$/, ''));
  };
  return {
    filter: (url) => pageAt(url) !== undefined,
    serialize(item) {
      const page = pageAt(item.url);
      if (!page) return item;
      const { catalog, pages, indexable } = pageList();
      // Only versions that are in the sitemap themselves.
      const languages = languageLinks(page, pages).filter((language) => indexable.has(language.url));
      const links = hreflangLinks(languages).map((link) => ({ lang: link.hreflang, url: link.href }));
      if (links.length > 0) item.links = links;
      item.lastmod = pageUpdated(page, catalog);
      return item;
    },
  };
}
