import { describe, expect, test } from 'vitest';
import { hreflangLinks, serializeJsonLd } from '../../src/lib/seo';
import { absoluteUrl } from '../../src/lib/routes';
import { sitemapOptions } from '../../src/lib/sitemap';
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
