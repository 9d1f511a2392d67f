/**
 * The Atom feed of catalog changes per locale: a variant added, a price
 * changed. Entries come from dates in the content, so the feed is the same on
 * every build of the same content.
 */
import type { Locale } from '../config/locales';
import { site } from '../config/site';
import { translate } from '../i18n';
import type { Catalog, Variant } from './content/types';
import type { Pricing } from './content/schema';
import { formatContextShort, formatUsd } from './format';
import { quotePrice } from './pricing';
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


function priceText(pricing: Pick<Pricing, 'inputPerMillion' | 'outputPerMillion' | 'flatPerThousand'>, locale: Locale): string {
  const quote = quotePrice({ ...pricing, source: '', conflicts: [] });
  return quote.kind === 'flat'
    ? translate(locale, 'price.perThousand', { price: formatUsd(quote.inputPerThousand, locale) })
    : formatList(locale, [
        translate(locale, 'value.labelled', { label: translate(locale, 'price.input'), value: translate(locale, 'price.perMillion', { price: formatUsd(quote.inputPerMillion, locale) }) }),
        translate(locale, 'value.labelled', { label: translate(locale, 'price.output'), value: translate(locale, 'price.perMillion', { price: formatUsd(quote.outputPerMillion, locale) }) }),
      ]);
}

/** The feed's entries for one locale, newest first. */
export function feedEntries(catalog: Catalog, locale: Locale): FeedEntry[] {
  const origin = new URL(site.siteUrl).host;
  const entries: FeedEntry[] = [];
  const add = (variant: Variant, date: string, kind: string, title: string, summary: string) => {
    const path = variantPath(locale, variant.familySlug, variant.slug);
    entries.push({ id: `tag:${origin},${date}:${path}/${kind}`, date, title, summary, url: absoluteUrl(path) });
  };
  for (const family of catalog.families) {
    for (const variant of family.variants) {
      const values = { name: variant.name, model: variant.sdkModelId, price: priceText(variant.pricing, locale), context: formatContextShort(variant.contextWindow) };
      add(variant, variant.added, 'added', translate(locale, 'feed.added', { name: variant.name }), translate(locale, 'feed.addedSummary', values));
      variant.priceChanges.forEach((change, i) => {
        const next = variant.priceChanges[i + 1] ?? variant.pricing;
        add(
          variant,
          change.date,
          `price-${change.date}`,
          translate(locale, 'feed.priceChanged', { name: variant.name }),
          translate(locale, 'feed.priceChangedSummary', { name: variant.name, from: priceText(change, locale), to: priceText(next, locale) }),
        );
      });
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
