/**
 * Atom feeds of catalog changes, per locale, at three levels: the whole catalog
 * (`/en/feed.xml`), each family (`/en/feeds/minimax.xml`) and each variant
 * (`/en/feeds/minimax/m2.5.xml`). Entries: a variant added, an offer added, a
 * price change of an offer, a deprecation and a retirement. Every date comes
 * from the content, never the build's clock, so two builds of the same content
 * write the same bytes.
 *
 * Feeds live under `/{locale}/feeds/`, outside `/{locale}/models/` where every
 * page is, so no family or variant slug can make a feed and a page collide.
 */
import { locales, type Locale } from '../config/locales';
import { site } from '../config/site';
import { translate, type UiKey } from '../i18n';
import type { Catalog, Family, Offer, Variant } from './content/types';
import type { DatedPriceRule } from './content/schema';
import { offerPriceChanges, rateKeys, type PriceChange, type RateKey } from './history';
import { formatContextShort, formatDate, formatUsd } from './format';
import type { Rates } from './pricing';
import { absoluteUrl, catalogPath, familyPath, feedPath, mirrorPathOf, variantPath, type SitePage } from './routes';
import { joinSentences } from './view/present';
import { escapeXml } from './xml';

/** What an entry reports. */
export type FeedEntryKind = 'added' | 'offer' | 'price' | 'status' | 'deprecated' | 'retired';

export interface FeedEntry {
  /** A tag: URI from the site host, the date, the page path and the kind; the same on every build. */
  id: string;
  kind: FeedEntryKind;
  /** The content date it reports (YYYY-MM-DD). */
  date: string;
  title: string;
  summary: string;
  /** The variant's page (absolute). */
  url: string;
  /** That page's Markdown mirror (absolute). */
  mirrorUrl: string;
  familySlug: string;
  variantSlug: string;
}

/** Which changes a feed holds: the whole catalog's, one family's, or one variant's. */
export type FeedScope = { kind: 'catalog' } | { kind: 'family'; familySlug: string } | { kind: 'variant'; familySlug: string; variantSlug: string };

/** `/en/feeds`: the folder of the family and variant feeds; nothing else lives under it. */
export function feedsFolder(locale: Locale): string {
  return `/${locale}/feeds`;
}

/** `/en/feeds/minimax.xml`: the changes of one family's variants. */
export function familyFeedPath(locale: Locale, family: string): string {
  return `${feedsFolder(locale)}/${family}.xml`;
}

/** `/en/feeds/minimax/m2.5.xml`: the changes of one variant. */
export function variantFeedPath(locale: Locale, family: string, variant: string): string {
  return `${feedsFolder(locale)}/${family}/${variant}.xml`;
}

/** The path of a scope's feed in a locale. */
export function scopeFeedPath(locale: Locale, scope: FeedScope): string {
  if (scope.kind === 'family') return familyFeedPath(locale, scope.familySlug);
  if (scope.kind === 'variant') return variantFeedPath(locale, scope.familySlug, scope.variantSlug);
  return feedPath(locale);
}

/** The feed of a page's own changes: the catalog's for the index and the comparison, a family's, a variant's; none for other pages. */
export function feedScopeFor(page: Pick<SitePage, 'kind' | 'familySlug' | 'variantSlug'>): FeedScope | undefined {
  if (page.kind === 'catalog' || page.kind === 'compare') return { kind: 'catalog' };
  if (page.kind === 'family' && page.familySlug) return { kind: 'family', familySlug: page.familySlug };
  if (page.kind === 'variant' && page.familySlug && page.variantSlug) return { kind: 'variant', familySlug: page.familySlug, variantSlug: page.variantSlug };
  return undefined;
}

/** The path of the feed of a page's own changes (see `feedScopeFor`), or undefined. */
export function feedPathFor(page: Pick<SitePage, 'kind' | 'locale' | 'familySlug' | 'variantSlug'>): string | undefined {
  const scope = feedScopeFor(page);
  return scope ? scopeFeedPath(page.locale, scope) : undefined;
}

