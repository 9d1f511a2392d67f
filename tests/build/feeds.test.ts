/**
 * Builds the lifecycle fixture (a retired, a deprecated and a current variant
 * with a price history) and reads every Atom feed back as a feed reader would:
 * well-formed XML, parsed by a real feed parser, the lifecycle and price-change
 * entries on the right dates, links to pages and mirrors that exist in the
 * build, served as Atom, discovered from the pages, and kept out of the sitemap.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseFeed } from '@rowanmanning/feed-parser';
import { buildSite } from '../build-env';
import { loadCatalog } from '../../src/lib/content/load';
import { familyFeedPath, variantFeedPath } from '../../src/lib/feed';
import { feedPath } from '../../src/lib/routes';
import { headersFor, parseHeadersFile } from '../../src/lib/headers-file';
import { localeCodes } from '../../src/config/locales';
import { site } from '../../src/config/site';

const fixture = 'tests/fixtures/lifecycle';
const outDir = mkdtempSync(path.join(tmpdir(), 'catalog-feeds-'));
const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');

beforeAll(() => buildSite(fixture, outDir), 180_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const catalog = loadCatalog(fixture);
const legacy = catalog.families.find((f) => f.slug === 'legacy')!;

/** Every feed the catalog should have: one per locale, family and variant. */
const expectedFeeds = localeCodes.flatMap((locale) => [
  feedPath(locale),
  ...catalog.families.flatMap((family) => [
    familyFeedPath(locale, family.slug),
    ...family.variants.map((variant) => variantFeedPath(locale, family.slug, variant.slug)),
  ]),
]);

interface AtomLink {
  rel: string;
  type: string;
  href: string;
}
const xmlReader = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'entry' || name === 'link' });

/** A feed of the build, checked well-formed, then read by the feed parser and by a plain XML reader (for every link). */
function feedAt(feed: string) {
  const xml = read(feed.slice(1));
  expect(XMLValidator.validate(xml), feed).toBe(true);
  const parsed = parseFeed(xml);
  const raw = xmlReader.parse(xml).feed as { id: string; link: AtomLink[]; entry?: { id: string; link: AtomLink[] }[] };
  return { xml, parsed, raw: { ...raw, entry: raw.entry ?? [] } };
}

