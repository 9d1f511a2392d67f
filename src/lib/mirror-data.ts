/**
 * The frontmatter of each Markdown mirror: values an agent can trust, exact as
 * the content files type them. Keys and meanings follow the source mirrors;
 * `canonical` is the HTML page, `url` the mirror. The body is the page's own
 * blocks, written by src/lib/blocks-markdown.ts.
 */
import { allLocales, type Locale } from '../config/locales';
import { translate } from '../i18n';
import type { Catalog, Family, Variant } from './content/types';
import { cleanDecimal } from './format';
import { basisRule, offersBasisFirst, type Rates } from './pricing';
import type { EarlierPriceRule, PriceRule } from './content/schema';
import { catalogUpdated, familyUpdated, latestDate } from './catalog';
import { absoluteUrl, catalogPart, catalogParts, catalogPath, comparePath, familyPath, mirrorPathOf, pairPath, variantPath } from './routes';
import { partTitle } from './view/parts';
import { familyProviders } from './view/pages';
import { offerLimitsData } from './json-catalog';

function modalityOf(variants: readonly Variant[]): string {
  return [...new Set(variants.flatMap((v) => [...v.modalities.input, ...v.modalities.output]))].join(', ');
}

/** The other locales' mirror URLs of a page, by locale. */
function alternateMirrors(pathFor: (locale: Locale) => string, locale: Locale): Record<string, string> {
  return Object.fromEntries(allLocales.filter((l) => l.code !== locale).map((l) => [l.code, absoluteUrl(mirrorPathOf(pathFor(l.code)))]));
}

/** The keys every mirror's frontmatter opens with: title, its own URL, its page's URL (canonical), locale. */
function mirrorIdentity(title: string, path: string, locale: Locale) {
  return { title, url: absoluteUrl(mirrorPathOf(path)), canonical: absoluteUrl(path), locale };
}

/** Exact rates as frontmatter, per 1M tokens in US dollars; cache rates only where the rule states them. */
const ratesData = (r: Rates) => ({
  input_per_million_usd: r.input,
  output_per_million_usd: r.output,
  ...(r.cacheRead !== undefined ? { cache_read_per_million_usd: r.cacheRead } : {}),
  ...(r.cacheWrite !== undefined ? { cache_write_per_million_usd: r.cacheWrite } : {}),
});

/** An offer's price rule as frontmatter: exact rates as typed, or the listed figure verbatim, or that none is published. */
function priceRuleData(rule: PriceRule): Record<string, unknown> {
  const since = rule.since !== undefined ? { since: rule.since } : {};
  if (rule.type === 'listed') return { type: 'listed', display: rule.display, rounding: rule.rounding, source: rule.source, ...since, checked: rule.checked };
  if (rule.type === 'unpublished') return { type: 'unpublished', source: rule.source, ...since, checked: rule.checked };
  return {
    type: 'rate',
    ...ratesData(rule),
    ...(rule.tiers.length ? { tiers: rule.tiers.map((tier) => ({ above_prompt_tokens: tier.above, ...ratesData(tier) })) } : {}),
    source: rule.source,
    ...since,
    checked: rule.checked,
  };
}

/** An earlier price rule as frontmatter: the day it took effect, its type, its exact rates or listed figure, and its source. */
function historyRuleData(rule: EarlierPriceRule): Record<string, unknown> {
  return {
    since: rule.since,
    type: rule.type,
    ...(rule.type === 'rate' ? ratesData(rule) : {}),
    ...(rule.type === 'listed' ? { display: rule.display } : {}),
    source: rule.source,
  };
}

/** Every offer of a variant as frontmatter, the comparison basis first: exact values, sources and dates. */
function offersData(variant: Variant): Record<string, unknown>[] {
  return offersBasisFirst(variant).map((offer) => ({
    provider: offer.provider.id,
    provider_name: offer.provider.name,
    model_id: offer.modelId,
    protocols: offer.protocols,
    ...(offer.contextWindow !== undefined ? { context_window: offer.contextWindow } : {}),
    ...offerLimitsData(offer),
    price: priceRuleData(offer.price),
    // Earlier rules, oldest first; only offers that have any carry the key.
    ...(offer.history.length ? { price_history: offer.history.map(historyRuleData) } : {}),
    ...(offer.until !== undefined ? { until: offer.until } : {}),
    source: offer.source,
    checked: offer.checked,
  }));
}

/**
 * Frontmatter of a variant mirror: the source mirrors' keys with their meaning,
 * prices taken from the comparison basis offer's exact rates (and left out when
 * it has none), plus every offer with exact values, sources and dates.
 */
