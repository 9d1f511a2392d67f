/**
 * Builds the lifecycle fixture (a retired, a deprecated and a current variant,
 * the current one with a price history) and reads what a reader sees: the
 * notice on the deprecated and retired spec sheets with a link to the
 * successor, retired variants out of the comparison, the chart and the labels
 * but still reachable, and the recent price cut marked on the family table.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../build-env';
import { localeCodes } from '../../src/config/locales';
import { visibleText } from '../site/built-site';
import { builtMirrors, expectMirrorParity } from '../site/outline';

const fixture = 'tests/fixtures/lifecycle';
const outDir = mkdtempSync(path.join(tmpdir(), 'catalog-lifecycle-'));
const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
/** The family page's comparison table, as HTML. */
const compareTable = (html: string) => /<table class="compare-table"[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';

beforeAll(() => buildSite(fixture, outDir), 180_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('lifecycle on the pages', () => {
  test('a deprecated variant says so at the top, with its retirement date and a link to its successor, in every locale', () => {
    for (const locale of localeCodes) {
      const html = read(`${locale}/models/legacy/l2.html`);
      const notice = /<p class="lifecycle-notice"[^>]*>([\s\S]*?)<\/p>/.exec(html);
      expect(notice, locale).toBeTruthy();
      // Before the providers table: the first thing after the lede.
      expect(html.indexOf('lifecycle-notice')).toBeLessThan(html.indexOf('id="providers"'));
      expect(notice?.[1]).toContain(`href="/${locale}/models/legacy/l3"`);
      expect(visibleText(notice?.[0] ?? '')).toMatch(/2026|2027/);
      const mirror = read(`${locale}/models/legacy/l2.md`);
      expect(mirror).toContain(`(https://models.example.com/${locale}/models/legacy/l3.md)`);
    }
    expect(visibleText(read('en/models/legacy/l2.html'))).toContain('March 31, 2027');
  });

  test('a retired variant stays reachable and says it is kept as a record', () => {
    const html = read('en/models/legacy/l1.html');
    expect(html).toContain('lifecycle-notice');
    expect(visibleText(html)).toContain('June 1, 2026');
    expect(html).toContain('href="/en/models/legacy/l3"');
  });

  test('retired variants leave the family comparison, the chart and the labels, and are listed apart', () => {
    for (const locale of localeCodes) {
      const family = read(`${locale}/models/legacy.html`);
      const table = compareTable(family);
      expect(table).toContain(`/${locale}/models/legacy/l2`);
      expect(table).toContain(`/${locale}/models/legacy/l3`);
      expect(table).not.toContain(`/${locale}/models/legacy/l1"`);
      // The retired list links it.
      expect(family.slice(family.indexOf('</table>'))).toContain(`href="/${locale}/models/legacy/l1"`);
      const chart = /<svg[^>]*data-chart="price-context"[\s\S]*?<\/svg>/.exec(family)?.[0] ?? '';
      expect(chart).not.toContain('Legacy-L1');
      const compare = read(`${locale}/models/compare.html`);
      expect(compareTable(compare)).not.toContain(`/${locale}/models/legacy/l1"`);
    }
    // All three share price and context; with l1 out, l2 and l3 tie and nobody is labelled.
    expect(read('en/models/legacy/l1.html')).not.toContain('badge-best">Cheapest');
  });

  test("the current variant's recent price cut is marked on the family table and the index", () => {
    const family = read('en/models/legacy.html');
    expect(visibleText(compareTable(family))).toContain('Price cut on September 15, 2026');
    expect(visibleText(read('en/models.html'))).toContain('Price cut on September 15, 2026');
    expect(read('zh-TW/models/legacy.html')).toContain('2026年9月15日 降價');
    expect(read('en/models/legacy.md')).toContain('Price cut on September 15, 2026');
  });

  test('a dated status change is announced in the family and variant feeds', () => {
    for (const feed of ['en/feeds/legacy.xml', 'en/feeds/legacy/l3.xml']) {
      const xml = read(feed);
      const entry = /<entry>(?:(?!<\/entry>)[\s\S])*\/status-active<\/id>[\s\S]*?<\/entry>/.exec(xml)?.[0] ?? '';
      expect(entry, feed).toContain('<updated>2026-02-01T00:00:00Z</updated>');
      expect(entry).toContain('Legacy-L3: Available');
    }
    expect(read('zh-HK/feeds/legacy/l3.xml')).toContain('狀態為「可用」');
  });
});

test('every page and its mirror show the same headings, tables and code samples', () => {
  const mirrors = builtMirrors(outDir);
  expect(mirrors.length).toBeGreaterThan(0);
  for (const mirror of mirrors) expectMirrorParity(mirror, outDir);
});
