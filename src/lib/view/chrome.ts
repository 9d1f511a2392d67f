/** What every page's frame shows: breadcrumbs, the language switcher and alternates. */
import { allLocales, type Locale } from '../../config/locales';
import { translate } from '../../i18n';
import type { Catalog } from '../content/types';
import { findFamily, findVariant } from '../catalog';
import { absoluteUrl, catalogPath, comparePath, familyPath, listPages, localeVersions, type SitePage } from '../routes';
import { formatInteger } from '../format';

export interface Crumb {
  label: string;
  /** Absent on the current page. */
  href?: string;
}

/** Home › Models › Family › Variant, ending at `page`. */
export function breadcrumbsFor(page: SitePage, catalog: Catalog): Crumb[] {
  const { locale } = page;
  const crumbs: Crumb[] = [{ label: translate(locale, 'nav.home'), href: '/' }];
  if (page.kind === 'not-found') return [...crumbs, { label: translate(locale, 'notFound.title') }];
  if (page.kind === 'search') return [...crumbs, { label: translate(locale, 'search.title') }];
  crumbs.push({ label: translate(locale, 'nav.models'), href: catalogPath(locale) });
  if (page.kind === 'compare') crumbs.push({ label: translate(locale, 'nav.compare'), href: comparePath(locale) });
  // A later part of a split listing ends in its page number (see catalogParts).
  if (page.part !== undefined && page.part > 1) crumbs.push({ label: translate(locale, 'parts.crumb', { number: formatInteger(page.part, locale) }) });
  if (page.familySlug) {
    const family = findFamily(catalog, page.familySlug);
    crumbs.push({ label: family.name, href: familyPath(locale, family.slug) });
    if (page.variantSlug) {
      const name = findVariant(catalog, family.slug, page.variantSlug).variant.name;
      const other = page.otherSlug ? findVariant(catalog, family.slug, page.otherSlug).variant.name : undefined;
      crumbs.push({ label: other ? translate(locale, 'pair.heading', { a: name, b: other }) : name });
    }
  }
  const last = crumbs.at(-1);
  if (last) delete last.href;
  return crumbs;
}

export interface LanguageLink {
  locale: Locale;
  bcp47: string;
  label: string;
  path: string;
  url: string;
  current: boolean;
}

/** The current page in each locale: for the switcher and `hreflang` alternates. */
export function languageLinks(page: SitePage, pages: readonly SitePage[]): LanguageLink[] {
  const versions = localeVersions(page, pages);
  return allLocales.flatMap((info) => {
    const version = versions.find((v) => v.locale === info.code);
    return version
      ? [{ locale: info.code, bcp47: info.bcp47, label: info.label, path: version.path, url: absoluteUrl(version.path), current: version.path === page.path }]
      : [];
  });
}

/** Breadcrumbs and language links for `page`. */
export function chromeFor(page: SitePage, catalog: Catalog): { crumbs: Crumb[]; languages: LanguageLink[] } {
  return { crumbs: page.kind === 'home' ? [] : breadcrumbsFor(page, catalog), languages: languageLinks(page, listPages(catalog)) };
}
