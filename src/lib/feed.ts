/**
 * The Atom feed of catalog changes per locale: a variant added, a price
 * changed. Entries come from dates in the content, so the feed is the same on
 * every build of the same content.
 */
import type { Locale } from '../config/locales';
import { site } from '../config/site';
import { translate } from '../i18n';
import type { Catalog, Variant } from './content/types';
import type { PriceRule } from './content/schema';
import { formatContextShort, formatUsd } from './format';
import type { Rates } from './pricing';
import { absoluteUrl, feedPath, variantPath } from './routes';
import { formatList } from './view/present';
import { escapeXml } from './xml';

export interface FeedEntry {
  id: string;
  date: string;
  title: string;
  summary: string;
  url: string;
}


function ratesText(rates: Rates, locale: Locale): string {
  return formatList(locale, [
    translate(locale, 'value.labelled', { label: translate(locale, 'price.input'), value: translate(locale, 'price.perMillion', { price: formatUsd(rates.input, locale) }) }),
    translate(locale, 'value.labelled', { label: translate(locale, 'price.output'), value: translate(locale, 'price.perMillion', { price: formatUsd(rates.output, locale) }) }),
  ]);
}

/** What an offer's price rule says, for a feed entry: exact rates, the listed figure verbatim, or that none is published. */
function ruleText(rule: PriceRule, locale: Locale): string {
  if (rule.type === 'rate') return ratesText(rule, locale);
  if (rule.type === 'listed') return translate(locale, 'price.listedAs', { display: rule.display });
  return translate(locale, 'price.unpublished');
}

/** The feed's entries for one locale, newest first: variants added, offers added, each price change of an offer. */
export function feedEntries(catalog: Catalog, locale: Locale): FeedEntry[] {
  const origin = new URL(site.siteUrl).host;
  const entries: FeedEntry[] = [];
  const add = (variant: Variant, date: string, kind: string, title: string, summary: string) => {
    const path = variantPath(locale, variant.familySlug, variant.slug);
    entries.push({ id: `tag:${origin},${date}:${path}/${kind}`, date, title, summary, url: absoluteUrl(path) });
  };
  for (const family of catalog.families) {
    for (const variant of family.variants) {
      const values = { name: variant.name, model: variant.modelId, context: formatContextShort(variant.contextWindow) };
      add(variant, variant.added, 'added', translate(locale, 'feed.added', { name: variant.name }), translate(locale, 'feed.addedSummary', values));
      for (const offer of variant.offers) {
        const provider = offer.provider.name;
        add(
          variant,
          offer.added,
          `offer-${offer.provider.id}`,
          translate(locale, 'feed.offerAdded', { name: variant.name, provider }),
          translate(locale, 'feed.offerAddedSummary', { name: variant.name, provider, model: offer.modelId, price: ruleText(offer.price, locale), source: offer.price.source }),
        );
        offer.priceChanges.forEach((change, i) => {
          const next = offer.priceChanges[i + 1];
          const to = next ? ratesText(next, locale) : ruleText(offer.price, locale);
          add(
            variant,
            change.date,
            `price-${offer.provider.id}-${change.date}`,
            translate(locale, 'feed.priceChanged', { name: variant.name, provider }),
            translate(locale, 'feed.priceChangedSummary', { name: variant.name, provider, from: ratesText(change, locale), to }),
          );
        });
      }
    }
  }
  return entries.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** The Atom document. */
export function buildAtomFeed(catalog: Catalog, locale: Locale): string {
  const entries = feedEntries(catalog, locale);
  const self = absoluteUrl(feedPath(locale));
  const updated = entries[0]?.date ?? '1970-01-01';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(locale)}">`,
    `  <title>${escapeXml(`${site.brandName}: ${translate(locale, 'feed.title')}`)}</title>`,
    `  <subtitle>${escapeXml(translate(locale, 'feed.subtitle'))}</subtitle>`,
    `  <id>${escapeXml(self)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(`/${locale}/models`))}"/>`,
    `  <updated>${updated}T00:00:00Z</updated>`,
    `  <author><name>${escapeXml(site.brandName)}</name></author>`,
    ...entries.map((e) =>
      [
        '  <entry>',
        `    <id>${escapeXml(e.id)}</id>`,
        `    <title>${escapeXml(e.title)}</title>`,
        `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
        `    <updated>${e.date}T00:00:00Z</updated>`,
        `    <summary>${escapeXml(e.summary)}</summary>`,
        '  </entry>',
      ].join('\n'),
    ),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
