import { describe, expect, test } from 'vitest';
import { loadCatalog } from '../../src/lib/content/load';
import { absoluteUrl, listPages, localeVersions, staticPathsFor } from '../../src/lib/routes';
import { languageLinks, breadcrumbsFor } from '../../src/lib/view/chrome';

const catalog = loadCatalog('content');
const pages = listPages(catalog);

describe('the page list', () => {
  test('has the index, the family and seven spec sheets in each locale, plus the chooser and 404s', () => {
    const count = (kind: string) => pages.filter((p) => p.kind === kind).length;
    expect({ home: count('home'), catalog: count('catalog'), family: count('family'), variant: count('variant'), notFound: count('not-found') }).toEqual({
      home: 1,
      catalog: 3,
      family: 3,
      variant: 21,
      notFound: 3,
    });
  });

  test("uses the source pages' URL scheme, dots kept in slugs", () => {
    expect(pages.map((p) => p.path)).toContain('/zh-HK/models/minimax/m2.5-highspeed');
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
    expect(absoluteUrl('/en/models')).toBe('https://models.example.com/en/models');
  });

  test('every page exists in every locale, so the switcher always keeps the page', () => {
    const variant = pages.find((p) => p.path === '/en/models/minimax/m2.7');
    expect(variant && localeVersions(variant, pages).map((p) => p.path)).toEqual([
      '/en/models/minimax/m2.7',
      '/zh-TW/models/minimax/m2.7',
      '/zh-HK/models/minimax/m2.7',
    ]);
    expect(
      variant &&
        languageLinks(variant, pages)
          .filter((l) => l.current)
          .map((l) => l.locale),
    ).toEqual(['en']);
  });

  test('breadcrumbs end at the page, unlinked', () => {
    const page = pages.find((p) => p.path === '/zh-TW/models/minimax/m3');
    expect(page && breadcrumbsFor(page, catalog)).toEqual([
      { label: '首頁', href: '/' },
      { label: '模型', href: '/zh-TW/models' },
      { label: 'MiniMax', href: '/zh-TW/models/minimax' },
      { label: 'MiniMax-M3' },
    ]);
  });

  test('comparison, pair and search pages have their own last crumb', () => {
    const at = (path: string) => pages.find((p) => p.path === path);
    const last = (path: string) => breadcrumbsFor(at(path)!, catalog).at(-1);
    expect(last('/en/models/compare')).toEqual({ label: 'Compare' });
    expect(last('/en/models/minimax/compare/m2-vs-m3')).toEqual({ label: 'MiniMax-M2 vs MiniMax-M3' });
    expect(last('/zh-HK/search')).toEqual({ label: '搜尋' });
  });

  test('static paths carry the real slug', () => {
    expect(staticPathsFor(catalog, 'variant').map((p) => p.params.variant)).toContain('m2.5');
  });
});
