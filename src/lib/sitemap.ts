/**
 * Options for @astrojs/sitemap: only the indexable pages of the page list, with
 * their language alternates (its i18n option) plus `x-default`, which the
 * integration does not add by itself.
 */
import type { SitemapOptions } from '@astrojs/sitemap';
import { sourceLocale } from '../config/locales';
import { loadCatalogOnce } from './content/load';
import { absoluteUrl, listPages } from './routes';
import { sitemapLocales } from './seo';

/** The sitemap integration's options, computed from the page list. */
export function sitemapOptions(): SitemapOptions {
  const indexable = new Set(listPages(loadCatalogOnce()).filter((p) => p.indexable).map((p) => absoluteUrl(p.path)));
  return {
    filter: (url) => indexable.has(url) || indexable.has(url.replace(/\/$/, '')),
    i18n: { defaultLocale: sourceLocale, locales: sitemapLocales() },
    serialize(item) {
      const fallback = item.links?.find((link) => link.lang === sitemapLocales()[sourceLocale]);
      if (fallback && item.links) item.links = [...item.links, { lang: 'x-default', url: fallback.url }];
      return item;
    },
  };
}
