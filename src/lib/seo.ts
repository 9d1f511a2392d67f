/**
 * What search engines read: canonical and language alternates, Open Graph,
 * and JSON-LD built from the same facts the page shows.
 */
import { locales, sourceLocale } from '../config/locales';
import { site } from '../config/site';
import { translate } from '../i18n';
import type { Family, Variant } from './content/types';
import { offerRule, offersBasisFirst, type Rates } from './pricing';
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
    { property: 'og:site_name', content: translate(page.locale, 'site.name') },
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
 * schema.org Product for a variant, with one Offer per provider that states
 * exact prices: `seller` is the provider, one UnitPriceSpecification per rate
 * (per 1,000,000 tokens, unit code C62 "tokens"), tiers through
 * `eligibleQuantity`. Listed-only and unpublished prices give no Offer: a
 * rounded display figure is not a price to publish as one. No ratings, no
 * availability, nothing the page does not state.
 */
export function variantJsonLd(family: Family, variant: Variant, page: SitePage, description: string) {
  const perMillion = { '@type': 'QuantitativeValue', value: 1_000_000, unitCode: 'C62', unitText: 'tokens' };
  const unit = (name: string, price: number, eligible?: { minValue?: number | undefined; maxValue?: number | undefined }) => ({
    '@type': 'UnitPriceSpecification',
    name,
    price,
    priceCurrency: site.currency,
    referenceQuantity: perMillion,
    ...(eligible ? { eligibleQuantity: { '@type': 'QuantitativeValue', ...eligible, unitCode: 'C62', unitText: 'prompt tokens' } } : {}),
  });
  const specifications = (rates: Rates, eligible?: { minValue?: number | undefined; maxValue?: number | undefined }) => [
    unit('Input', rates.input, eligible),
    unit('Output', rates.output, eligible),
    ...(rates.cacheRead !== undefined ? [unit('Cache read', rates.cacheRead, eligible)] : []),
    ...(rates.cacheWrite !== undefined ? [unit('Cache write', rates.cacheWrite, eligible)] : []),
  ];
  const offers = offersBasisFirst(variant).flatMap((offer) => {
    const rule = offerRule(offer);
    if (!rule) return [];
    const first = rule.tiers[0]?.above;
    const tiers = rule.tiers.flatMap((tier, i) =>
      specifications(tier, { minValue: tier.above + 1, ...(rule.tiers[i + 1] ? { maxValue: rule.tiers[i + 1]?.above } : {}) }),
    );
    return [
      {
        '@type': 'Offer',
        url: absoluteUrl(page.path),
        seller: { '@type': 'Organization', name: offer.provider.name, ...(offer.provider.website ? { url: offer.provider.website } : {}) },
        sku: offer.modelId,
        price: Math.min(rule.input, rule.output),
        priceCurrency: site.currency,
        priceSpecification: [...specifications(rule, first !== undefined ? { maxValue: first } : undefined), ...tiers],
      },
    ];
  });
  // Google requires a Product to carry offers (or reviews, which the catalog has none of): with no exact price
  // to state, a spec sheet says nothing in Product terms rather than something its rich-result rules reject.
  if (offers.length === 0) return undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: variant.name,
    sku: variant.modelId,
    description,
    url: absoluteUrl(page.path),
    image: absoluteUrl(socialImagePath(page)),
    inLanguage: locales[page.locale].bcp47,
    brand: { '@type': 'Brand', name: family.maker },
    category: family.name,
    offers,
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
