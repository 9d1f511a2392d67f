import { describe, expect, test } from 'vitest';
import { hreflangLinks, serializeJsonLd } from '../../src/lib/seo';
import { buildAtomFeed, feedEntries } from '../../src/lib/feed';
import { escapeXml } from '../../src/lib/xml';
import { absoluteUrl } from '../../src/lib/routes';
import { sitemapOptions } from '../../src/lib/sitemap';
import { baseOffer, baseVariant, rate } from './factories';
import type { Catalog } from '../../src/lib/content/types';

describe('JSON-LD serialisation', () => {
  test('nothing in a value can close the script or start a comment, and it parses back', () => {
    const data = { name: '</script><!-- & \u2028\u2029 "x"' };
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('hreflang', () => {
  test('adds x-default pointing at English; a single-language page has none', () => {
    const links = [
      { locale: 'en' as const, bcp47: 'en', label: 'English', path: '/en/x', url: 'https://s/en/x', current: true },
      { locale: 'zh-TW' as const, bcp47: 'zh-TW', label: 'TW', path: '/zh-TW/x', url: 'https://s/zh-TW/x', current: false },
    ];
    expect(hreflangLinks(links).at(-1)).toEqual({ hreflang: 'x-default', href: 'https://s/en/x' });
    expect(hreflangLinks(links.slice(0, 1))).toEqual([]);
  });
});

describe('feeds', () => {
  const variant = baseVariant({
    added: '2026-01-01',
    offers: [baseOffer(rate(0.3, 1.2), { added: '2026-01-01', priceChanges: [{ date: '2026-03-01', input: 0.5, output: 2 }] })],
  });
  const catalog = { families: [{ slug: 'fam', variants: [variant] }] } as unknown as Catalog;

  test('an entry for the addition and one for each price change, newest first', () => {
    const entries = feedEntries(catalog, 'en');
    expect(entries.map((e) => [e.date, e.title])).toEqual([
      ['2026-03-01', 'Fam-V1 at Maker: new price'],
      ['2026-01-01', 'Fam-V1 added to the catalog'],
      ['2026-01-01', 'Fam-V1 at Maker'],
    ]);
    expect(entries[0]?.summary).toBe('The price of Fam-V1 at Maker changed from Input: $0.50 / 1M tokens, Output: $2.00 / 1M tokens to Input: $0.30 / 1M tokens, Output: $1.20 / 1M tokens.');
    expect(entries[2]?.summary).toBe('Maker serves Fam-V1 as Fam-V1: Input: $0.30 / 1M tokens, Output: $1.20 / 1M tokens (source: test).');
  });

  test('the feed is escaped XML with stable dates', () => {
    expect(escapeXml(`<a & "b" 'c'>`)).toBe('&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;');
    const xml = buildAtomFeed(catalog, 'zh-TW');
    expect(xml).toContain('<updated>2026-03-01T00:00:00Z</updated>');
    expect(buildAtomFeed(catalog, 'zh-TW')).toBe(xml);
  });
});

describe('sitemap options', () => {
  const options = sitemapOptions();
  const serialize = (url: string) => options.serialize?.({ url }) as { url: string; links?: { lang: string; url: string }[] };

  test('only indexable pages pass the filter', () => {
    expect(options.filter?.(absoluteUrl('/zh-HK/models/minimax/m2.5'))).toBe(true);
    expect(options.filter?.(absoluteUrl('/zh-HK/models/minimax/m2.5.md'))).toBe(false);
    expect(options.filter?.(absoluteUrl('/zh-HK/404'))).toBe(false);
  });

  test('each page lists itself in every locale and x-default, from the page list', () => {
    expect(serialize(absoluteUrl('/zh-TW/models/minimax/compare/m2-vs-m2.1')).links).toEqual([
      { lang: 'en', url: absoluteUrl('/en/models/minimax/compare/m2-vs-m2.1') },
      { lang: 'zh-TW', url: absoluteUrl('/zh-TW/models/minimax/compare/m2-vs-m2.1') },
      { lang: 'zh-HK', url: absoluteUrl('/zh-HK/models/minimax/compare/m2-vs-m2.1') },
      { lang: 'x-default', url: absoluteUrl('/en/models/minimax/compare/m2-vs-m2.1') },
    ]);
    // The language chooser at / has no other versions.
    expect(serialize(absoluteUrl('/')).links).toBeUndefined();
  });
});
