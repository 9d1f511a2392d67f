/**
 * Options for @astrojs/sitemap: only the indexable pages of the page list, each
 * with the same language alternates and `x-default` its own `<head>` declares
 * (`hreflangLinks`), which the integration does not add by itself. They come
 * from the page list, not from the integration's own i18n option: that one
 * finds each page's alternates by scanning every URL, which took 2–3 s at the
 * end of a 1,000-variant build (17,000 pages) and grows with the square of the
 * count. The page list is made on the first URL asked about, at the end of
 * the build: the integration is set up before the catalog is read.
 */
import type { SitemapOptions } from '@astrojs/sitemap';
import type { Catalog } from './content/types';
import { absoluteUrl, listPages, type SitePage } from './routes';
import { hreflangLinks } from './seo';
import { languageLinks } from './view/chrome';

/** The sitemap integration's options, from the page list of the catalog `readCatalog` gives once asked. */
export function sitemapOptions(readCatalog: () => Catalog): NonNullable<SitemapOptions> {
  let known: { pages: readonly SitePage[]; indexable: Map<string, SitePage> } | undefined;
  const pageList = (): NonNullable<typeof known> => {
    if (!known) {
      const pages = listPages(readCatalog());
      known = { pages, indexable: new Map(pages.filter((p) => p.indexable).map((p) => [absoluteUrl(p.path), p])) };
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
      // Only versions that are in the sitemap themselves.
      const { pages, indexable } = pageList();
      const languages = page ? languageLinks(page, pages).filter((language) => indexable.has(language.url)) : [];
      const links = hreflangLinks(languages).map((link) => ({ lang: link.hreflang, url: link.href }));
      if (links.length > 0) item.links = links;
      return item;
    },
  };
}
