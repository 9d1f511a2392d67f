/**
 * The Atom feeds, read back as a feed reader reads them: every entry kind from a
 * small catalog, percentages only where both rules are exact, listed figures
 * quoted, ids that do not move, well-formed XML (fast-xml-parser's validator)
 * that a real feed parser (@rowanmanning/feed-parser) takes apart into the
 * expected items and links, and hostile text that stays text.
 */
import { describe, expect, test } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseFeed } from '@rowanmanning/feed-parser';
import { buildAtomFeed, familyFeedPath, feedEntries, feedLinkFor, feedPathFor, variantFeedEntries, variantFeedPath, type FeedScope } from '../../src/lib/feed';
import { escapeXml } from '../../src/lib/xml';
import { absoluteUrl, feedPath, listPages } from '../../src/lib/routes';
import { headerRules, headersFor } from '../../src/lib/headers';
import { localeCodes } from '../../src/config/locales';
import { baseOffer, baseProvider, baseVariant, rate } from './factories';
import type { Catalog, Family, Variant } from '../../src/lib/content/types';
import type { EarlierPriceRule } from '../../src/lib/content/schema';

const earlier = (input: number, output: number, since: string, source: string, extra: { cacheRead?: number } = {}): EarlierPriceRule => ({
  type: 'rate',
  input,
  output,
  tiers: [],
  since,
  source,
  ...extra,
});

const reseller = baseProvider({ id: 'reseller', name: 'Resell Co' });
const successor = baseVariant({ slug: 'v2', name: 'Fam-V2', modelId: 'Fam-V2', added: '2026-02-01' });
const v1 = baseVariant({
  added: '2026-01-01',
  status: 'deprecated',
  deprecated: '2026-10-01',
  retires: '2027-03-31',
  successor,
  offers: [
    // Input 1 → 0.8 → 0.5: −20%, then −37.5%; a cache-read price appears with the second rule (no percent: it had none).
    baseOffer(rate(0.5, 1.5, { cacheRead: 0.05, since: '2026-09-15', source: 'price page, September' }), {
      added: '2026-01-01',
      history: [earlier(1, 3, '2026-01-01', 'price page, January'), earlier(0.8, 2.4, '2026-05-01', 'price page, May', { cacheRead: 0.08 })],
    }),
    // A listed figure, then exact rates: a change without percentages.
    baseOffer(rate(0.4, 1.6, { since: '2026-07-01', source: 'reseller rates' }), {
      provider: reseller,
      modelId: 'resell/fam-v1',
      added: '2026-03-01',
      history: [{ type: 'listed', display: 'from $0.010 / 1K tokens', rounding: 'whole cents', since: '2026-03-01', source: 'reseller display price' }],
    }),
  ],
});
const retired = baseVariant({
  slug: 'v0',
  name: 'Fam-V0',
  modelId: 'Fam-V0',
  added: '2025-06-01',
  status: 'retired',
  deprecated: '2026-02-01',
  retires: '2026-04-01',
  successor,
  offers: [baseOffer(rate(1, 2), { added: '2025-06-01', modelId: 'Fam-V0', until: '2026-04-01' })],
});
const listedOnly = baseVariant({
  slug: 'v3',
  name: 'Fam-V3',
  modelId: 'Fam-V3',
  added: '2026-04-01',
  offers: [
    baseOffer(
      { type: 'listed', display: '$0.010 / 1K tokens', rounding: 'whole cents', source: 'display', checked: '2026-04-01' },
      { provider: reseller, modelId: 'Fam-V3', added: '2026-04-01' },
    ),
  ],
});
const other = baseVariant({ slug: 'o1', familySlug: 'other', name: 'Other-O1', modelId: 'Other-O1', added: '2026-08-01' });

function catalogOf(families: { slug: string; name: string; variants: Variant[] }[]): Catalog {
  return { families: families as unknown as Family[], providers: [] };
}
const catalog = catalogOf([
  { slug: 'fam', name: 'Fam', variants: [retired, v1, successor, listedOnly] },
  { slug: 'other', name: 'Other', variants: [other] },
]);