/** The built file a site URL is served from (the server's clean-URL rule: `/x` → `x.html`). */
function builtFile(url: string): string | undefined {
  const sitePath = url.replace(site.siteUrl, '');
  for (const candidate of [sitePath, `${sitePath}.html`]) {
    const file = path.join(outDir, candidate);
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

describe('feeds of the lifecycle build', () => {
  test('the build holds exactly the expected feeds: catalog, family and variant, in every locale', () => {
    const built: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name.endsWith('.xml') && !name.startsWith('sitemap')) built.push(`/${path.relative(outDir, full).split(path.sep).join('/')}`);
      }
    };
    walk(outDir);
    expect(built.sort()).toEqual([...expectedFeeds].sort());
    expect(expectedFeeds).toHaveLength(3 * (1 + 1 + 3));
  });

  test('every feed is well-formed Atom a feed parser reads, with its own URL as id and self link', () => {
    for (const feed of expectedFeeds) {
      const { parsed, raw } = feedAt(feed);
      const locale = feed.split('/')[1];
      expect(parsed.meta.type, feed).toBe('atom');
      expect(parsed.self, feed).toBe(`${site.siteUrl}${feed}`);
      expect(raw.id, feed).toBe(`${site.siteUrl}${feed}`);
      expect(parsed.language, feed).toBe(locale);
      expect(parsed.items.length, feed).toBeGreaterThan(0);
      // The feed's date is its newest entry's, never the build's.
      expect(parsed.updated?.getTime(), feed).toBe(Math.max(...parsed.items.map((item) => item.updated?.getTime() ?? 0)));
      for (const item of parsed.items) {
        expect(item.id, feed).toMatch(/^tag:[^,]+,\d{4}-\d{2}-\d{2}:\//);
        expect(item.title, feed).toBeTruthy();
        expect(item.description, feed).toBeTruthy();
      }
      expect(new Set(parsed.items.map((item) => item.id)).size, feed).toBe(parsed.items.length);
    }
  });

  test('every entry links an HTML page and a Markdown mirror that exist in the build', () => {
    for (const feed of expectedFeeds) {
      const { parsed, raw } = feedAt(feed);
      for (const [i, entry] of raw.entry.entries()) {
        const html = entry.link.find((l) => l.type === 'text/html');
        const markdown = entry.link.find((l) => l.type === 'text/markdown');
        expect(html?.rel, feed).toBe('alternate');
        expect(markdown?.rel, feed).toBe('alternate');
        expect(markdown?.href).toBe(`${html?.href}.md`);
        expect(builtFile(html!.href), html!.href).toMatch(/\.html$/);
        expect(builtFile(markdown!.href), markdown!.href).toMatch(/\.md$/);
        // The parser takes the HTML page as the item's link.
        expect(parsed.items[i]?.url).toBe(html?.href);
      }
      for (const link of raw.link.filter((l) => l.rel === 'alternate')) expect(builtFile(link.href), link.href).toBeDefined();
    }
  });

  test('the legacy family feed has the deprecations, the retirement and the price changes, on their dates', () => {
    const { parsed } = feedAt(familyFeedPath('en', 'legacy'));
    const byId = (suffix: string) => parsed.items.find((item) => item.id?.endsWith(suffix));
    const dated = (suffix: string) => byId(suffix)?.updated?.toISOString().slice(0, 10);
    expect(dated('/legacy/l1/deprecated')).toBe('2026-03-01');
    expect(byId('/legacy/l1/deprecated')?.description).toBe(
      'Legacy-L1 is deprecated as of March 1, 2026. Retirement date: June 1, 2026. Successor: Legacy-L3.',
    );
    expect(dated('/legacy/l1/retired')).toBe('2026-06-01');
    expect(byId('/legacy/l1/retired')?.description).toBe('Legacy-L1 was retired on June 1, 2026. Successor: Legacy-L3.');
    expect(dated('/legacy/l2/deprecated')).toBe('2026-10-01');
    expect(byId('/legacy/l2/deprecated')?.description).toContain('Retirement date: March 31, 2027. Successor: Legacy-L3.');
    // l2 is deprecated, not retired: no retirement entry yet.
    expect(byId('/legacy/l2/retired')).toBeUndefined();
    expect(dated('/legacy/l3/price-acme-api-2026-05-01')).toBe('2026-05-01');
    expect(dated('/legacy/l3/price-acme-api-2026-09-15')).toBe('2026-09-15');
    // Newest first: the feed opens with l2's deprecation, and its date is the feed's.
    expect(parsed.items[0]?.id).toMatch(/\/legacy\/l2\/deprecated$/);
    expect(parsed.updated?.toISOString()).toBe('2026-10-01T00:00:00.000Z');
    // The family feed holds its variants' entries and nothing else; the catalog feed (one family) the same.
    const perVariant = legacy.variants.flatMap((v) => feedAt(variantFeedPath('en', 'legacy', v.slug)).parsed.items.map((item) => item.id));
    expect(new Set(parsed.items.map((item) => item.id))).toEqual(new Set(perVariant));
    expect(feedAt(feedPath('en')).parsed.items.map((item) => item.id)).toEqual(parsed.items.map((item) => item.id));
  });

  test('the l3 feed gives its price changes with the percent of each exact rate, in every locale', () => {
    const may = (locale: string) =>
      feedAt(variantFeedPath(locale as 'en', 'legacy', 'l3')).parsed.items.find((item) => item.id?.endsWith('/price-acme-api-2026-05-01'));
    expect(may('en')?.description).toBe(
      'The price of Legacy-L3 at Acme Cloud changed from Input: $1.00 / 1M tokens, Output: $3.00 / 1M tokens to Input: $0.80 / 1M tokens, Output: $2.40 / 1M tokens, Cache read: $0.08 / 1M tokens. ' +
        'Change: Input: −20%, Output: −20%. Source: test price page, May.',
    );
    expect(may('zh-TW')?.description).toContain('變動幅度：輸入：−20%、輸出：−20%。來源：test price page, May。');
    expect(may('zh-HK')?.description).toContain('調整至');
    expect(may('zh-HK')?.description).toContain('變動幅度：輸入：−20%、輸出：−20%。');
    const l3 = feedAt(variantFeedPath('en', 'legacy', 'l3')).parsed;
    expect(l3.items.find((item) => item.id?.endsWith('/price-acme-api-2026-09-15'))?.description).toContain(
      'Change: Input: −37.5%, Output: −37.5%. Source: test price page.',
    );
    // l3 is current: no lifecycle entries.
    expect(l3.items.some((item) => /\/(deprecated|retired)$/.test(item.id ?? ''))).toBe(false);
  });

  test('family pages and spec sheets link their own feed, in the head and visibly; the catalog page its', () => {
    for (const locale of localeCodes) {
      const pages: [string, string][] = [
        [`${locale}/models.html`, feedPath(locale)],
        [`${locale}/models/legacy.html`, familyFeedPath(locale, 'legacy')],
        ...legacy.variants.map((v) => [`${locale}/models/legacy/${v.slug}.html`, variantFeedPath(locale, 'legacy', v.slug)] as [string, string]),
      ];
      for (const [file, feed] of pages) {
        const html = read(file);
        expect(html, file).toContain(`<link rel="alternate" type="application/atom+xml" href="${site.siteUrl}${feed}"`);
        expect(html, file).toMatch(new RegExp(`<a href="${feed.replace(/\./g, '\\.')}" type="application/atom\\+xml">[^<]+</a>`));
      }
    }
    expect(read('zh-TW/models/legacy/l3.html')).toContain('本頁的變更（Atom 摘要）');
    expect(read('zh-HK/models/legacy.html')).toContain('本頁的變更（Atom 資訊提供）');
  });

  test('_headers serves every feed as Atom', () => {
    const rules = parseHeadersFile(read('_headers'));
    for (const feed of expectedFeeds) expect(headersFor(rules, feed)['Content-Type'], feed).toBe('application/atom+xml; charset=utf-8');
  });

  test('the sitemap lists pages only, no feed', () => {
    const sitemaps = readdirSync(outDir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = sitemaps.flatMap((f) => [...read(f).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => url.endsWith('.xml') || url.includes('/feeds/'))).toEqual([]);
    expect(urls).toContain(`${site.siteUrl}/en/models/legacy/l3`);
  });
});
