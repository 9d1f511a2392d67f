import { describe, expect, test } from 'vitest';
import { loadCatalog, parseContentFile, safeUrl } from '../../src/lib/content/load';
import { renderMarkdown } from '../../src/lib/markdown';
import { ContentError, type ContentProblem } from '../../src/lib/content/errors';
import { badInputCases, expectedLine } from '../bad-input-cases';
import { localeCodes } from '../../src/config/locales';

describe('the real content', () => {
  const catalog = loadCatalog('content');
  const minimax = catalog.families.find((f) => f.slug === 'minimax');

  test('has the MiniMax family with its seven variants in order', () => {
    expect(minimax?.variants.map((v) => v.slug)).toEqual(['m2', 'm2.1', 'm2.5', 'm2.5-highspeed', 'm2.7', 'm2.7-highspeed', 'm3']);
    expect(minimax?.variants.map((v) => v.modelId)).toEqual([
      'MiniMax-M2',
      'MiniMax-M2.1',
      'MiniMax-M2.5',
      'MiniMax-M2.5-highspeed',
      'MiniMax-M2.7',
      'MiniMax-M2.7-highspeed',
      'MiniMax-M3',
    ]);
  });

  test('every family and variant has words in every locale', () => {
    for (const locale of localeCodes) {
      expect(minimax?.words[locale].summary.length).toBeGreaterThan(10);
      for (const variant of minimax?.variants ?? []) expect(variant.words[locale].body.length).toBeGreaterThan(40);
    }
  });

  test('MiniMax-M2.5 at MiniMax is $0.30 / $1.20 with cache read $0.03, and MiniMax is the comparison basis', () => {
    const m25 = minimax?.variants.find((v) => v.slug === 'm2.5');
    expect(minimax?.basis.id).toBe('minimax');
    expect(m25?.basis?.provider.id).toBe('minimax');
    expect(m25?.basis?.price).toMatchObject({ type: 'rate', input: 0.3, output: 1.2, cacheRead: 0.03, cacheWrite: 0.375 });
  });

  test("RunAPI's rounded figures are listed, never rates; its M2 and M2.1 prices are exact", () => {
    const runapi = (slug: string) => minimax?.variants.find((v) => v.slug === slug)?.offers.find((o) => o.provider.id === 'runapi')?.price;
    expect(runapi('m2')).toMatchObject({ type: 'rate', input: 0.15, output: 0.6 });
    expect(runapi('m2.1')).toMatchObject({ type: 'rate', input: 0.15, output: 0.6 });
    for (const slug of ['m2.5', 'm2.7', 'm3']) expect(runapi(slug)).toMatchObject({ type: 'listed', display: '$0.010 / 1K tokens' });
    for (const slug of ['m2.5-highspeed', 'm2.7-highspeed']) expect(runapi(slug)).toMatchObject({ type: 'listed', display: '$0.020 / 1K tokens' });
  });

  test("Cloudsway's offers carry its own model IDs and publish no price; its output cap is the surface's, not the model's", () => {
    const m27 = minimax?.variants.find((v) => v.slug === 'm2.7');
    const cloudsway = m27?.offers.find((o) => o.provider.id === 'cloudsway');
    expect(cloudsway?.modelId).toBe('MaaS_Minimax_M2.7_20260318');
    expect(cloudsway?.price.type).toBe('unpublished');
    expect(cloudsway?.outputCap?.value).toBe(2048);
    expect(m27?.maxOutputTokens).toBe(131072);
    expect(minimax?.variants.filter((v) => v.offers.some((o) => o.provider.id === 'cloudsway')).map((v) => v.slug)).toEqual([
      'm2.5',
      'm2.5-highspeed',
      'm2.7',
      'm2.7-highspeed',
    ]);
  });

  test("M3's price is tiered above 512,000 prompt tokens; its modalities and context record the other source", () => {
    const m3 = minimax?.variants.find((v) => v.slug === 'm3');
    expect(m3?.basis?.price).toMatchObject({ type: 'rate', tiers: [{ above: 512_000, input: 0.6, output: 2.4, cacheRead: 0.12 }] });
    expect(m3?.modalities.input).toEqual(['text', 'image', 'video']);
    expect(m3?.conflicts.map((c) => c.field)).toEqual(['contextWindow', 'modalities.input']);
  });

  test('highspeed variants inherit the scores of the weights they serve, with the source', () => {
    const fast = minimax?.variants.find((v) => v.slug === 'm2.7-highspeed');
    expect(fast?.benchmarks['swe-bench-pro']).toMatchObject({ score: 56.2, inheritedFrom: 'm2.7' });
    expect(fast?.benchmarks['swe-bench-pro']?.source).toMatch(/001_/);
  });

  test('variants take family facts they do not override, and merge architecture', () => {
    const m3 = minimax?.variants.find((v) => v.slug === 'm3');
    expect(m3?.offers.find((o) => o.provider.id === 'minimax')?.protocols).toEqual(['openai-chat-completions', 'anthropic-messages']);
    expect(m3?.architecture).toMatchObject({ experts: 256, attention: 'sparse' });
  });
});