const xmlReader = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'entry' || name === 'link' });
interface AtomLink {
  rel: string;
  type: string;
  href: string;
}
/** Reads a feed the way a strict XML reader does: well-formed or it fails, then every link of every entry. */
function readStrict(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = xmlReader.parse(xml).feed as { id: string; link: AtomLink[]; updated: string; entry?: { id: string; link: AtomLink[]; updated: string }[] };
  return { ...feed, entry: feed.entry ?? [] };
}

describe('feed entries', () => {
  // Moved from seo.test.ts: one variant, one offer, one price change.
  test('an entry for the addition, the offer and each price change, newest first', () => {
    const variant = baseVariant({
      added: '2026-01-01',
      offers: [
        baseOffer(rate(0.3, 1.2, { since: '2026-03-01', checked: '2026-03-02' }), { added: '2026-01-01', history: [earlier(0.5, 2, '2026-01-01', 'test')] }),
      ],
    });
    const entries = feedEntries(catalogOf([{ slug: 'fam', name: 'Fam', variants: [variant] }]), 'en');
    expect(entries.map((e) => [e.date, e.title])).toEqual([
      ['2026-03-01', 'Fam-V1 at Maker: new price'],
      ['2026-01-01', 'Fam-V1 added to the catalog'],
      ['2026-01-01', 'Fam-V1 at Maker'],
    ]);
    expect(entries[0]?.summary).toBe(
      'The price of Fam-V1 at Maker changed from Input: $0.50 / 1M tokens, Output: $2.00 / 1M tokens to Input: $0.30 / 1M tokens, Output: $1.20 / 1M tokens. Change: Input: −40%, Output: −40%. Source: test.',
    );
    expect(entries[2]?.summary).toBe('Maker serves Fam-V1 as Fam-V1: Input: $0.30 / 1M tokens, Output: $1.20 / 1M tokens (source: test).');
  });

  test('one entry per variant added, offer added, price change, deprecation and retirement', () => {
    const entries = feedEntries(catalog, 'en', { kind: 'family', familySlug: 'fam' });
    expect(entries.map((e) => [e.date, e.kind, e.variantSlug])).toEqual([
      ['2026-10-01', 'deprecated', 'v1'],
      ['2026-09-15', 'price', 'v1'],
      ['2026-07-01', 'price', 'v1'],
      ['2026-05-01', 'price', 'v1'],
      ['2026-04-01', 'retired', 'v0'],
      ['2026-04-01', 'added', 'v3'],
      ['2026-04-01', 'offer', 'v3'],
      ['2026-03-01', 'offer', 'v1'],
      ['2026-02-01', 'deprecated', 'v0'],
      ['2026-02-01', 'added', 'v2'],
      ['2026-01-01', 'added', 'v1'],
      ['2026-01-01', 'offer', 'v1'],
      ['2026-01-01', 'offer', 'v2'],
      ['2025-06-01', 'added', 'v0'],
      ['2025-06-01', 'offer', 'v0'],
    ]);
    // Newest first; a day's entries by id.
    for (const [a, b] of entries.slice(0, -1).map((e, i) => [e, entries[i + 1]!] as const))
      expect(a.date > b.date || (a.date === b.date && a.id < b.id)).toBe(true);
  });

  test('a price change gives the old and new rates, the change per exact rate and the new source', () => {
    const [september, , may] = feedEntries(catalog, 'en', { kind: 'variant', familySlug: 'fam', variantSlug: 'v1' }).filter((e) => e.kind === 'price');
    expect(may?.title).toBe('Fam-V1 at Maker: new price');
    expect(may?.summary).toBe(
      'The price of Fam-V1 at Maker changed from Input: $1.00 / 1M tokens, Output: $3.00 / 1M tokens to Input: $0.80 / 1M tokens, Output: $2.40 / 1M tokens, Cache read: $0.08 / 1M tokens. ' +
        'Change: Input: −20%, Output: −20%. Source: price page, May.',
    );
    expect(september?.summary).toContain('Change: Input: −37.5%, Output: −37.5%, Cache read: −37.5%. Source: price page, September.');
    expect(feedEntries(catalog, 'zh-TW', { kind: 'variant', familySlug: 'fam', variantSlug: 'v1' }).find((e) => e.date === '2026-05-01')?.summary).toBe(
      'Fam-V1 在 Maker 的價格由 輸入：每百萬 token US$1.00、輸出：每百萬 token US$3.00 調整為 輸入：每百萬 token US$0.80、輸出：每百萬 token US$2.40、快取讀取：每百萬 token US$0.08。變動幅度：輸入：−20%、輸出：−20%。來源：price page, May。',
    );
  });

  test('no percent where a rule is a listed figure, and the figure is quoted as the source shows it, never converted', () => {
    const change = feedEntries(catalog, 'en').find((e) => e.kind === 'price' && e.date === '2026-07-01');
    expect(change?.title).toBe('Fam-V1 at Resell Co: new price');
    expect(change?.summary).toBe(
      'The price of Fam-V1 at Resell Co changed from Listed as “from $0.010 / 1K tokens” to Input: $0.40 / 1M tokens, Output: $1.60 / 1M tokens. Source: reseller rates.',
    );
    expect(change?.summary).not.toMatch(/%/);
    const offer = feedEntries(catalog, 'en').find((e) => e.kind === 'offer' && e.variantSlug === 'v3');
    expect(offer?.summary).toBe('Resell Co serves Fam-V3 as Fam-V3: Listed as “$0.010 / 1K tokens” (source: display).');
    expect(offer?.summary).not.toContain('1M');
  });

  test('an added offer names the provider, its model ID there, the rule and its source', () => {
    const offer = variantFeedEntries(v1, 'en').find((e) => e.kind === 'offer' && e.date === '2026-03-01');
    expect(offer?.title).toBe('Fam-V1 at Resell Co');
    // The offer entry states the current rule.
    expect(offer?.summary).toBe('Resell Co serves Fam-V1 as resell/fam-v1: Input: $0.40 / 1M tokens, Output: $1.60 / 1M tokens (source: reseller rates).');
    expect(variantFeedEntries(v1, 'zh-HK').find((e) => e.kind === 'added')?.summary).toBe('Fam-V1（Fam-V1）已列入目錄，上下文窗口為 128K。');
    // Tiers follow the base rates; an unpublished price says so.
    const tiered = baseVariant({ offers: [baseOffer(rate(1, 2, { tiers: [{ above: 200_000, input: 2, output: 4 }] }))] });
    expect(variantFeedEntries(tiered, 'en').find((e) => e.kind === 'offer')?.summary).toBe(
      'Maker serves Fam-V1 as Fam-V1: Input: $1.00 / 1M tokens, Output: $2.00 / 1M tokens; for prompts above 200,000 tokens, Input: $2.00 / 1M tokens, Output: $4.00 / 1M tokens (source: test).',
    );
    const unpublished = baseVariant({ offers: [baseOffer({ type: 'unpublished', source: 'api reference', checked: '2026-01-01' })] });
    expect(variantFeedEntries(unpublished, 'zh-TW').find((e) => e.kind === 'offer')?.summary).toBe(
      'Maker 以模型 ID Fam-V1 提供 Fam-V1：未公布（來源：api reference）。',
    );
  });

  test('a deprecation says when it retires and the successor; a retirement only when the variant is retired', () => {
    const v1Entries = variantFeedEntries(v1, 'en');
    expect(v1Entries.find((e) => e.kind === 'deprecated')).toMatchObject({
      date: '2026-10-01',
      title: 'Fam-V1 deprecated',
      summary: 'Fam-V1 is deprecated as of October 1, 2026. Retirement date: March 31, 2027. Successor: Fam-V2.',
    });
    expect(v1Entries.some((e) => e.kind === 'retired')).toBe(false);
    expect(variantFeedEntries(retired, 'en').find((e) => e.kind === 'retired')).toMatchObject({
      date: '2026-04-01',
      title: 'Fam-V0 retired',
      summary: 'Fam-V0 was retired on April 1, 2026. Successor: Fam-V2.',
    });
    expect(variantFeedEntries(retired, 'zh-TW').find((e) => e.kind === 'retired')?.summary).toBe('Fam-V0 已於 2026年4月1日 停用。後繼版本：Fam-V2。');
    expect(variantFeedEntries(v1, 'zh-HK').find((e) => e.kind === 'deprecated')?.summary).toBe(
      'Fam-V1 自 2026年10月1日 起棄用。停用日期：2027年3月31日。後繼型號：Fam-V2。',
    );
    // Without a retirement date or successor, the deprecation says only what is known.
    const bare = baseVariant({ status: 'deprecated', deprecated: '2026-05-05' });
    expect(variantFeedEntries(bare, 'en').find((e) => e.kind === 'deprecated')?.summary).toBe('Fam-V1 is deprecated as of May 5, 2026.');
  });

  test("every entry links its page and the page's Markdown mirror", () => {
    for (const entry of feedEntries(catalog, 'zh-HK')) {
      expect(entry.url).toBe(absoluteUrl(`/zh-HK/models/${entry.familySlug}/${entry.variantSlug}`));
      expect(entry.mirrorUrl).toBe(`${entry.url}.md`);
    }
  });

  test('ids are tag: URIs of host, date, page and kind, unchanged when other entries are added', () => {
    const host = new URL(absoluteUrl('/')).host;
    const before = feedEntries(catalog, 'en');
    expect(before.find((e) => e.kind === 'price' && e.date === '2026-05-01')?.id).toBe(`tag:${host},2026-05-01:/en/models/fam/v1/price-maker-2026-05-01`);
    expect(before.find((e) => e.kind === 'deprecated' && e.variantSlug === 'v1')?.id).toBe(`tag:${host},2026-10-01:/en/models/fam/v1/deprecated`);
    for (const entry of before)
      expect(entry.id).toMatch(new RegExp(`^tag:${host.replace(/\./g, '\\.')},${entry.date}:/en/models/${entry.familySlug}/${entry.variantSlug}/`));
    expect(new Set(before.map((e) => e.id)).size).toBe(before.length);
    // A new variant, a new offer and a later price change elsewhere leave every id (and entry) as it was.
    const grown = catalogOf([
      {
        slug: 'fam',
        name: 'Fam',
        variants: [
          retired,
          { ...v1, offers: [...v1.offers, baseOffer(rate(2, 3), { provider: baseProvider({ id: 'third', name: 'Third' }), added: '2026-11-01' })] },
          successor,
          listedOnly,
          baseVariant({ slug: 'v9', name: 'Fam-V9', added: '2026-12-01' }),
        ],
      },
      { slug: 'other', name: 'Other', variants: [other] },
    ]);
    const after = new Map(feedEntries(grown, 'en').map((e) => [e.id, e]));
    expect(after.size).toBe(before.length + 3);
    for (const entry of before) expect(after.get(entry.id)).toEqual(entry);
  });
});

