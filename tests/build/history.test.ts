/**
 * Builds the lifecycle fixture (family "legacy": l1 retired, l2 deprecated, l3 with two earlier price
 * rules) and the real content, and reads the outputs back: l3's spec sheet shows its price history as
 * a table and a step chart in every locale, its mirror says the same and its frontmatter reads back to
 * the content, the JSON carries the history and the deprecations and validates against its schema;
 * the real site, which knows no price history, shows none.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../build-env';
import { localeCodes } from '../../src/config/locales';
import { translate } from '../../src/i18n';
import { loadCatalog } from '../../src/lib/content/load';
import { variantMirrorData } from '../../src/lib/mirror';
import { readFrontmatter, readTables, splitMirror } from '../mirror-reading';
import { htmlProblems, htmlValidator, visibleText } from '../site/built-site';
import { builtMirrors, expectMirrorParity } from '../site/outline';

const fixture = 'tests/fixtures/lifecycle';
const work = mkdtempSync(path.join(tmpdir(), 'catalog-history-'));
const outDir = path.join(work, 'lifecycle');
const realDir = path.join(work, 'real');
const read = (file: string, root = outDir) => readFileSync(path.join(root, file), 'utf8');

beforeAll(() => {
  buildSite(fixture, outDir);
  buildSite('content', realDir);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The `<h2 id="price-history">` section of a spec sheet, up to the cost calculator's heading. */
function historySection(html: string): string {
  const start = html.indexOf('<h2 id="price-history">');
  if (start < 0) return '';
  const end = html.indexOf('<h2', start + 1);
  return html.slice(start, end < 0 ? undefined : end);
}

function validator(schema: object) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

