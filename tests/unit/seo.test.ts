import { describe, expect, test } from 'vitest';
import { hreflangLinks, serializeJsonLd, variantJsonLd } from '../../src/lib/seo';
import { absoluteUrl } from '../../src/lib/routes';
import { pageUpdated, sitemapOptions } from '../../src/lib/sitemap';
import type { Catalog, Family } from '../../src/lib/content/types';
import { baseOffer, baseVariant, rate } from './factories';
import { getCatalog } from '../../src/lib/catalog';

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

describe('sitemap options', () => {
  const options = sitemapOptions(getCatalog);

  test('are made without reading the catalog, which is read once a URL is asked about', () => {
    let reads = 0;
    const lazy = sitemapOptions(() => {
      reads += 1;
      return getCatalog();
    });
    expect(reads).toBe(0);
    expect(lazy.filter?.(absoluteUrl('/en/models/minimax'))).toBe(true);
    expect(lazy.filter?.(absoluteUrl('/en/models/minimax/m2.5'))).toBe(true);
    expect(reads).toBe(1);
  });
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

describe('sitemap dates', () => {
  // Dates that all differ, which the real content's do not: each page must take its own.
  const family = {
    slug: 'fam',
    updated: '2026-02-01',
    variants: [baseVariant({ slug: 'v1', updated: '2026-03-01' }), baseVariant({ slug: 'v2', updated: '2026-01-15' })],
  } as unknown as Family;
  const other = {
    slug: 'other',
    updated: '2026-06-30',
    variants: [baseVariant({ slug: 'x', familySlug: 'other', updated: '2026-04-01' })],
  } as unknown as Family;
  const catalog = { families: [family, other], providers: [] } as unknown as Catalog;
  const page = (kind: 'home' | 'catalog' | 'compare' | 'family' | 'variant' | 'pair', extra: Record<string, string> = {}) => ({
    kind,
    locale: 'en' as const,
    path: '/x',
    indexable: true,
    ...extra,
  });

  test('a page is dated by its own facts: the variant, the later of a pair, the family and its variants, the catalog', () => {
    expect(pageUpdated(page('variant', { familySlug: 'fam', variantSlug: 'v2' }), catalog)).toBe('2026-01-15');
    expect(pageUpdated(page('pair', { familySlug: 'fam', variantSlug: 'v2', otherSlug: 'v1' }), catalog)).toBe('2026-03-01');
    expect(pageUpdated(page('family', { familySlug: 'fam' }), catalog)).toBe('2026-03-01');
    for (const kind of ['home', 'catalog', 'compare'] as const) expect(pageUpdated(page(kind), catalog)).toBe('2026-06-30');
  });

  test("the sitemap gives each URL its page's date", () => {
    const entry = sitemapOptions(getCatalog).serialize?.({ url: absoluteUrl('/en/models/minimax/m2.5') }) as { lastmod?: string };
    expect(entry.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("a spec sheet's Product", () => {
  const family = { name: 'Fam', maker: 'Maker' } as unknown as Family;
  const page = { kind: 'variant', locale: 'en', path: '/en/models/fam/v1', indexable: true } as const;

  test('carries one Offer per exact price, in US$ per 1,000,000 tokens', () => {
    const product = variantJsonLd(family, baseVariant({ offers: [baseOffer(rate(0.3, 1.2))] }), page, 'd');
    expect(product?.offers).toHaveLength(1);
    expect(product?.offers[0]?.priceSpecification[0]).toMatchObject({
      price: 0.3,
      referenceQuantity: { value: 1_000_000, unitCode: 'C62', unitText: 'tokens' },
    });
  });

  test('is left out when no offer states an exact price: Google rejects a Product without offers', () => {
    const listed = baseOffer({ type: 'listed', display: 'from $0.010 / 1K tokens', rounding: 'rounded', source: 's', checked: '2026-01-01' });
    expect(variantJsonLd(family, baseVariant({ offers: [listed] }), page, 'd')).toBeUndefined();
  });
});