describe('feed documents', () => {
  const scopes: [string, FeedScope, string][] = [
    ['catalog', { kind: 'catalog' }, '/models'],
    ['family', { kind: 'family', familySlug: 'fam' }, '/models/fam'],
    ['variant', { kind: 'variant', familySlug: 'fam', variantSlug: 'v1' }, '/models/fam/v1'],
  ];

  for (const locale of localeCodes) {
    for (const [name, scope, page] of scopes) {
      test(`${locale} ${name} feed: well-formed, and a feed parser reads every entry with its links`, () => {
        const xml = buildAtomFeed(catalog, locale, scope);
        const self = absoluteUrl(
          scope.kind === 'catalog'
            ? feedPath(locale)
            : scope.kind === 'family'
              ? familyFeedPath(locale, scope.familySlug)
              : variantFeedPath(locale, scope.familySlug, scope.variantSlug),
        );
        const entries = feedEntries(catalog, locale, scope);
        const strict = readStrict(xml);
        expect(strict.id).toBe(self);
        expect(strict.updated).toBe(`${entries[0]?.date}T00:00:00Z`);
        expect(strict.link).toEqual([
          { rel: 'self', type: 'application/atom+xml', href: self },
          { rel: 'alternate', type: 'text/html', href: absoluteUrl(`/${locale}${page}`) },
          { rel: 'alternate', type: 'text/markdown', href: absoluteUrl(`/${locale}${page}.md`) },
        ]);
        expect(strict.entry.map((e) => e.link)).toEqual(
          entries.map((e) => [
            { rel: 'alternate', type: 'text/html', href: e.url },
            { rel: 'alternate', type: 'text/markdown', href: e.mirrorUrl },
          ]),
        );

        const feed = parseFeed(xml);
        expect(feed.meta.type).toBe('atom');
        expect(feed.self).toBe(self);
        expect(feed.url).toBe(absoluteUrl(`/${locale}${page}`));
        expect(feed.language).toBe(locale);
        expect(feed.updated?.toISOString()).toBe(`${entries[0]?.date}T00:00:00.000Z`);
        expect(feed.items.map((item) => [item.id, item.title, item.description, item.url, item.updated?.toISOString()])).toEqual(
          entries.map((e) => [e.id, e.title, e.summary, e.url, `${e.date}T00:00:00.000Z`]),
        );
      });
    }
  }

  test("a family feed holds its variants' entries, a variant feed that variant's, the catalog feed all", () => {
    const ids = (scope: FeedScope) => feedEntries(catalog, 'en', scope).map((e) => e.id);
    const fam = ids({ kind: 'family', familySlug: 'fam' });
    const oth = ids({ kind: 'family', familySlug: 'other' });
    expect(new Set(ids({ kind: 'catalog' }))).toEqual(new Set([...fam, ...oth]));
    const perVariant = [retired, v1, successor, listedOnly].flatMap((v) => ids({ kind: 'variant', familySlug: 'fam', variantSlug: v.slug }));
    expect(new Set(perVariant)).toEqual(new Set(fam));
    expect(ids({ kind: 'variant', familySlug: 'fam', variantSlug: 'v0' }).every((id) => id.includes('/fam/v0/'))).toBe(true);
    expect(() => feedEntries(catalog, 'en', { kind: 'family', familySlug: 'missing' })).toThrow(/no such family/);
  });

  test('a feed of the same content is the same bytes, dated by its content', () => {
    const xml = buildAtomFeed(catalog, 'zh-TW', { kind: 'family', familySlug: 'other' });
    expect(buildAtomFeed(catalog, 'zh-TW', { kind: 'family', familySlug: 'other' })).toBe(xml);
    expect(xml).toContain('<updated>2026-08-01T00:00:00Z</updated>');
    expect(xml).not.toContain(new Date().toISOString().slice(0, 10));
  });

  test('hostile text stays text: markup, ampersands, quotes, non-Latin text and U+2028', () => {
    expect(escapeXml(`<a & "b" 'c'>`)).toBe('&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;');
    const name = 'Evil </summary><script>alert("x")</script> & Co 模型 \u{1F600} \u2028line';
    const hostileProvider = baseProvider({ id: 'evil', name: `${name}` });
    const hostile = baseVariant({
      slug: 'evil',
      name,
      offers: [
        baseOffer(
          { type: 'listed', display: '<b>$1</b> & up', rounding: "'cents'", source: ']]><!-- src', checked: '2026-01-01' },
          { provider: hostileProvider },
        ),
      ],
      status: 'retired',
      deprecated: '2026-01-02',
      retires: '2026-01-03',
      successor: baseVariant({ name: '"Next" & <new>' }),
    });
    const hostileCatalog = catalogOf([{ slug: 'fam', name: 'Fam </title><x>', variants: [hostile] }]);
    for (const scope of [
      { kind: 'catalog' },
      { kind: 'family', familySlug: 'fam' },
      { kind: 'variant', familySlug: 'fam', variantSlug: 'evil' },
    ] as FeedScope[]) {
      const xml = buildAtomFeed(hostileCatalog, 'en', scope);
      expect(xml).not.toContain('<script>');
      expect(xml).not.toContain('</summary><');
      expect(xml).not.toContain('\u2028');
      expect(xml).toContain('&#x2028;');
      const strict = readStrict(xml);
      // Added, offered, deprecated, retired.
      expect(strict.entry).toHaveLength(4);
      const feed = parseFeed(xml);
      expect(feed.items).toHaveLength(4);
      const entries = feedEntries(hostileCatalog, 'en', scope);
      // The parser hands back exactly the text that went in.
      expect(feed.items.map((item) => item.title)).toEqual(entries.map((e) => e.title));
      expect(feed.items.map((item) => item.description)).toEqual(entries.map((e) => e.summary));
      expect(feed.items.find((item) => item.description?.includes('Listed as'))?.description).toBe(
        `${name} serves ${name} as Fam-V1: Listed as “<b>$1</b> & up” (source: ]]><!-- src).`,
      );
    }
    expect(parseFeed(buildAtomFeed(hostileCatalog, 'en', { kind: 'family', familySlug: 'fam' })).title).toBe(
      'Model Catalog: Changes to Fam </title><x> models',
    );
  });

  test('characters XML cannot carry become U+FFFD, so the document stays well-formed', () => {
    const broken = catalogOf([{ slug: 'fam', name: 'Fam', variants: [baseVariant({ name: 'Bad\u0001\uFFFF\uD800name' })] }]);
    const xml = buildAtomFeed(broken, 'en');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parseFeed(xml).items[0]?.title).toBe('Bad\uFFFD\uFFFD\uFFFDname added to the catalog');
  });
});

