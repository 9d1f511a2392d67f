/**
 * Whole-site gates over dist/: every internal link and asset resolves, HTML
 * validates, and nothing a reader or agent sees leaks a placeholder.
 */
import { describe, expect, test } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { withoutIgnoredElements } from '../../src/integrations/search-index';
import { htmlProblems, htmlReferences, htmlValidator, markdownReferences, nuProblems, read, resolves, siteFiles, visibleText } from './built-site';
import { loadCatalog } from '../../src/lib/content/load';
import { localeCodes } from '../../src/config/locales';
import { formatUsd } from '../../src/lib/format';
import { perTokenString } from '../../src/lib/json-catalog';

const files = siteFiles();
const htmlFiles = files.filter((f) => f.endsWith('.html'));
const textFiles = files.filter((f) => /\.(md|txt)$/.test(f));

test('the build has HTML pages and mirrors to check', () => {
  expect(htmlFiles.length).toBeGreaterThan(90);
  expect(textFiles.length).toBeGreaterThan(90);
});

describe('links and assets', () => {
  test('every internal link and asset in every HTML page resolves', () => {
    const broken = htmlFiles.flatMap((file) =>
      htmlReferences(read(file))
        .filter((ref) => !resolves(ref))
        .map((ref) => `${file} → ${ref}`),
    );
    expect(broken).toEqual([]);
  });

  test('every internal link in every mirror and llms file resolves', () => {
    const broken = textFiles.flatMap((file) =>
      markdownReferences(read(file))
        .filter((ref) => !resolves(ref))
        .map((ref) => `${file} → ${ref}`),
    );
    expect(broken).toEqual([]);
  });
});

describe('HTML validity', () => {
  const validator = htmlValidator();

  test('every page validates with zero errors', async () => {
    const failures: string[] = [];
    for (const file of htmlFiles) failures.push(...(await htmlProblems(validator, file)));
    expect(failures.slice(0, 30)).toEqual([]);
  });

  test('every page passes the W3C Nu HTML checker with zero errors', () => {
    expect(nuProblems(htmlFiles).slice(0, 30)).toEqual([]);
  });
});