describe('price history and lifecycle, built', () => {
  const catalog = loadCatalog(fixture);
  const family = catalog.families[0]!;
  const variant = (slug: string) => family.variants.find((v) => v.slug === slug)!;

  test('l3’s spec sheet shows the history table (3 rows, the current one last) and the chart, in every locale', () => {
    for (const locale of localeCodes) {
      const html = read(`${locale}/models/legacy/l3.html`);
      const section = historySection(html);
      expect(section, locale).toContain(`>${translate(locale, 'history.heading')}</h2>`);
      // After the providers' terms, before the cost calculator.
      expect(html.indexOf('<h2 id="price-history">')).toBeGreaterThan(html.indexOf('id="providers"'));
      expect(html.indexOf(translate(locale, 'offers.termsHeading'))).toBeLessThan(html.indexOf('<h2 id="price-history">'));
      expect(section).toMatch(/<h3 id="price-history-acme-api">Acme Cloud<\/h3>/);
      const table = /<table class="history-table">[\s\S]*?<\/table>/.exec(section)?.[0] ?? '';
      expect(table).toContain('<caption');
      const rows = [...table.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].flatMap((m) => m[1]!.match(/<tr[\s>]/g) ?? []);
      expect(rows, locale).toHaveLength(3);
      // The current rule is the last row, and only it is marked.
      const current = `<span class="badge">${translate(locale, 'history.current')}</span>`;
      expect(table.split(current)).toHaveLength(2);
      expect(table.slice(table.indexOf(current))).not.toMatch(/<tr>/);
      expect(visibleText(table)).toMatch(/−20%/);
      const svg = /<svg[\s\S]*?<\/svg>/.exec(section)?.[0] ?? '';
      expect(svg).toMatch(/^<svg viewBox="0 0 \d+ \d+" role="img">/);
      expect(svg).toMatch(/<title>[^<]+<\/title><desc>[^<]+<\/desc>/);
      expect(svg).toMatch(/<path class="sc-in" d="M[\d. HV]+"/);
      expect(svg).not.toMatch(/NaN|undefined|Infinity/);
      expect(svg.length, 'the chart stays small').toBeLessThan(1600);
      expect(section).not.toMatch(/<script/);
    }
  });

  test('the spec sheets are valid HTML and stay within 14 KB of HTML+CSS gzipped', async () => {
    const check = htmlValidator();
    for (const locale of localeCodes) {
      const file = `/${locale}/models/legacy/l3.html`;
      expect(await htmlProblems(check, file, outDir)).toEqual([]);
      const html = read(file);
      const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => read(m[1]!));
      const bytes = [html, ...css].reduce((n, text) => n + gzipSync(text, { level: 9 }).length, 0);
      expect(bytes, file).toBeLessThan(14 * 1024);
    }
  });

  test('the mirror has the same section: heading, per offer the table and the chart’s text alternative', () => {
    for (const locale of localeCodes) {
      const mirror = read(`${locale}/models/legacy/l3.md`);
      const { body } = splitMirror(mirror);
      const start = body.indexOf(`## ${translate(locale, 'history.heading')}\n`);
      expect(start, locale).toBeGreaterThan(body.indexOf(`## ${translate(locale, 'offers.heading')}`));
      expect(start).toBeLessThan(body.indexOf(`## ${translate(locale, 'calc.heading')}`));
      const section = body.slice(start, body.indexOf(`## ${translate(locale, 'calc.heading')}`));
      expect(section).toContain('### Acme Cloud');
      const [table] = readTables(section);
      expect(table?.[0]).toEqual(
        ['history.since', 'offers.input', 'offers.output', 'offers.cacheRead', 'offers.cacheWrite', 'history.change', 'offers.source'].map((k) =>
          translate(locale, k as never),
        ),
      );
      expect(table).toHaveLength(4);
      expect(table?.[3]?.[0]).toContain(translate(locale, 'history.current'));
      expect(table?.[1]?.[6]).toBe('test price page, January');
      // The chart's <desc>, as a paragraph.
      const desc = /<desc>([^<]+)<\/desc>/.exec(read(`${locale}/models/legacy/l3.html`))?.[1] ?? '';
      expect(desc).not.toBe('');
      expect(section).toContain(desc.replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
    }
  });

  test('the mirror frontmatter reads back to the content: price_history, since, until, deprecation', () => {
    for (const locale of localeCodes) {
      const l3 = readFrontmatter(read(`${locale}/models/legacy/l3.md`)).yaml12 as { offers: { price: { since?: string }; price_history?: unknown[] }[] };
      expect(l3).toEqual(variantMirrorData(family, variant('l3'), locale));
      expect(l3.offers[0]?.price.since).toBe('2026-09-15');
      expect(l3.offers[0]?.price_history).toEqual([
        { since: '2026-01-01', type: 'rate', input_per_million_usd: 1, output_per_million_usd: 3, source: 'test price page, January' },
        {
          since: '2026-05-01',
          type: 'rate',
          input_per_million_usd: 0.8,
          output_per_million_usd: 2.4,
          cache_read_per_million_usd: 0.08,
          source: 'test price page, May',
        },
      ]);
      expect(l3).not.toHaveProperty('deprecation');
      const l1 = readFrontmatter(read(`${locale}/models/legacy/l1.md`)).yaml12 as Record<string, unknown> & { offers: Record<string, unknown>[] };
      expect(l1['deprecation']).toEqual({ date: '2026-03-01', retires: '2026-06-01', successor: 'legacy/l3' });
      expect(l1.offers[0]?.['until']).toBe('2026-06-01');
      expect(l1.offers[0]).not.toHaveProperty('price_history');
      const l2 = readFrontmatter(read(`${locale}/models/legacy/l2.md`)).yaml12 as Record<string, unknown>;
      expect(l2['deprecation']).toEqual({ date: '2026-10-01', retires: '2027-03-31', successor: 'legacy/l3' });
    }
  });

  test('a deprecated or retired variant’s mirror opens with its lifecycle notice, the successor linked', () => {
    const l1 = splitMirror(read('en/models/legacy/l1.md')).body;
    expect(l1).toContain('The l1 test variant.\n\nLegacy-L1 was retired on June 1, 2026. This page is kept as a record; its successor is [Legacy-L3](https://');
    expect(l1).toMatch(/\[Legacy-L3\]\(https:\/\/[^)]+\/en\/models\/legacy\/l3\.md\)\./);
    const l2 = splitMirror(read('zh-TW/models/legacy/l2.md')).body;
    expect(l2).toMatch(
      /Legacy-L2 已於 2026年10月1日 宣布即將停用，並將於 2027年3月31日 停用。後繼版本為 \[Legacy-L3\]\([^)]+\/zh-TW\/models\/legacy\/l3\.md\)。/,
    );
    expect(splitMirror(read('en/models/legacy/l3.md')).body).not.toContain('deprecated since');
  });

  test('the JSON carries the history and the deprecations, and validates against the built schema', () => {
    const json = JSON.parse(read('api/models.json'));
    const schema = JSON.parse(read('api/models.schema.json'));
    const validate = validator(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.version).toBe('2.1.0');
    const entry = (slug: string) => json.data.find((d: { canonical_slug: string }) => d.canonical_slug === `legacy/${slug}`);
    expect(entry('l3').offers[0].pricing).toMatchObject({ type: 'rate', prompt: '0.0000005', since: '2026-09-15', checked: '2026-11-01' });
    expect(entry('l3').offers[0].price_history).toEqual([
      { type: 'rate', prompt: '0.000001', completion: '0.000003', source: 'test price page, January', since: '2026-01-01' },
      { type: 'rate', prompt: '0.0000008', completion: '0.0000024', input_cache_read: '0.00000008', source: 'test price page, May', since: '2026-05-01' },
    ]);
    expect(entry('l3')).not.toHaveProperty('deprecation');
    expect(entry('l1').deprecation).toEqual({ date: '2026-03-01', retires: '2026-06-01', successor: 'legacy/l3' });
    expect(entry('l1').offers[0].until).toBe('2026-06-01');
    expect(entry('l2').deprecation).toEqual({ date: '2026-10-01', retires: '2027-03-31', successor: 'legacy/l3' });
    // A history entry the schema does not describe is refused: additionalProperties stays false.
    const tampered = structuredClone(json);
    tampered.data.find((d: { canonical_slug: string }) => d.canonical_slug === 'legacy/l3').offers[0].price_history[0].percent = -20;
    expect(validate(tampered)).toBe(false);
  });

  test('the real site, which knows no price history, shows no history section anywhere', () => {
    const real = loadCatalog('content');
    expect(real.families.flatMap((f) => f.variants.flatMap((v) => v.offers.filter((o) => o.history.length > 0)))).toEqual([]);
    const headings = localeCodes.map((l) => `## ${translate(l, 'history.heading')}\n`);
    for (const f of real.families) {
      for (const v of f.variants) {
        for (const locale of localeCodes) {
          const page = `${locale}/models/${f.slug}/${v.slug}`;
          const html = read(`${page}.html`, realDir);
          expect(html, page).not.toContain('id="price-history"');
          expect(html, page).not.toContain('class="step-chart"');
          const mirror = read(`${page}.md`, realDir);
          for (const heading of headings) expect(mirror, page).not.toContain(heading);
          expect(mirror, page).not.toContain('price_history:');
        }
      }
    }
    expect(readdirSync(realDir)).toContain('api');
    const json = JSON.parse(read('api/models.json', realDir));
    expect(JSON.stringify(json)).not.toContain('price_history');
    const validate = validator(JSON.parse(read('api/models.schema.json', realDir)));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });
});

test('every page and its mirror show the same headings, tables and code samples', () => {
  const mirrors = builtMirrors(outDir);
  expect(mirrors.length).toBeGreaterThan(0);
  for (const mirror of mirrors) expectMirrorParity(mirror, outDir);
});