export function variantMirrorData(family: Family, variant: Variant, locale: Locale): Record<string, unknown> {
  const rule = basisRule(variant);
  const path = variantPath(locale, family.slug, variant.slug);
  return {
    ...mirrorIdentity(translate(locale, 'variant.title', { name: variant.name }), path, locale),
    model: family.name,
    provider: family.maker,
    variant_id: variant.name,
    variant_slug: variant.slug,
    sdk_model_id: variant.modelId,
    modality: modalityOf([variant]),
    ...(rule
      ? {
          // Cents per billing unit, as a decimal: the source's integer cents could not hold per-token prices.
          price_from_cents: cleanDecimal(Math.min(rule.input, rule.output) * 100),
          billing_unit: '1M tokens',
          price_basis: family.basis.id,
          input_price_per_million_usd: rule.input,
          output_price_per_million_usd: rule.output,
          ...(rule.cacheRead !== undefined ? { cache_read_price_per_million_usd: rule.cacheRead } : {}),
          ...(rule.cacheWrite !== undefined ? { cache_write_price_per_million_usd: rule.cacheWrite } : {}),
        }
      : {}),
    status: variant.status,
    ...(variant.deprecated !== undefined
      ? {
          deprecation: {
            date: variant.deprecated,
            ...(variant.retires !== undefined ? { retires: variant.retires } : {}),
            ...(variant.successor ? { successor: `${variant.successor.familySlug}/${variant.successor.slug}` } : {}),
          },
        }
      : {}),
    release_date: variant.releaseDate,
    context_window: variant.contextWindow,
    max_output_tokens: variant.maxOutputTokens,
    ...(variant.openWeights ? { weights_url: variant.openWeights.weightsUrl } : {}),
    offers: offersData(variant),
    updated: variant.updated,
    alternates: alternateMirrors((l) => variantPath(l, family.slug, variant.slug), locale),
  };
}

/** Frontmatter of a family mirror. */
export function familyMirrorData(family: Family, locale: Locale): Record<string, unknown> {
  const path = familyPath(locale, family.slug);
  // The "from" price: the lowest exact rate any variant has at the comparison basis.
  const rules = family.variants.flatMap((v) => basisRule(v) ?? []);
  const lowest = rules.length ? Math.min(...rules.flatMap((r) => [r.input, r.output])) : undefined;
  const lowestInput = rules.length ? Math.min(...rules.map((r) => r.input)) : undefined;
  return {
    ...mirrorIdentity(translate(locale, 'family.title', { name: family.name }), path, locale),
    model: family.name,
    provider: family.maker,
    modality: modalityOf(family.variants),
    variant_count: family.variants.length,
    ...(lowest !== undefined && lowestInput !== undefined
      ? { price_from_cents: cleanDecimal(lowest * 100), billing_unit: '1M tokens', price_basis: family.basis.id, input_price_per_million_usd_from: lowestInput }
      : {}),
    providers: familyProviders(family, locale).map((p) => p.id),
    updated: familyUpdated(family),
    alternates: alternateMirrors((l) => familyPath(l, family.slug), locale),
  };
}

/** Frontmatter of the catalog index mirror. */
export function catalogMirrorData(catalog: Catalog, locale: Locale, part = 1): Record<string, unknown> {
  const listed = catalogPart(catalog, part);
  return {
    ...mirrorIdentity(partTitle(catalog, locale, part, 'parts.title', translate(locale, 'catalog.title')), catalogPath(locale, part), locale),
    family_count: listed.families.length,
    variant_count: listed.families.reduce((n, f) => n + f.variants.length, 0),
    ...partFields(catalog, part),
    updated: catalogUpdated(catalog),
    alternates: alternateMirrors((l) => catalogPath(l, part), locale),
  };
}

/** `part` and `part_count` when the catalog listing is split into pages (see catalogParts); nothing otherwise. */
function partFields(catalog: Catalog, part: number): Record<string, number> {
  const count = catalogParts(catalog).length;
  return count > 1 ? { part, part_count: count } : {};
}

/** Frontmatter of the catalog-wide comparison mirror. */
export function compareMirrorData(catalog: Catalog, locale: Locale, part = 1): Record<string, unknown> {
  const listed = catalogPart(catalog, part);
  return {
    ...mirrorIdentity(partTitle(catalog, locale, part, 'parts.title', translate(locale, 'compare.title')), comparePath(locale, part), locale),
    variant_count: listed.families.reduce((n, f) => n + f.variants.length, 0),
    ...partFields(catalog, part),
    updated: catalogUpdated(catalog),
    alternates: alternateMirrors((l) => comparePath(l, part), locale),
  };
}

/** Frontmatter of a pair mirror: both variants' IDs and prices. */
export function pairMirrorData(family: Family, a: Variant, b: Variant, locale: Locale): Record<string, unknown> {
  const path = pairPath(locale, family.slug, a.slug, b.slug);
  const ra = basisRule(a);
  const rb = basisRule(b);
  return {
    ...mirrorIdentity(translate(locale, 'pair.title', { a: a.name, b: b.name }), path, locale),
    model: family.name,
    provider: family.maker,
    sdk_model_ids: [a.modelId, b.modelId],
    price_basis: family.basis.id,
    // null where the basis states no exact rate for that side.
    input_price_per_million_usd: [ra?.input ?? null, rb?.input ?? null],
    output_price_per_million_usd: [ra?.output ?? null, rb?.output ?? null],
    context_window: [a.contextWindow, b.contextWindow],
    updated: latestDate([a.updated, b.updated]),
    alternates: alternateMirrors((l) => pairPath(l, family.slug, a.slug, b.slug), locale),
  };
}