/** A page's link to the feed of its own changes: the feed's site path (for the visible link), absolute URL (for `<link rel="alternate">`) and title. */
export function feedLinkFor(page: SitePage, catalog: Catalog): { path: string; href: string; title: string } | undefined {
  const scope = feedScopeFor(page);
  const resolved = scope && resolveScope(catalog, scope);
  if (!scope || !resolved) return undefined;
  const path = scopeFeedPath(page.locale, scope);
  return { path, href: absoluteUrl(path), title: feedTitle(resolved, page.locale) };
}

/** A scope with its family and variant found in the catalog. */
type ResolvedScope =
  | { kind: 'catalog'; variants: Variant[] }
  | { kind: 'family'; family: Family; variants: Variant[] }
  | { kind: 'variant'; family: Family; variant: Variant; variants: Variant[] };

function resolveScope(catalog: Catalog, scope: FeedScope): ResolvedScope | undefined {
  if (scope.kind === 'catalog') return { kind: 'catalog', variants: catalog.families.flatMap((f) => f.variants) };
  const family = catalog.families.find((f) => f.slug === scope.familySlug);
  if (!family) return undefined;
  if (scope.kind === 'family') return { kind: 'family', family, variants: family.variants };
  const variant = family.variants.find((v) => v.slug === scope.variantSlug);
  return variant ? { kind: 'variant', family, variant, variants: [variant] } : undefined;
}

function feedTitle(scope: ResolvedScope, locale: Locale): string {
  const title =
    scope.kind === 'catalog'
      ? translate(locale, 'feed.title')
      : scope.kind === 'family'
        ? translate(locale, 'feed.familyTitle', { name: scope.family.name })
        : translate(locale, 'feed.variantTitle', { name: scope.variant.name });
  return translate(locale, 'value.labelled', { label: translate(locale, 'site.name'), value: title });
}

function feedSubtitle(scope: ResolvedScope, locale: Locale): string {
  if (scope.kind === 'catalog') return translate(locale, 'feed.catalogSubtitle');
  if (scope.kind === 'family') return translate(locale, 'feed.familySubtitle', { name: scope.family.name });
  return translate(locale, 'feed.variantSubtitle', { name: scope.variant.name });
}

/** The HTML page a feed is about. */
function scopePagePath(locale: Locale, scope: ResolvedScope): string {
  if (scope.kind === 'family') return familyPath(locale, scope.family.slug);
  if (scope.kind === 'variant') return variantPath(locale, scope.family.slug, scope.variant.slug);
  return catalogPath(locale);
}

const rateLabel: Record<RateKey, UiKey> = { input: 'price.input', output: 'price.output', cacheRead: 'price.cacheRead', cacheWrite: 'price.cacheWrite' };

/**
 * Labelled values in a row ("Input: $0.80 / 1M tokens, Output: …"): an enumeration, not a sentence's
 * "A, B and C" (which in Chinese would glue 和 or 及 to the figure before it).
 */
function enumerate(locale: Locale, items: readonly string[]): string {
  return items.join(translate(locale, 'feed.listSeparator'));
}

/** Every rate a rule states, per 1M tokens: input, output, and cache read and write where stated. */
function ratesText(rates: Partial<Rates>, locale: Locale): string {
  return enumerate(
    locale,
    rateKeys.flatMap((key) => {
      const value = rates[key];
      return value === undefined
        ? []
        : [
            translate(locale, 'value.labelled', {
              label: translate(locale, rateLabel[key]),
              value: translate(locale, 'price.perMillion', { price: formatUsd(value, locale) }),
            }),
          ];
    }),
  );
}

