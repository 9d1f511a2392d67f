/**
 * What real consumers of the built site accept: Google's rich-result rules over every page's JSON-LD,
 * the reference llms.txt parser over every llms file, a Markdown reader over llms-full.txt, the sitemap's
 * dates, and OpenRouter's own SDK over the OpenRouter-shaped models list.
 */
import { describe, expect, test } from 'vitest';
import { Lexer, type Token, type Tokens } from 'marked';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { ModelsListResponse$inboundSchema } from '@openrouter/sdk/models';
import { read, siteFiles } from './built-site';
import { jsonLdBlocks, structuredDataIssues } from '../structured-data';
import { parseLlmsFile, parseLlmsHead, splitLlms, type LlmsLink } from '../llms-reading';
import { plainText, readFrontmatter, splitMirror } from '../mirror-reading';
import { allLocales, localeCodes } from '../../src/config/locales';
import { site } from '../../src/config/site';
import { translate } from '../../src/i18n';
import { loadCatalog } from '../../src/lib/content/load';
import { offerRule } from '../../src/lib/pricing';
import { absoluteUrl, listPages, llmsFullPath, llmsTxtPath } from '../../src/lib/routes';
import { openRouterModelsPath } from '../../src/lib/openrouter';

const catalog = loadCatalog();
const pages = listPages(catalog);
const htmlFiles = siteFiles().filter((f) => f.endsWith('.html'));
const variants = catalog.families.flatMap((f) => f.variants);

/** What a Markdown reader shows of a one-line Markdown text: escapes resolved. */
const shown = (markdown: string) => plainText(Lexer.lexInline(markdown));

