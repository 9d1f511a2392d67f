/**
 * What an agent sees: it knows only the origin, finds /llms.txt, follows it to
 * any mirror, and reads exact facts from frontmatter and body; the JSON catalog
 * validates against its schema and agrees with the content.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { site } from '../../src/config/site';
import { localeCodes } from '../../src/config/locales';
import { basisRule } from '../../src/lib/pricing';
import { perTokenString } from '../../src/lib/json-catalog';
import { catalogMirrorData, familyMirrorData, variantMirrorData } from '../../src/lib/mirror';
import { OpenRouter } from '@openrouter/sdk';
import { openRouterModelsPath } from '../../src/lib/openrouter';
import { readFrontmatter, readTables, splitMirror } from '../mirror-reading';
import { catalog, minimax, pages } from './pages';

/** A site URL as a path on the local server. */
const local = (url: string) => url.replace(site.siteUrl, '');
const links = (markdown: string) => [...markdown.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((m) => m[1]!);

test('an agent that knows only the origin reaches exact facts of every variant in every locale', async ({ request }) => {
  const llms = await (await request.get('/llms.txt')).text();
  expect(llms).toMatch(/^# .+\n\n> .+/);
  for (const locale of localeCodes) {
    for (const variant of minimax.variants) {
      const url = `${site.siteUrl}/${locale}/models/minimax/${variant.slug}.md`;
      expect(llms, url).toContain(`(${url})`);
      const response = await request.get(local(url));
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('text/markdown; charset=utf-8');
      const mirror = await response.text();
      const { yaml12, yaml11, jsYaml } = readFrontmatter(mirror);
      const rule = basisRule(variant);
      expect(yaml12).toMatchObject({
        sdk_model_id: variant.modelId,
        locale,
        url,
        canonical: `${site.siteUrl}/${locale}/models/minimax/${variant.slug}`,
        context_window: variant.contextWindow,
        max_output_tokens: variant.maxOutputTokens,
        price_basis: 'minimax',
        input_price_per_million_usd: rule?.input,
        output_price_per_million_usd: rule?.output,
        status: variant.status,
      });
      // Every offer, exactly as the content states it, with its source and date.
      const offers = (yaml12 as Record<string, unknown>)['offers'] as { provider: string; model_id: string; price: Record<string, unknown> }[];
      expect(offers.map((o) => o.provider).sort()).toEqual(variant.offers.map((o) => o.provider.id).sort());
      for (const offer of variant.offers) {
        const written = offers.find((o) => o.provider === offer.provider.id);
        expect(written?.model_id).toBe(offer.modelId);
        expect(written?.price).toMatchObject({ type: offer.price.type, source: offer.price.source, checked: offer.price.checked });
        if (offer.price.type === 'rate')
          expect(written?.price).toMatchObject({ input_per_million_usd: offer.price.input, output_per_million_usd: offer.price.output });
        if (offer.price.type === 'listed') expect(written?.price).toEqual(expect.objectContaining({ display: offer.price.display }));
      }
      expect(yaml12).toEqual(variantMirrorData(minimax, variant, locale));
      expect(yaml11).toEqual(yaml12);
      expect(jsYaml).toEqual(yaml12);
      const spec = readTables(mirror).find((table) => table.some((row) => row[1] === variant.modelId));
      expect(spec, 'the spec table names the model ID').toBeTruthy();
    }
  }
});

test('family and index mirrors carry their facts', async ({ request }) => {
  for (const locale of localeCodes) {
    const family = readFrontmatter(await (await request.get(`/${locale}/models/minimax.md`)).text());
    expect(family.yaml12).toEqual(familyMirrorData(minimax, locale));
    expect(family.yaml12).toMatchObject({ variant_count: 7, provider: 'MiniMax', price_basis: 'minimax', input_price_per_million_usd_from: 0.3 });
    const index = readFrontmatter(await (await request.get(`/${locale}/models.md`)).text());
    expect(index.yaml12).toEqual(catalogMirrorData(catalog, locale));
  }
});

test('every HTML page has its mirror and every mirror its page', async ({ request }) => {
  const dist = path.resolve('dist');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => (statSync(path.join(dir, name)).isDirectory() ? files(path.join(dir, name)) : [path.join(dir, name)]));
  const mirrorsOnDisk = files(dist)
    .filter((f) => f.endsWith('.md'))
    .map((f) => `/${path.relative(dist, f).split(path.sep).join('/')}`)
    .sort();
  const mirrorsListed = pages.flatMap((p) => (p.mirrorPath ? [p.mirrorPath] : [])).sort();
  expect(mirrorsOnDisk).toEqual(mirrorsListed);
  for (const page of pages.filter((p) => p.mirrorPath)) {
    const html = await (await request.get(page.path)).text();
    expect(html, page.path).toContain(`<link rel="alternate" type="text/markdown" href="${site.siteUrl}${page.mirrorPath}">`);
    expect(html, page.path).toContain(`href="${page.mirrorPath}"`);
  }
});

test('every link in llms.txt files and mirrors resolves', async ({ request }) => {
  const sources = [
    '/llms.txt',
    ...localeCodes.flatMap((l) => [`/${l}/llms.txt`, `/${l}/llms-full.txt`]),
    ...pages.flatMap((p) => (p.mirrorPath ? [p.mirrorPath] : [])),
  ];
  const checked = new Set<string>();
  // The only links off the site are the content's own facts: provider websites and published weights.
  const external = new Set([
    ...catalog.providers.flatMap((p) => (p.website ? [p.website] : [])),
    ...minimax.variants.flatMap((v) => (v.openWeights ? [v.openWeights.weightsUrl] : [])),
  ]);
  for (const source of sources) {
    const text = await (await request.get(source)).text();
    for (const url of links(text)) {
      if (external.has(url)) continue;
      expect(url.startsWith(site.siteUrl), `${source} links off-site: ${url}`).toBe(true);
      if (checked.has(url)) continue;
      checked.add(url);
      expect((await request.get(local(url))).status(), `${source} → ${url}`).toBe(200);
    }
  }
  expect(checked.size).toBeGreaterThan(27);
});

test('per-locale llms.txt lists that locale only, and llms-full holds every mirror of it but the pairs', async ({ request }) => {
  for (const locale of localeCodes) {
    const list = await (await request.get(`/${locale}/llms.txt`)).text();
    for (const url of links(list)) expect(url).toContain(`/${locale}/`);
    const full = await (await request.get(`/${locale}/llms-full.txt`)).text();
    for (const variant of minimax.variants) expect(full).toContain(`canonical: "${site.siteUrl}/${locale}/models/minimax/${variant.slug}"`);
    for (const kind of ['catalog', 'compare', 'family'] as const) {
      for (const page of pages.filter((p) => p.kind === kind && p.locale === locale)) expect(full).toContain(`canonical: "${site.siteUrl}${page.path}"`);
    }
    expect(full).not.toContain(`canonical: "${site.siteUrl}/${locale}/models/minimax/compare/`);
  }
});

test('mirrors are clean Markdown: no HTML, entities, placeholders or leaks', async ({ request }) => {
  for (const page of pages.filter((p) => p.mirrorPath)) {
    const { body } = splitMirror(await (await request.get(page.mirrorPath!)).text());
    const prose = body.replace(/```[\s\S]*?```/g, '');
    expect(prose, page.mirrorPath).not.toMatch(/(?<!\\)<\/?[a-z][^>]*>/i);
    expect(prose, page.mirrorPath).not.toMatch(/&(?:[a-z]+|#\d+);/i);
    expect(body, page.mirrorPath).not.toMatch(/%\{|\{\{|undefined|NaN|\[object Object\]/);
    if (page.kind === 'variant') expect(body, page.mirrorPath).toMatch(/```bash\n[\s\S]*```python\n[\s\S]*```javascript\n[\s\S]*```json\n/);
  }
});

test('the JSON catalog validates against its schema and agrees with the content', async ({ request }) => {
  const schema = await (await request.get('/api/models.schema.json')).json();
  const json = await (await request.get('/api/models.json')).json();
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  expect(json.data).toHaveLength(7);
  for (const variant of minimax.variants) {
    const entry = json.data.find((d: { id: string }) => d.id === variant.modelId);
    const rule = basisRule(variant);
    expect(entry).toMatchObject({
      context_length: variant.contextWindow,
      max_output_tokens: variant.maxOutputTokens,
      status: variant.status,
      pricing: { provider: 'minimax', type: 'rate' },
    });
    expect(entry.pricing.prompt).toBe(perTokenString(rule?.input ?? -1));
    expect(entry.pricing.completion).toBe(perTokenString(rule?.output ?? -1));
    // One entry per offer; a listed figure stays a display string, never a per-token price.
    expect(entry.offers).toHaveLength(variant.offers.length);
    for (const offer of entry.offers) {
      if (offer.pricing.type === 'listed') {
        expect(offer.pricing).not.toHaveProperty('prompt');
        expect(offer.pricing.display).toMatch(/^\$0\.0[12]0 \/ 1K tokens$/);
      }
    }
    for (const locale of localeCodes) expect((await request.get(local(entry.pages[locale].markdown))).status()).toBe(200);
  }
});

test('the server negotiates Markdown for agents that ask for it', async ({ request }) => {
  const markdown = await request.get('/zh-HK/models/minimax/m2.7', { headers: { Accept: 'text/markdown, text/html;q=0.5' } });
  expect(markdown.headers()['content-type']).toBe('text/markdown; charset=utf-8');
  expect(markdown.headers()['vary']).toMatch(/^Accept\b/);
  expect(markdown.headers()['link']).toBe(`<${site.siteUrl}/zh-HK/models/minimax/m2.7>; rel="canonical"`);
  expect(await markdown.text()).toMatch(/^---\ntitle: /);
  const html = await request.get('/zh-HK/models/minimax/m2.7', { headers: { Accept: 'text/html,*/*;q=0.8' } });
  expect(html.headers()['content-type']).toBe('text/html; charset=utf-8');
  expect(html.headers()['link']).toContain('rel="alternate"; type="text/markdown"');
  const mirror = await request.get('/en/models.md');
  expect(mirror.headers()['x-content-type-options']).toBe('nosniff');
});

test('a trailing slash is no page, as HTML or as Markdown; without it both are there', async ({ request }) => {
  // trailingSlash 'never': one URL per page, so `/en/models/` answers 404 whatever the Accept header asks.
  for (const path of ['/en/models/', '/zh-TW/models/minimax/', '/zh-HK/models/minimax/m2.5/']) {
    for (const accept of ['text/html', 'text/markdown']) {
      const response = await request.get(path, { headers: { Accept: accept }, maxRedirects: 0 });
      expect(response.status(), `${path} as ${accept}`).toBe(404);
      expect(response.headers()['content-type'], `${path} as ${accept}`).toBe('text/html; charset=utf-8');
    }
    const bare = path.slice(0, -1);
    expect((await request.get(bare, { headers: { Accept: 'text/html' } })).headers()['content-type'], bare).toBe('text/html; charset=utf-8');
    const markdown = await request.get(bare, { headers: { Accept: 'text/markdown' } });
    expect(markdown.status(), bare).toBe(200);
    expect(markdown.headers()['content-type'], bare).toBe('text/markdown; charset=utf-8');
  }
});

test("OpenRouter's SDK lists the models with this site as its server", async ({ baseURL }) => {
  const client = new OpenRouter({ serverURL: `${baseURL}${openRouterModelsPath.replace(/\/models$/, '')}`, retryConfig: { strategy: 'none' } });
  const page = await client.models.list();
  const models = page.result.data;
  const exact = minimax.variants.filter((v) => v.status !== 'retired').flatMap((v) => v.offers.filter((o) => o.price.type === 'rate'));
  expect(models).toHaveLength(exact.length);
  const m25 = models.find((m) => m.id === 'minimax/MiniMax-M2.5');
  expect(m25?.pricing).toMatchObject({ prompt: '0.0000003', completion: '0.0000012', inputCacheRead: '0.00000003' });
  expect(m25?.topProvider.contextLength).toBe(minimax.variants.find((v) => v.slug === 'm2.5')?.contextWindow);
});