describe('no leaks', () => {
  const leaks = /%\{|\{\{|\bundefined\b|\bNaN\b|\[object Object\]/;
  const entity = /&(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);/;

  test('no visible text holds a placeholder, undefined, NaN or a stray entity', () => {
    const found = htmlFiles.flatMap((file) => {
      const text = visibleText(read(file));
      return [leaks.exec(text)?.[0], entity.exec(text)?.[0]].filter(Boolean).map((hit) => `${file}: ${hit}`);
    });
    expect(found).toEqual([]);
  });

  test('no mirror or llms file does either', () => {
    const found = textFiles.flatMap((file) => {
      const text = read(file).replace(/```[\s\S]*?```/g, '');
      return [leaks.exec(text)?.[0], entity.exec(text)?.[0]].filter(Boolean).map((hit) => `${file}: ${hit}`);
    });
    expect(found).toEqual([]);
  });
});

describe('search index', () => {
  // The build sends Pagefind each page without its data-pagefind-ignore elements, to save it the
  // parsing; that must not change what it indexes. Both ways over every searchable page, compared.
  test('pages sent without their ignored elements give the same index as whole pages, byte for byte', async () => {
    const searchable = htmlFiles.filter((file) => read(file).includes('data-pagefind-body'));
    expect(searchable.length).toBeGreaterThan(20);
    const dirs = [mkdtempSync(path.join(tmpdir(), 'catalog-pf-whole-')), mkdtempSync(path.join(tmpdir(), 'catalog-pf-sent-'))];
    try {
      for (const [i, dir] of dirs.entries()) {
        const { index } = await pagefind.createIndex({});
        if (!index) throw new Error('Pagefind could not start');
        for (const file of searchable) {
          const html = read(file);
          const added = await index.addHTMLFile({ url: file.replace(/\.html$/, ''), content: i === 0 ? html : withoutIgnoredElements(html) });
          expect(added.errors).toEqual([]);
        }
        expect((await index.writeFiles({ outputPath: dir })).errors).toEqual([]);
      }
      const files = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.includes('.')).sort();
      const [whole = '', sent = ''] = dirs;
      expect(files(sent)).toEqual(files(whole));
      for (const file of files(whole)) expect(readFileSync(path.join(sent, file)).equals(readFileSync(path.join(whole, file))), file).toBe(true);
    } finally {
      await pagefind.close();
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('prices: nothing is derived from a listed-only figure', () => {
  const catalog = loadCatalog();
  const listed = catalog.families.flatMap((f) =>
    f.variants.flatMap((v) => v.offers.flatMap((o) => (o.price.type === 'listed' ? [{ variant: v, offer: o, display: o.price.display }] : []))),
  );
  const jsonFiles = files.filter((f) => f.endsWith('.json'));

  /**
   * What a listed figure would turn into if it were read as a rate: "$0.010 / 1K tokens" as $10.00 per 1M,
   * 0.00001 per token, 1 cent. The amount is read from the display text here, in the test only, to know what
   * must never appear; the site itself never parses it.
   */
  const derived = [...new Set(listed.map((l) => l.display))].flatMap((display) => {
    const amount = Number(/\$(\d+(?:\.\d+)?)/.exec(display)?.[1]);
    const perThousand = /1K/.test(display);
    const perMillion = perThousand ? amount * 1000 : amount;
    return { display, usd: localeCodes.map((l) => formatUsd(perMillion, l)), perToken: perTokenString(perMillion) };
  });

  test("the real catalog has listed figures to guard (RunAPI's $0.010 and $0.020 per 1K)", () => {
    expect(derived.map((d) => d.display).sort()).toEqual(['$0.010 / 1K tokens', '$0.020 / 1K tokens']);
    expect(derived.flatMap((d) => d.usd)).toContain('$10.00');
  });

  test('no page, mirror, llms file or JSON shows a per-1M price, a per-token price or a cost made from one', () => {
    const found: string[] = [];
    for (const file of [...htmlFiles, ...textFiles, ...jsonFiles]) {
      const text = file.endsWith('.html')
        ? `${visibleText(read(file))} ${[...read(file).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]).join(' ')}`
        : read(file);
      for (const d of derived) {
        for (const usd of d.usd) if (new RegExp(`${usd.replace(/[$.]/g, '\\$&')}(?![\\d])`).test(text)) found.push(`${file}: ${usd}`);
        if (text.includes(`"${d.perToken}"`)) found.push(`${file}: per-token ${d.perToken}`);
      }
      if (/^price_from_cents: [12]$/m.test(text)) found.push(`${file}: price_from_cents from a listed figure`);
    }
    expect(found).toEqual([]);
  });

  test('a listed figure appears only quoted as the source states it', () => {
    const unquoted: string[] = [];
    for (const file of htmlFiles) {
      const text = visibleText(read(file));
      for (const d of derived) {
        const figure = d.display.split(' ')[0]!;
        for (const m of text.matchAll(new RegExp(figure.replace(/[$.]/g, '\\$&'), 'g'))) {
          const before = text.slice(Math.max(0, (m.index ?? 0) - 1), m.index);
          if (before !== '“' && before !== '「') unquoted.push(`${file}: …${text.slice(Math.max(0, (m.index ?? 0) - 30), (m.index ?? 0) + 20)}…`);
        }
      }
    }
    expect(unquoted).toEqual([]);
  });

  test('JSON-LD offers only exact prices, each with its seller', () => {
    for (const file of htmlFiles.filter((f) => /\/models\/minimax\/[^/]+\.html$/.test(f) && !f.includes('/compare/'))) {
      const blocks = [...read(file).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
      const product = blocks.find((b) => b['@type'] === 'Product');
      for (const offer of product?.offers ?? []) {
        expect(offer.seller?.name, file).toBeTruthy();
        expect(offer.seller.name, file).not.toBe('RunAPI Listed');
        for (const spec of offer.priceSpecification)
          expect(spec.referenceQuantity, file).toMatchObject({ value: 1_000_000, unitCode: 'C62', unitText: 'tokens' });
      }
      // RunAPI has exact rates only for M2 and M2.1; elsewhere it has no Offer.
      const sellers = (product?.offers ?? []).map((o: { seller: { name: string } }) => o.seller.name);
      expect(sellers.includes('RunAPI'), file).toBe(/\/m2(\.1)?\.html$/.test(file));
      expect(sellers.includes('Cloudsway MaaS'), file).toBe(false);
    }
  });

  test('M2.5 at MiniMax shows $0.30 / $1.20 with cache read $0.03 on the page, the mirror and the JSON', () => {
    const html = read('/en/models/minimax/m2.5.html');
    const row = /<tr><th scope="row">MiniMax[ <][\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
    for (const price of ['$0.30', '$1.20', '$0.03', '$0.375']) expect(row).toContain(price);
    const mirror = read('/en/models/minimax/m2.5.md');
    expect(mirror).toMatch(/\| MiniMax · [^|]+ \| `MiniMax-M2\.5` \| \$0\.30 \| \$1\.20 \| \$0\.03 \| \$0\.375 \|/);
    const json = JSON.parse(read('/api/models.json'));
    const entry = json.data.find((d: { id: string }) => d.id === 'MiniMax-M2.5');
    expect(entry.pricing).toMatchObject({
      provider: 'minimax',
      type: 'rate',
      prompt: '0.0000003',
      completion: '0.0000012',
      input_cache_read: '0.00000003',
      input_cache_write: '0.000000375',
    });
  });
});