describe("JSON-LD under Google's rich-result rules", () => {
  test("every page's JSON-LD has no error and no warning beyond the documented omissions", async () => {
    const found: string[] = [];
    let blocks = 0;
    for (const file of htmlFiles) {
      const data = jsonLdBlocks(read(file));
      blocks += data.length;
      for (const issue of await structuredDataIssues(data)) found.push(`${file}: ${issue.severity} ${issue.path}: ${issue.message}`);
    }
    expect(blocks).toBeGreaterThan(100);
    expect(found.slice(0, 30)).toEqual([]);
  });

  test('the rules catch what Google rejects: a Product with no offer, a unit price per no unit, a question without its answer', async () => {
    const product = jsonLdBlocks(read('/en/models/minimax/m3.html')).find((b) => b['@type'] === 'Product');
    expect(product).toBeDefined();
    const offers = (product?.['offers'] ?? []) as { priceSpecification: Record<string, unknown>[] }[];
    const withoutUnit = structuredClone(product) as { offers: { priceSpecification: { referenceQuantity: Record<string, unknown> }[] }[] };
    const reference = withoutUnit.offers[0]?.priceSpecification[0]?.referenceQuantity;
    if (reference) delete reference['unitCode'];
    const withoutOffers = { ...product, offers: undefined };
    const faq = { '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: 'Q?' }] };
    expect(offers.length).toBeGreaterThan(0);
    expect((await structuredDataIssues([withoutOffers as Record<string, unknown>])).map((i) => i.severity)).toContain('ERROR');
    expect(
      (await structuredDataIssues([withoutUnit as unknown as Record<string, unknown>])).some(
        (i) => i.severity === 'ERROR' && i.fieldNames.includes('unitCode'),
      ),
    ).toBe(true);
    expect((await structuredDataIssues([faq])).some((i) => i.fieldNames.includes('acceptedAnswer'))).toBe(true);
  });

  test('each unit price is per 1,000,000 tokens: referenceQuantity with unitCode C62 and unitText "tokens"', () => {
    let specifications = 0;
    for (const file of htmlFiles) {
      for (const block of jsonLdBlocks(read(file)).filter((b) => b['@type'] === 'Product')) {
        for (const offer of (block['offers'] ?? []) as { priceSpecification: { referenceQuantity: unknown }[] }[]) {
          for (const specification of offer.priceSpecification) {
            specifications += 1;
            expect(specification.referenceQuantity, file).toEqual({ '@type': 'QuantitativeValue', value: 1_000_000, unitCode: 'C62', unitText: 'tokens' });
          }
        }
      }
    }
    expect(specifications).toBeGreaterThan(50);
  });
});

describe('llms files under the reference llms.txt parser', () => {
  const linksOf = (sections: Map<string, LlmsLink[]>) => [...sections.values()].flat();

  test('/llms.txt: the brand, the summary, the paragraph on mirrors, and a section of links per locale', () => {
    const parsed = parseLlmsFile(read(llmsTxtPath()));
    expect(parsed.title).toBe(site.brandName);
    expect(shown(parsed.summary ?? '')).toBe(translate('en', 'site.description'));
    expect(parsed.info).toMatch(/^Every page has a Markdown mirror/);
    expect([...parsed.sections.keys()]).toEqual(allLocales.map((l) => `${l.label} (${l.code})`));
    for (const links of parsed.sections.values()) expect(links).toHaveLength(2 + catalog.families.length + variants.length);
    for (const link of linksOf(parsed.sections)) expect(link.url.startsWith(`${site.siteUrl}/`), link.url).toBe(true);
  });

  test('/{locale}/llms.txt: the `>` line is the summary, a paragraph is the info, and three sections of links', () => {
    for (const locale of localeCodes) {
      const parsed = parseLlmsFile(read(llmsTxtPath(locale)));
      expect(parsed.title, locale).toBe(`${translate(locale, 'site.name')} (${allLocales.find((l) => l.code === locale)?.label})`);
      expect(parsed.summary, locale).not.toBeNull();
      expect(shown(parsed.summary ?? ''), locale).toBe(translate(locale, 'site.description'));
      expect(shown(parsed.info ?? ''), locale).toBe(translate(locale, 'home.lede'));
      expect([...parsed.sections.keys()], locale).toEqual([
        translate(locale, 'llms.catalog'),
        translate(locale, 'llms.families'),
        translate(locale, 'llms.variants'),
      ]);
      expect(parsed.sections.get(translate(locale, 'llms.families')), locale).toHaveLength(catalog.families.length);
      expect(
        parsed.sections.get(translate(locale, 'llms.variants'))?.map((l) => l.url),
        locale,
      ).toEqual(pages.filter((p) => p.locale === locale && p.kind === 'variant').map((p) => absoluteUrl(p.mirrorPath ?? '')));
      for (const link of linksOf(parsed.sections)) expect(link.desc, link.url).toBeTruthy();
    }
  });

  test('/{locale}/llms-full.txt opens as an llms.txt does: its title and the `>` summary', () => {
    // Past the opening, the file is every mirror in full, not sections of links: only the head is llms.txt.
    for (const locale of localeCodes) {
      const head = parseLlmsHead(splitLlms(read(llmsFullPath(locale))).start);
      expect(head.title, locale).toBe(`${translate(locale, 'site.name')} (${allLocales.find((l) => l.code === locale)?.label})`);
      expect(shown(head.summary ?? ''), locale).toBe(translate(locale, 'site.description'));
    }
  });
});

describe('llms-full.txt read as Markdown', () => {
  /** Every heading and thematic break of a Markdown text, nested ones included, as `h2 Text` and `hr`. */
  function outline(markdown: string): string[] {
    const walk = (tokens: readonly Token[]): string[] =>
      tokens.flatMap((token) => {
        if (token.type === 'heading') return [`h${(token as Tokens.Heading).depth} ${plainText((token as Tokens.Heading).tokens)}`];
        if (token.type === 'hr') return ['hr'];
        const inner = 'tokens' in token && token.tokens ? walk(token.tokens) : [];
        const items = token.type === 'list' ? walk((token as Tokens.List).items) : [];
        return [...inner, ...items];
      });
    return walk(new Lexer().lex(markdown));
  }

  test("has the headings of its title and of each mirror's body, and nothing else (no frontmatter read as a heading)", () => {
    for (const locale of localeCodes) {
      const full = read(llmsFullPath(locale));
      const mirrors = pages.filter((p) => p.locale === locale && p.mirrorPath && p.kind !== 'pair');
      const intended = [
        `h1 ${translate(locale, 'site.name')} (${allLocales.find((l) => l.code === locale)?.label})`,
        ...mirrors.flatMap((p) => outline(splitMirror(read(p.mirrorPath ?? '')).body)),
      ];
      expect(outline(full), locale).toEqual(intended);
    }
  });

  test("each mirror's frontmatter is a ```yaml block that reads back as the mirror's own", () => {
    for (const locale of localeCodes) {
      const blocks = new Lexer().lex(read(llmsFullPath(locale))).filter((t): t is Tokens.Code => t.type === 'code' && (t as Tokens.Code).lang === 'yaml');
      const mirrors = pages.filter((p) => p.locale === locale && p.mirrorPath && p.kind !== 'pair');
      expect(
        blocks.map((b) => parseYaml(b.text, { version: '1.2', strict: true, uniqueKeys: true })),
        locale,
      ).toEqual(mirrors.map((p) => readFrontmatter(read(p.mirrorPath ?? '')).yaml12));
    }
  });
});

describe('sitemap dates', () => {
  const urls = () => {
    const xml = new XMLParser().parse(read('/sitemap-0.xml')) as { urlset: { url: { loc: string; lastmod?: string }[] } };
    return xml.urlset.url;
  };

  test("every URL has a <lastmod>: the day its facts were checked, as its mirror's `updated` says", () => {
    const byUrl = new Map(pages.map((p) => [absoluteUrl(p.path), p]));
    const entries = urls();
    expect(entries.length).toBeGreaterThan(50);
    for (const entry of entries) {
      const page = byUrl.get(entry.loc);
      expect(page, entry.loc).toBeDefined();
      expect(entry.lastmod, entry.loc).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
      // The chooser has no mirror; /llms.txt is its twin, and it lists the whole catalog.
      const updated = page?.mirrorPath
        ? (readFrontmatter(read(page.mirrorPath)).yaml12 as { updated: string }).updated
        : (readFrontmatter(read('/en/models.md')).yaml12 as { updated: string }).updated;
      expect(entry.lastmod?.slice(0, 10), entry.loc).toBe(updated);
    }
  });
});

describe('the OpenRouter-shaped models list', () => {
  const body = JSON.parse(read(openRouterModelsPath)) as {
    data: { id: string; canonical_slug: string; pricing: Record<string, unknown> }[];
    total_count: number;
  };

  /** A per-token decimal string as USD per 1M tokens, by moving the decimal point six places: "0.0000003" → "0.3". */
  const perMillion = (perToken: string) => {
    const [whole = '0', fraction = ''] = perToken.split('.');
    const digits = `${whole}${fraction.padEnd(6, '0')}`;
    const integer = digits.slice(0, whole.length + 6).replace(/^0+(?=\d)/, '');
    const rest = digits.slice(whole.length + 6).replace(/0+$/, '');
    return rest ? `${integer}.${rest}` : integer;
  };

  test("OpenRouter's SDK parses it with its own models-list schema", () => {
    const parsed = ModelsListResponse$inboundSchema.parse(body);
    expect(parsed.data.length).toBe(body.data.length);
    expect(parsed.totalCount).toBe(body.data.length);
  });

  test('our own /api/models.json is not that shape, and stays as it was', () => {
    expect(ModelsListResponse$inboundSchema.safeParse(JSON.parse(read('/api/models.json'))).success).toBe(false);
  });

  test('one entry per exact-priced offer of every variant still served, at exact per-token decimal strings', () => {
    const expected = variants
      .filter((v) => v.status !== 'retired')
      .flatMap((v) => v.offers.flatMap((o) => (offerRule(o) ? [{ variant: v, offer: o, rule: offerRule(o)! }] : [])));
    expect(body.data.map((d) => d.id).sort()).toEqual(expected.map((e) => `${e.offer.provider.id}/${e.offer.modelId}`).sort());
    expect(new Set(body.data.map((d) => d.id)).size).toBe(body.data.length);
    for (const { variant, offer, rule } of expected) {
      const entry = body.data.find((d) => d.id === `${offer.provider.id}/${offer.modelId}`);
      expect(entry?.canonical_slug).toBe(`${variant.familySlug}/${variant.slug}`);
      // The surface's output cap where the offer states one (M2.5-highspeed's at MiniMax), else the model's.
      expect((entry as unknown as { top_provider: { max_completion_tokens: number } }).top_provider.max_completion_tokens).toBe(
        offer.outputCap?.value ?? variant.maxOutputTokens,
      );
      for (const value of Object.values(entry?.pricing ?? {})) if (typeof value === 'string') expect(value).toMatch(/^\d+(\.\d+)?$/);
      expect(perMillion(String(entry?.pricing['prompt']))).toBe(String(rule.input));
      expect(perMillion(String(entry?.pricing['completion']))).toBe(String(rule.output));
      if (rule.cacheRead !== undefined) expect(perMillion(String(entry?.pricing['input_cache_read']))).toBe(String(rule.cacheRead));
      const overrides = (entry?.pricing['overrides'] ?? []) as { min_prompt_tokens: number; prompt: string }[];
      expect(overrides.map((o) => [o.min_prompt_tokens, perMillion(o.prompt)])).toEqual(rule.tiers.map((t) => [t.above + 1, String(t.input)]));
    }
    // M2.5 at MiniMax: $0.30 / $1.20 per 1M, cache read $0.03.
    expect(body.data.find((d) => d.id === 'minimax/MiniMax-M2.5')?.pricing).toMatchObject({
      prompt: '0.0000003',
      completion: '0.0000012',
      input_cache_read: '0.00000003',
    });
  });
});