/** What a price rule says: its exact rates (and tiers), the listed figure quoted as the source shows it (never converted), or that none is published. */
function ruleText(rule: DatedPriceRule, locale: Locale): string {
  if (rule.type === 'rate') {
    return rule.tiers.reduce(
      (text, tier) => translate(locale, 'feed.tier', { rates: text, count: tier.above, tierRates: ratesText(tier, locale) }),
      ratesText(rule, locale),
    );
  }
  if (rule.type === 'listed') return translate(locale, 'price.listedAs', { display: rule.display });
  return translate(locale, 'price.unpublished');
}

const percentFormats = new Map<Locale, Intl.NumberFormat>();
/** A signed change in percent, with a true minus sign: −20%, +5%, 0%. */
function signedPercent(value: number, locale: Locale): string {
  let format = percentFormats.get(locale);
  if (!format)
    percentFormats.set(
      locale,
      (format = new Intl.NumberFormat(locales[locale].intl, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' })),
    );
  return format.format(value / 100).replace('-', '\u2212');
}

/** The summary of a price change: the old and new rules, the change in percent of each rate both state exactly, and the new rule's source. */
function priceChangeSummary(variant: Variant, offer: Offer, change: PriceChange, locale: Locale): string {
  const percents = rateKeys.flatMap((key) => {
    const percent = change.rates[key]?.percent;
    return percent === undefined
      ? []
      : [translate(locale, 'value.labelled', { label: translate(locale, rateLabel[key]), value: signedPercent(percent, locale) })];
  });
  return joinSentences(locale, [
    translate(locale, 'feed.priceChangedSummary', {
      name: variant.name,
      provider: offer.provider.name,
      from: ruleText(change.from, locale),
      to: ruleText(change.to, locale),
    }),
    percents.length > 0 ? translate(locale, 'feed.priceChangePercents', { changes: enumerate(locale, percents) }) : '',
    translate(locale, 'feed.source', { source: change.to.source }),
  ]);
}

/** One variant's entries in a locale, in no particular order. */
export function variantFeedEntries(variant: Variant, locale: Locale): FeedEntry[] {
  const host = new URL(site.siteUrl).host;
  const path = variantPath(locale, variant.familySlug, variant.slug);
  const url = absoluteUrl(path);
  const mirrorUrl = absoluteUrl(mirrorPathOf(path));
  const entries: FeedEntry[] = [];
  // The id names the date, the page and what happened: adding other entries never changes it.
  const add = (kind: FeedEntryKind, date: string, idKind: string, title: string, summary: string) =>
    entries.push({
      id: `tag:${host},${date}:${path}/${idKind}`,
      kind,
      date,
      title,
      summary,
      url,
      mirrorUrl,
      familySlug: variant.familySlug,
      variantSlug: variant.slug,
    });
  const name = variant.name;

  add(
    'added',
    variant.added,
    'added',
    translate(locale, 'feed.added', { name }),
    translate(locale, 'feed.addedSummary', { name, model: variant.modelId, context: formatContextShort(variant.contextWindow) }),
  );
  for (const offer of variant.offers) {
    const provider = offer.provider.name;
    add(
      'offer',
      offer.added,
      `offer-${offer.provider.id}`,
      translate(locale, 'feed.offerAdded', { name, provider }),
      translate(locale, 'feed.offerAddedSummary', { name, provider, model: offer.modelId, price: ruleText(offer.price, locale), source: offer.price.source }),
    );
    for (const change of offerPriceChanges(offer)) {
      add(
        'price',
        change.date,
        `price-${offer.provider.id}-${change.date}`,
        translate(locale, 'feed.priceChanged', { name, provider }),
        priceChangeSummary(variant, offer, change, locale),
      );
    }
  }
  if (variant.statusSince !== undefined) {
    const status = translate(locale, `status.${variant.status}`);
    add(
      'status',
      variant.statusSince,
      `status-${variant.status}`,
      translate(locale, 'feed.status', { name, status }),
      translate(locale, 'feed.statusSummary', { name, status, date: formatDate(variant.statusSince, locale) }),
    );
  }
  const successor = variant.successor ? translate(locale, 'feed.successor', { successor: variant.successor.name }) : '';
  if (variant.deprecated !== undefined) {
    add(
      'deprecated',
      variant.deprecated,
      'deprecated',
      translate(locale, 'feed.deprecated', { name }),
      joinSentences(locale, [
        translate(locale, 'feed.deprecatedSummary', { name, date: formatDate(variant.deprecated, locale) }),
        variant.retires !== undefined ? translate(locale, 'feed.retiresOn', { date: formatDate(variant.retires, locale) }) : '',
        successor,
      ]),
    );
  }
  if (variant.status === 'retired' && variant.retires !== undefined) {
    add(
      'retired',
      variant.retires,
      'retired',
      translate(locale, 'feed.retired', { name }),
      joinSentences(locale, [translate(locale, 'feed.retiredSummary', { name, date: formatDate(variant.retires, locale) }), successor]),
    );
  }
  return entries;
}

/** Newest first; entries of one day by id, so the order never depends on the content's file order. */
function sortEntries(entries: FeedEntry[]): FeedEntry[] {
  return entries.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** A feed's entries in a locale, newest first: the catalog's by default, or one family's or variant's. */
export function feedEntries(catalog: Catalog, locale: Locale, scope: FeedScope = { kind: 'catalog' }): FeedEntry[] {
  const resolved = resolveScope(catalog, scope);
  if (!resolved) throw new Error(`no feed for ${JSON.stringify(scope)}: the catalog has no such family or variant`);
  return sortEntries(resolved.variants.flatMap((variant) => variantFeedEntries(variant, locale)));
}

// Characters XML 1.0 cannot carry even as references (C0 controls but tab and line breaks, lone
// surrogates, U+FFFE and U+FFFF) become U+FFFD; U+2028 and U+2029 are written as references, so
// no reader that treats them as line breaks (JavaScript source, some log viewers) splits a value.
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function text(value: string): string {
  return escapeXml(value.replace(notXml, '\uFFFD')).replace(/[\u2028\u2029]/g, (char) => `&#x${char.charCodeAt(0).toString(16).toUpperCase()};`);
}

/** The Atom document of a scope (the whole catalog by default) in a locale. */
export function buildAtomFeed(catalog: Catalog, locale: Locale, scope: FeedScope = { kind: 'catalog' }): string {
  const resolved = resolveScope(catalog, scope);
  if (!resolved) throw new Error(`no feed for ${JSON.stringify(scope)}: the catalog has no such family or variant`);
  const entries = feedEntries(catalog, locale, scope);
  const self = absoluteUrl(scopeFeedPath(locale, scope));
  const page = scopePagePath(locale, resolved);
  // The newest entry's date, never the build's: a feed changes only when its content does.
  const updated = entries[0]?.date ?? '1970-01-01';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${text(locales[locale].bcp47)}">`,
    `  <title>${text(feedTitle(resolved, locale))}</title>`,
    `  <subtitle>${text(feedSubtitle(resolved, locale))}</subtitle>`,
    `  <id>${text(self)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${text(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${text(absoluteUrl(page))}"/>`,
    `  <link rel="alternate" type="text/markdown" href="${text(absoluteUrl(mirrorPathOf(page)))}"/>`,
    `  <updated>${updated}T00:00:00Z</updated>`,
    `  <author><name>${text(translate(locale, 'site.name'))}</name></author>`,
    ...entries.map((e) =>
      [
        '  <entry>',
        `    <id>${text(e.id)}</id>`,
        `    <title>${text(e.title)}</title>`,
        `    <link rel="alternate" type="text/html" href="${text(e.url)}"/>`,
        `    <link rel="alternate" type="text/markdown" href="${text(e.mirrorUrl)}"/>`,
        `    <updated>${e.date}T00:00:00Z</updated>`,
        `    <summary>${text(e.summary)}</summary>`,
        '  </entry>',
      ].join('\n'),
    ),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
