/**
 * Options for @astrojs/sitemap: only the indexable pages of the page list, each
 * with its language alternates plus `x-default`, which the integration does not
 * add by itself. The alternates come from the page list (`localeVersions`), not
 * from the integration's own i18n option: that one finds each page's
 * alternates by scanning every URL, which took 2–3 s at the end of a
 * 1,000-variant build (17,000 pages) and grows with the square of the count.
 */
import type { LinkItem, SitemapOptions } from '@astrojs/sitemap';
import { allLocales, sourceLocale } from '../config/locales';
import { loadCatalogOnce } from './content/load';
import { absoluteUrl, listPages, localeVersions, type SitePage } from './routes';

/** The sitemap integration's options, computed from the page list. */
export function sitemapOptions(): NonNullable<SitemapOptions> {
  const pages = listPages(loadCatalogOnce());
  const indexable = new Map(pages.filter((p) => p.indexable).map((p) => [absoluteUrl(p.path), p]));
  const bcp47 = Object.fromEntries(allLocales.map((l) => [l.code, l.bcp47]));
  const pageAt = (url: string) => indexable.get(url) ?? indexable.get(url.replace(/\/$/, ''));
  return {
    filter: (url) => pageAt(url) !== undefined,
    serialize(item) {
      const page = pageAt(item.url);
      const links = page && alternateLinks(page, pages, bcp47);
      if (links) item.links = links;
      return item;
    },
  };
}

/** A page's indexable versions in every locale, itself included, then `x-default` (the source locale's); none if it has no other. */
function alternateLinks(page: SitePage, pages: readonly SitePage[], bcp47: Record<string, string>): LinkItem[] | undefined {
  const versions = localeVersions(page, pages).filter((p) => p.indexable);
  if (versions.length <= 1) return undefined;
  const links: LinkItem[] = versions.map((p) => ({ lang: bcp47[p.locale] ?? p.locale, url: absoluteUrl(p.path) }));
  const fallback = versions.find((p) => p.locale === sourceLocale);
  if (fallback) links.push({ lang: 'x-default', url: absoluteUrl(fallback.path) });
  return links;
}
