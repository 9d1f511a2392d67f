/**
 * What search engines read: canonical and language alternates, Open Graph,
 * and JSON-LD built from the same facts the page shows.
 */
import { locales, sourceLocale } from '../config/locales';
import { site } from '../config/site';
import type { Family, Variant } from './content/types';
import { quotePrice } from './pricing';
import { absoluteUrl, socialImagePath, type SitePage } from './routes';
import type { Crumb, LanguageLink } from './view/chrome';

export interface HeadLink {
  hreflang: string;
  href: string;
}

/** `hreflang` alternates: every locale version plus `x-default` (English); empty when the page has one version. */
export function hreflangLinks(languages: readonly LanguageLink[]): HeadLink[] {
  if (languages.length < 2) return [];
  const links = languages.map((l) => ({ hreflang: l.bcp47, href: l.url }));
  const fallback = languages.find((l) => l.locale === sourceLocale);
  return fallback ? [...links, { hreflang: 'x-default', href: fallback.url }] : links;
}

/** Open Graph and Twitter card properties of a page. */
export function openGraph(page: SitePage, languages: readonly LanguageLink[], title: string, description: string): { property: string; content: string }[] {
  const own = locales[page.locale].ogLocale;
  return [
    { property: 'og:type', content: page.kind === 'variant' ? 'product' : 'website' },
    { property: 'og:site_name', content: site.brandName },
    { property: 'og:title', content: title },
    { property: 'og:description', content: description },
    { property: 'og:url', content: absoluteUrl(page.path) },
    { property: 'og:image', content: absoluteUrl(socialImagePath(page)) },
    { property: 'og:image:width', content: '1200' },
    { property: 'og:image:height', content: '630' },
    { property: 'og:locale', content: own },
    ...languages.filter((l) => !l.current).map((l) => ({ property: 'og:locale:alternate', content: locales[l.locale].ogLocale })),
  ];
}

/** Serialises JSON-LD for a `<script>` element: `<`, `>`, `&`, U+2028 and U+2029 escaped, so no value can end the script. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** schema.org BreadcrumbList of the page's breadcrumbs (the current page, unlinked, gets its own URL). */
export function breadcrumbJsonLd(crumbs: readonly Crumb[], page: SitePage) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      item: absoluteUrl(crumb.href ?? page.path),
    })),
  };
}

/**
 * schema.org Product for a variant, with an Offer whose price specifications are
 * exactly the prices the page shows: per 1M input and output tokens (or the flat
 * per-1K rate). No ratings, no availability, nothing the page does not state.
 */
export function variantJsonLd(family: Family, variant: Variant, page: SitePage, description: string) {
  const quote = quotePrice(variant.pricing);
  const unit = (value: number, unitText: string, quantity: number) => ({
    '@type': 'UnitPriceSpecification',
    price: value,
    priceCurrency: site.currency,
    unitText,
    referenceQuantity: { '@type': 'QuantitativeValue', value: quantity, unitText: 'tokens' },
  });
  const specifications =
    quote.kind === 'flat'
      ? [unit(quote.inputPerThousand, '1K tokens (input or output)', 1000)]
      : [unit(quote.inputPerMillion, '1M input tokens', 1_000_000), unit(quote.outputPerMillion, '1M output tokens', 1_000_000)];
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: variant.name,
    sku: variant.sdkModelId,
    description,
    url: absoluteUrl(page.path),
    image: absoluteUrl(socialImagePath(page)),
    inLanguage: locales[page.locale].bcp47,
    brand: { '@type': 'Brand', name: family.provider },
    category: family.name,
    offers: {
      '@type': 'Offer',
      url: absoluteUrl(page.path),
      priceCurrency: site.currency,
      price: quote.fromPrice,
      priceSpecification: specifications,
    },
  };
}

/** schema.org FAQPage of a page's questions and answers. */
export function faqJsonLd(items: readonly { question: string; answer: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: items.map((item) => ({ '@type': 'Question', name: item.question, acceptedAnswer: { '@type': 'Answer', text: item.answer } })),
  };
}

