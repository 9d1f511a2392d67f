/**
 * Builds the hostile fixture and reads every output back: the hostile strings
 * must come back exactly from mirror frontmatter, Markdown tables and the JSON
 * catalog, and never break out of their context in the HTML.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../build-env';
import { loadCatalog } from '../../src/lib/content/load';
import { familyMirrorData, variantMirrorData } from '../../src/lib/mirror';
import { readFrontmatter, readTables, splitMirror } from '../mirror-reading';

const fixture = 'tests/fixtures/hostile';
const outDir = mkdtempSync(path.join(tmpdir(), 'catalog-hostile-'));
const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');

const NAME = 'Acme </script><!-- "q" \'s\': #1 | yes --- \u2028end';
const TITLE = 'Acme </script><!-- "Family" : # | yes --- \u2028x';
const MULTI = 'Line one </script> & <!-- "two" \'three\': #4 | yes\n---\nline \u2028 end';

beforeAll(() => buildSite(fixture, outDir), 180_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('hostile strings', () => {
  const catalog = loadCatalog(fixture);
  const family = catalog.families[0]!;
  const a1 = family.variants[0]!;

  test('the fixture really holds them', () => {
    expect(a1.name).toBe(NAME);
    expect(family.words.en.title).toBe(TITLE);
    expect(a1.words['zh-TW'].summary).toBe(MULTI);
  });

  test('mirror frontmatter parses back to exactly the source values, in YAML 1.2, 1.1 and js-yaml', () => {
    for (const locale of ['en', 'zh-TW', 'zh-HK'] as const) {
      const variant = readFrontmatter(read(`${locale}/models/acme/a1.md`));
      const expected = variantMirrorData(family, a1, locale);
      expect(variant.yaml12).toEqual(expected);
      expect(variant.yaml11).toEqual(expected);
      expect(variant.jsYaml).toEqual(expected);
      expect((variant.yaml12 as { variant_id: string }).variant_id).toBe(NAME);
      const fam = readFrontmatter(read(`${locale}/models/acme.md`));
      expect(fam.yaml11).toEqual(familyMirrorData(family, locale));
    }
  });

  test('Markdown tables give the names back exactly, and the body keeps the text', () => {
    const familyMirror = read('en/models/acme.md');
    const cells = readTables(familyMirror).flatMap((table) => table.flatMap((row) => row));
    expect(cells.some((cell) => cell.startsWith(NAME))).toBe(true);
    const { body } = splitMirror(read('en/models/acme/a1.md'));
    // Markup characters arrive backslash-escaped, so no Markdown reader sees a comment or a tag.
    expect(body).not.toMatch(/(?<!\\)<!--/);
    expect(body).not.toMatch(/(?<!\\)<\/script/);
    expect(body).toContain('Line one \\</script\\> \\& \\<!-- "two"');
    // The use case list and FAQ keep every line of the multi-line text.
    expect(body).toContain('line &#x2028; end');
  });

  test('the JSON catalog carries the strings exactly', () => {
    const json = JSON.parse(read('api/models.json'));
    expect(json.data[0].name).toBe(NAME);
    expect(json.data[0].pages['zh-TW'].summary).toBe(MULTI);
  });

  test('no breakout in the HTML: the strings are text, escaped for where they land', () => {
    for (const file of ['en/models/acme/a1.html', 'en/models/acme.html', 'zh-HK/models/acme/a1.html', 'en/models.html']) {
      // Inside a quoted attribute, < is only text; outside attributes nothing may open a comment or close a script.
      const html = read(file).replace(/="[^"]*"/g, '=""');
      expect(html, file).not.toContain('</script><!--');
      expect(html, file).not.toContain('<!--');
      // Every script element the page has is one the templates put there.
      const scripts = html.match(/<script\b/g) ?? [];
      const closes = html.match(/<\/script>/g) ?? [];
      expect(scripts.length, file).toBe(closes.length);
    }
    const h1 = /<h1>([\s\S]*?)<\/h1>/.exec(read('en/models/acme/a1.html'))?.[1] ?? '';
    const decoded = h1
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, '&');
    expect(decoded).toBe(NAME);
  });
});