describe('the valid fixture', () => {
  test('loads', () => {
    const catalog = loadCatalog('tests/fixtures/valid');
    expect(catalog.families[0]?.variants.map((v) => v.slug)).toEqual(['a1', 'a2']);
  });
});

describe('bad input', () => {
  for (const c of badInputCases) {
    test(`${c.name}: names ${c.file}${c.field ? ` › ${c.field}` : ''}`, () => {
      const dir = `tests/fixtures/invalid/${c.name}`;
      let problems: readonly ContentProblem[] = [];
      try {
        loadCatalog(dir);
      } catch (error) {
        expect(error).toBeInstanceOf(ContentError);
        problems = (error as ContentError).problems;
        expect((error as Error).message).toMatch(expectedLine(dir, c));
      }
      expect(problems.length, 'the fixture must fail').toBeGreaterThan(0);
      expect(problems.some((p) => p.file === `${dir}/${c.file}` && p.field === c.field && c.message.test(p.message))).toBe(true);
    });
  }
});

describe('parseContentFile', () => {
  test('reads YAML 1.2: yes and dates stay strings', () => {
    const problems: ContentProblem[] = [];
    const parsed = parseContentFile('x.md', '---\na: yes\nb: 2026-01-01\n---\nBody', problems);
    expect(problems).toEqual([]);
    expect(parsed?.data).toEqual({ a: 'yes', b: '2026-01-01' });
    expect(parsed?.body).toBe('Body');
  });

  test('refuses duplicate keys and missing frontmatter', () => {
    const problems: ContentProblem[] = [];
    parseContentFile('dup.md', '---\na: 1\na: 2\n---\n', problems);
    parseContentFile('none.md', 'just text', problems);
    expect(problems.map((p) => p.file)).toEqual(['dup.md', 'none.md']);
    expect(problems[0]?.message).toMatch(/malformed YAML frontmatter.*unique/i);
  });
});

describe('safeUrl', () => {
  test('takes https, http, mailto and site-relative URLs, and nothing a browser would run', () => {
    for (const ok of ['https://example.org/a', 'http://example.org', 'mailto:a@b.c', '/en/models', '#faq', 'models/minimax'])
      expect(safeUrl(ok), ok).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' java\tscript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
      '//evil.example/x',
      'file:///etc/passwd',
    ])
      expect(safeUrl(bad), bad).toBe(false);
  });
});

describe('renderMarkdown, behind the loader', () => {
  test('renders no raw HTML and no unsafe link, even nested in a list', () => {
    const html = renderMarkdown('- <img src=x onerror=alert(1)>\n\n[a](javascript:alert(1)) [b](https://ok.example)\n');
    expect(html).not.toMatch(/<img|onerror|javascript:/i);
    expect(html).toContain('<a href="#">a</a>');
    expect(html).toContain('<a href="https://ok.example">b</a>');
  });
});