describe('feed discovery and serving', () => {
  const pages = listPages(catalog);
  test('family pages, spec sheets and catalog pages each name their own feed; others none', () => {
    const find = (kind: string, locale = 'zh-TW') => pages.find((p) => p.kind === kind && p.locale === locale)!;
    expect(feedPathFor(find('catalog'))).toBe('/zh-TW/feed.xml');
    expect(feedPathFor(find('compare'))).toBe('/zh-TW/feed.xml');
    expect(feedPathFor(find('family'))).toBe('/zh-TW/feeds/fam.xml');
    expect(feedPathFor(find('variant'))).toBe('/zh-TW/feeds/fam/v0.xml');
    for (const kind of ['home', 'pair', 'search', 'not-found']) expect(feedPathFor(find(kind, kind === 'home' ? 'en' : 'zh-TW'))).toBeUndefined();
    expect(feedLinkFor(find('family', 'en'), catalog)).toEqual({
      path: '/en/feeds/fam.xml',
      href: absoluteUrl('/en/feeds/fam.xml'),
      title: 'Model Catalog: Changes to Fam models',
    });
    expect(feedLinkFor(find('variant', 'zh-HK'), catalog)?.title).toBe('模型目錄：Fam-V0 更新');
  });

  test('no feed path is a page path or under /{locale}/models/', () => {
    const paths = new Set(pages.flatMap((p) => [p.path, p.mirrorPath]));
    for (const locale of localeCodes) {
      for (const family of catalog.families) {
        for (const feed of [familyFeedPath(locale, family.slug), ...family.variants.map((v) => variantFeedPath(locale, family.slug, v.slug))]) {
          expect(paths.has(feed)).toBe(false);
          expect(feed.startsWith(`/${locale}/feeds/`)).toBe(true);
        }
      }
    }
  });

  test('_headers serves every feed as Atom', () => {
    const rules = headerRules(catalog);
    for (const path of ['/en/feed.xml', '/zh-TW/feeds/fam.xml', '/zh-HK/feeds/fam/v1.xml'])
      expect(headersFor(rules, path)['Content-Type']).toBe('application/atom+xml; charset=utf-8');
    expect(headersFor(rules, '/en/models/fam/v1')['Content-Type']).toBeUndefined();
  });
});
