/** What a crawler sees: canonical and alternates, the sitemap, structured data, feeds, search. */
import { expect, test, type APIRequestContext } from 'playwright/test';
import { site } from '../../src/config/site';
import { localeCodes } from '../../src/config/locales';
import { absoluteUrl } from '../../src/lib/routes';
import { offerRule } from '../../src/lib/pricing';
import { formatUsd } from '../../src/lib/format';
import { offerPriceChanges } from '../../src/lib/history';
import { familyFeedPath, variantFeedPath } from '../../src/lib/feed';
import { catalog, minimax, pages } from './pages';

const local = (url: string) => url.replace(site.siteUrl, '') || '/';
const attr = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!);
const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

async function html(request: APIRequestContext, path: string): Promise<string> {
  return (await request.get(path)).text();
}

test('every indexable page has one canonical to itself and a reciprocal set of language alternates with x-default', async ({ request }) => {
  const alternatesOf = new Map<string, Map<string, string>>();
  for (const page of pages) {
    const doc = await html(request, page.path);
    const canonicals = attr(doc, /<link rel="canonical" href="([^"]+)"/g);
    if (!page.indexable) {
      expect(canonicals, page.path).toEqual([]);
      expect(doc, page.path).toContain('<meta name="robots" content="noindex">');
      continue;
    }
    expect(canonicals, page.path).toEqual([absoluteUrl(page.path)]);
    const links = new Map([...doc.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
    alternatesOf.set(absoluteUrl(page.path), links);
    if (page.kind === 'home') continue;
    expect([...links.keys()].sort(), page.path).toEqual([...localeCodes, 'x-default'].sort());
    expect(links.get(page.locale), 'an alternate for its own language points at itself').toBe(absoluteUrl(page.path));
    expect(links.get('x-default')).toBe(links.get('en'));
  }
  // Reciprocity: every alternate lists this page back under this page's language.
  for (const page of pages.filter((p) => p.indexable && p.kind !== 'home')) {
    const own = absoluteUrl(page.path);
    for (const [lang, url] of alternatesOf.get(own) ?? []) {
      if (lang === 'x-default') continue;
      expect(alternatesOf.get(url)?.get(page.locale), `${url} → ${own}`).toBe(own);
    }
  }
});

test('Open Graph and Twitter cards on every page, with locale alternates and an image that exists', async ({ request }) => {
  for (const page of pages.filter((p) => p.indexable)) {
    const doc = await html(request, page.path);
    const og = new Map([...doc.matchAll(/<meta property="(og:[^"]+)" content="([^"]*)"/g)].map((m) => [m[1]!, decode(m[2]!)]));
    for (const key of ['og:title', 'og:description', 'og:url', 'og:type', 'og:locale', 'og:image']) expect(og.get(key), `${page.path} ${key}`).toBeTruthy();
    expect(og.get('og:url')).toBe(absoluteUrl(page.path));
    expect(og.get('og:locale')).toBe(page.locale === 'en' ? 'en_US' : page.locale.replace('-', '_'));
    if (page.kind !== 'home') expect(attr(doc, /<meta property="og:locale:alternate" content="([^"]+)"/g)).toHaveLength(2);
    expect(doc).toContain('<meta name="twitter:card" content="summary_large_image">');
    const image = await request.get(local(og.get('og:image')!));
    expect(image.status(), og.get('og:image')).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
  }
});

test('the sitemap lists every indexable page and nothing else, each with its alternates', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemaps = attr(index, /<loc>([^<]+)<\/loc>/g);
  const urls: string[] = [];
  for (const sitemap of sitemaps) {
    const xml = await (await request.get(local(sitemap))).text();
    urls.push(...attr(xml, /<loc>([^<]+)<\/loc>/g));
    expect(xml).toContain('hreflang="x-default"');
  }
  const expected = pages.filter((p) => p.indexable).map((p) => absoluteUrl(p.path));
  expect(urls.sort()).toEqual(expected.sort());
  expect(urls.some((u) => u.endsWith('.md'))).toBe(false);
  for (const url of urls) expect((await request.get(local(url))).status(), url).toBe(200);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${site.siteUrl}/sitemap-index.xml`);
});

test('every page the site links to is in the sitemap, unless it is kept out of indexes', async ({ request }) => {
  const listed = new Set(pages.filter((p) => p.indexable).map((p) => p.path));
  const unlisted = new Set(pages.filter((p) => !p.indexable).map((p) => p.path));
  for (const page of pages) {
    const doc = await html(request, page.path);
    for (const href of attr(doc, /<a [^>]*href="(\/[^"#?]*)"/g)) {
      if (/\.(md|xml|txt|json)$/.test(href)) continue;
      expect(listed.has(href) || unlisted.has(href), `${page.path} links ${href}`).toBe(true);
    }
  }
});

test("JSON-LD parses on every page and a spec sheet's prices equal what it shows", async ({ request }) => {
  for (const page of pages) {
    const doc = await html(request, page.path);
    const blocks = attr(doc, /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g).map((b) => JSON.parse(b));
    if (page.kind !== 'home')
      expect(
        blocks.some((b) => b['@type'] === 'BreadcrumbList'),
        page.path,
      ).toBe(true);
    if (page.kind === 'family') expect(blocks.some((b) => b['@type'] === 'FAQPage')).toBe(true);
    if (page.kind !== 'variant') continue;
    const variant = minimax.variants.find((v) => v.slug === page.variantSlug)!;
    const product = blocks.find((b) => b['@type'] === 'Product');
    expect(product.sku).toBe(variant.modelId);
    expect(product.aggregateRating).toBeUndefined();
    // One Offer per provider with exact prices, seller named; none for listed or unpublished prices.
    const exact = variant.offers.filter((o) => offerRule(o));
    expect(product.offers.map((o: { seller: { name: string } }) => o.seller.name)).toEqual(exact.map((o) => o.provider.name));
    for (const [i, offer] of product.offers.entries()) {
      const rule = offerRule(exact[i])!;
      const specs = offer.priceSpecification as {
        name: string;
        price: number;
        referenceQuantity: { value: number; unitCode: string; unitText: string };
        eligibleQuantity?: { minValue?: number; maxValue?: number };
      }[];
      for (const spec of specs) expect(spec.referenceQuantity).toEqual({ '@type': 'QuantitativeValue', value: 1_000_000, unitCode: 'C62', unitText: 'tokens' });
      const base = specs.filter((spec) => spec.eligibleQuantity?.minValue === undefined);
      expect(base.map((spec) => spec.price)).toEqual([
        rule.input,
        rule.output,
        ...(rule.cacheRead !== undefined ? [rule.cacheRead] : []),
        ...(rule.cacheWrite !== undefined ? [rule.cacheWrite] : []),
      ]);
      // The same figures are on the page, in that provider's row of the providers table.
      const row = new RegExp(`<tr><th scope="row">${exact[i]!.provider.name}[ <][\\s\\S]*?</tr>`).exec(doc)?.[0] ?? '';
      for (const price of base.map((spec) => spec.price)) expect(row, `${page.path} ${exact[i]!.provider.name}`).toContain(formatUsd(price, page.locale));
      for (const tier of rule.tiers) expect(specs.some((spec) => spec.eligibleQuantity?.minValue === tier.above + 1 && spec.price === tier.input)).toBe(true);
    }
    expect(JSON.stringify(product)).not.toContain('0.01,');
  }
});

test('each locale has an Atom feed with an entry per variant added, offer added, price change, deprecation and retirement', async ({ request }) => {
  const variants = catalog.families.flatMap((f) => f.variants);
  // The real content: every offer added with the variant, no price history and no lifecycle dates yet,
  // so the count is variants added plus offers added; the other kinds are counted all the same.
  const expected =
    variants.length +
    variants.reduce((n, v) => n + v.offers.length + v.offers.reduce((m, o) => m + offerPriceChanges(o).length, 0), 0) +
    variants.filter((v) => v.deprecated !== undefined).length +
    variants.filter((v) => v.status === 'retired' && v.retires !== undefined).length;
  for (const locale of localeCodes) {
    const response = await request.get(`/${locale}/feed.xml`);
    expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    const xml = await response.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    expect(attr(xml, /<entry>/g)).toHaveLength(expected);
    for (const variant of minimax.variants) expect(xml).toContain(`${site.siteUrl}/${locale}/models/minimax/${variant.slug}`);
  }
});

test('a spec sheet and a family page link their own Atom feeds, which answer as Atom', async ({ request }) => {
  for (const page of pages.filter((p) => (p.kind === 'variant' && p.variantSlug === minimax.variants[0]!.slug) || p.kind === 'family')) {
    const doc = await html(request, page.path);
    const own = page.kind === 'variant' ? variantFeedPath(page.locale, page.familySlug!, page.variantSlug!) : familyFeedPath(page.locale, page.familySlug!);
    const feeds = attr(doc, /<link rel="alternate" type="application\/atom\+xml" href="([^"]+)"/g);
    expect(feeds, page.path).toContain(absoluteUrl(own));
    expect(doc, page.path).toContain(`<a href="${own}" type="application/atom+xml">`);
    const response = await request.get(local(absoluteUrl(own)));
    expect(response.status(), own).toBe(200);
    expect(response.headers()['content-type'], own).toBe('application/atom+xml; charset=utf-8');
    const xml = await response.text();
    expect(xml, own).toContain(`<id>${absoluteUrl(own)}</id>`);
    expect(xml, own).toContain(`<link rel="alternate" type="text/html" href="${absoluteUrl(page.path)}"/>`);
  }
});

for (const [locale, query, expected] of [
  ['en', 'M2.5', '/en/models/minimax/m2.5'],
  ['zh-TW', '價格', '/zh-TW/models/minimax'],
  ['zh-HK', '上下文', '/zh-HK/models/minimax'],
] as const) {
  test(`site search in ${locale}: "${query}" finds ${expected}, and only ${locale} pages`, async ({ page }) => {
    await page.goto(`/${locale}/models`);
    await page.locator('.site-search input').fill(query);
    await page.locator('.site-search input').press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${locale}/search\\?q=`));
    const links = page.locator('.search-results a');
    await expect(links.first()).toBeVisible();
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.some((h) => h.startsWith(expected))).toBe(true);
    for (const href of hrefs) expect(href.startsWith(`/${locale}/`), href).toBe(true);
  });
}

test("site search words its count by the page language's plural rules", async ({ page }) => {
  // Only one English page names Cloudsway's per-account URL part.
  await page.goto('/en/search?q=endpointPath');
  await expect(page.locator('.search-status')).toHaveText('1 result for “endpointPath”');
  await page.goto('/en/search?q=M2.5');
  await expect(page.locator('.search-status')).toHaveText(/^\d+ results for “M2\.5”$/);
  // Chinese has one form, "other", for every count.
  await page.goto(`/zh-TW/search?q=${encodeURIComponent('價格')}`);
  await expect(page.locator('.search-status')).toHaveText(/^「價格」共有 \d+ 筆結果$/);
});
