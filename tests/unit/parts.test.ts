import { describe, expect, test } from 'vitest';
import { loadCatalog } from '../../src/lib/content/load';
import type { Catalog, Family } from '../../src/lib/content/types';
import { buildMirror } from '../../src/lib/mirror';
import { catalogPartSize, catalogParts, listPages, localeVersions, socialImagePath, staticPathsFor } from '../../src/lib/routes';
import { listSocialCards } from '../../src/lib/social-image';
import { buildCompareAllView } from '../../src/lib/view/compare';
import { breadcrumbsFor } from '../../src/lib/view/chrome';
import { buildCatalogView } from '../../src/lib/view/pages';
import { readFrontmatter, splitMirror } from '../mirror-reading';

const real = loadCatalog('content');
const [minimax] = real.families as [Family];

/** `count` copies of the MiniMax family (7 variants each) under their own slugs and names. */
function familyCopies(count: number, size = minimax.variants.length): Family[] {
  return Array.from({ length: count }, (_, i) => {
    const slug = `fam-${String(i + 1).padStart(2, '0')}`;
    const variants = Array.from({ length: size }, (_, k) => ({
      ...minimax.variants[k % minimax.variants.length]!,
      slug: `v${k + 1}`,
      familySlug: slug,
      modelId: `${slug}-v${k + 1}`,
    }));
    return { ...minimax, slug, name: `Fam ${i + 1}`, variants };
  });
}
/** 40 families of 7: 280 variants, more than two pages' worth. */
const big: Catalog = { ...real, families: familyCopies(40) };

describe('splitting the catalog listings', () => {
  test('parts hold whole families, in order, at most catalogPartSize variants each; a family larger than that stands alone', () => {
    const parts = catalogParts(big);
    expect(parts.map((p) => p.length)).toEqual([14, 14, 12]);
    expect(parts.flat().map((f) => f.slug)).toEqual(big.families.map((f) => f.slug));
    for (const part of parts) expect(part.reduce((n, f) => n + f.variants.length, 0)).toBeLessThanOrEqual(catalogPartSize);
    const huge = familyCopies(3, 150);
    expect(catalogParts({ families: [big.families[0]!, ...huge.slice(0, 1), big.families[1]!] }).map((p) => p.map((f) => f.variants.length))).toEqual([
      [7],
      [150],
      [7],
    ]);
    expect(catalogParts(real)).toEqual([real.families]);
  });

  test('each part is a page of its own in every locale, with its mirror and language versions', () => {
    const pages = listPages(big);
    const listings = pages.filter((p) => p.locale === 'zh-HK' && (p.kind === 'catalog' || p.kind === 'compare')).map((p) => [p.path, p.mirrorPath]);
    expect(listings).toEqual([
      ['/zh-HK/models', '/zh-HK/models.md'],
      ['/zh-HK/models/page/2', '/zh-HK/models/page/2.md'],
      ['/zh-HK/models/page/3', '/zh-HK/models/page/3.md'],
      ['/zh-HK/models/compare', '/zh-HK/models/compare.md'],
      ['/zh-HK/models/compare/page/2', '/zh-HK/models/compare/page/2.md'],
      ['/zh-HK/models/compare/page/3', '/zh-HK/models/compare/page/3.md'],
    ]);
    const second = pages.find((p) => p.path === '/en/models/compare/page/2')!;
    expect(localeVersions(second, pages).map((p) => p.path)).toEqual([
      '/en/models/compare/page/2',
      '/zh-TW/models/compare/page/2',
      '/zh-HK/models/compare/page/2',
    ]);
    expect(
      staticPathsFor(big, 'compare', 'later')
        .filter((e) => e.params.locale === 'en')
        .map((e) => e.params.part),
    ).toEqual(['2', '3']);
    expect(staticPathsFor(big, 'compare', 'first').map((e) => e.params.part)).toEqual([undefined, undefined, undefined]);
    // Later parts share the first part's social image; only the first has a card.
    expect(socialImagePath(second)).toBe('/og/en/models.png');
    expect(listSocialCards(big).filter((c) => c.pagePath.includes('/page/'))).toEqual([]);
    expect(breadcrumbsFor(second, big)).toEqual([
      { label: 'Home', href: '/' },
      { label: 'Models', href: '/en/models' },
      { label: 'Compare', href: '/en/models/compare' },
      { label: 'Page 2' },
    ]);
  });

  test('a part lists exactly its families, names every part by the families in it and says which it is', () => {
    const view = buildCompareAllView(big, 'en', 2);
    expect(view.rows.map((r) => r.modelId)).toEqual(catalogParts(big)[1]!.flatMap((f) => f.variants.map((v) => v.modelId)));
    expect(view.parts).toEqual([
      { href: '/en/models/compare', label: 'Page 1: Fam 1 to Fam 14', current: false },
      { href: '/en/models/compare/page/2', label: 'Page 2: Fam 15 to Fam 28', current: true },
      { href: '/en/models/compare/page/3', label: 'Page 3: Fam 29 to Fam 40', current: false },
    ]);
    expect(view.title).toMatch(/\(page 2 of 3\)$/);
    expect(view.caption).toBe('All variants compared, page 2 of 3');
    const zh = buildCatalogView(big, 'zh-TW', 3);
    expect(zh.families.map((f) => f.name)).toEqual(catalogParts(big)[2]!.map((f) => f.name));
    expect(zh.parts[2]).toEqual({ href: '/zh-TW/models/page/3', label: '第 3 頁：Fam 29 至 Fam 40', current: true });
    // A catalog that fits one page is not numbered.
    expect(buildCompareAllView(real, 'en').parts).toEqual([]);
    expect(buildCompareAllView(real, 'en').title).not.toMatch(/page/);
  });

  test("a part's mirror counts what it lists, says which part it is and links the others", () => {
    const page = listPages(big).find((p) => p.path === '/en/models/page/2')!;
    const mirror = buildMirror(page, big);
    const { body } = splitMirror(mirror);
    const read = readFrontmatter(mirror);
    expect(read.yaml11).toEqual(read.yaml12);
    expect(read.yaml12).toMatchObject({
      canonical: 'https://models.example.com/en/models/page/2',
      family_count: 14,
      variant_count: 98,
      part: 2,
      part_count: 3,
      alternates: { 'zh-TW': 'https://models.example.com/zh-TW/models/page/2.md', 'zh-HK': 'https://models.example.com/zh-HK/models/page/2.md' },
    });
    expect(body).toContain('- [Page 1: Fam 1 to Fam 14](https://models.example.com/en/models.md)');
    expect(body).toContain('- Page 2: Fam 15 to Fam 28\n');
    const single = readFrontmatter(
      buildMirror(
        listPages(real).find((p) => p.path === '/en/models')!,
        real,
      ),
    ).yaml12;
    expect(single).not.toHaveProperty('part');
  });
});
