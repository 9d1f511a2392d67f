import { describe, expect, test } from 'vitest';
import { codeBlock, escapeMarkdown, frontmatter, markdownLink, tableCell } from '../../src/lib/markdown-out';
import { markdownPathFor, prefersMarkdown } from '../../src/lib/negotiate';
import { formatHeadersFile, headersFor, parseHeadersFile } from '../../src/lib/headers-file';
import { perTokenString } from '../../src/lib/json-catalog';
import { mirrorInFullText } from '../../src/lib/llms';
import { readFrontmatter, readTables } from '../mirror-reading';

describe('Markdown output', () => {
  test('escaped text reads back as the same text', () => {
    const hostile = 'a | b <!-- c --> </script> *d* _e_ [f](g) `h` &amp; # i';
    const table = `| x |\n| --- |\n| ${tableCell(hostile)} |`;
    expect(readTables(table)[0]?.[1]?.[0]).toBe(hostile);
  });

  test('underscores inside words stay readable', () => {
    expect(escapeMarkdown('CATALOG_API_KEY and _emphasis_')).toBe('CATALOG_API_KEY and \\_emphasis\\_');
  });

  test('the shortcut for texts needing no escape changes nothing: the same output as all five escapes, and it reads back', () => {
    // The escapes as they were before escapeMarkdown learned to skip texts none of them changes.
    const allPasses = (t: string) =>
      t
        .replace(/[\\`*[\]<>|&~]/g, (c) => `\\${c}`)
        .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
        .replace(/^(#{1,6}|[+-]|\d{1,9}[.)])(?=[ \t]|$)/gm, (m) => m.replace(/^(\d*)(.)/, '$1\\$2'))
        .replace(/^([-=])(?=\1*[ \t]*$)/gm, '\\$1')
        .replace(/[\u2028\u2029]/g, (c) => `&#x${c.charCodeAt(0).toString(16)};`);
    // Short strings over an alphabet of the characters and line starts the escapes are about.
    const alphabet = ['a', '1', '9.', '2)', '#', '-', '+', '=', '_', '*', '|', '<', '&', '~', '`', '[', ']', '\\', ' ', '\n', '\r', '\u2028', 'x_y', '$0.30'];
    // Every string of up to three of them, so each pair of neighbours and each line start is tried.
    const values = [''];
    for (let length = 0; length < 3; length++) for (const value of values.splice(0)) values.push(value, ...alphabet.map((c) => value + c));
    for (const [i, value] of values.entries()) {
      expect(escapeMarkdown(value), JSON.stringify(value)).toBe(allPasses(value));
      if (i % 5) continue;
      const cell = `z${value.replace(/[\r\n\u2028]/g, 'n')}z`;
      expect(readTables(`| x |\n| --- |\n| ${tableCell(cell)} |`)[0]?.[1]?.[0], JSON.stringify(cell)).toBe(cell);
    }
    for (const plain of ['$0.30', '204,800 tokens', 'December 1, 2026', 'MiniMax-M2.5', '2026-11-20']) expect(escapeMarkdown(plain)).toBe(plain);
  });

  test('code fences outgrow any backticks inside', () => {
    expect(codeBlock('a ``` b', 'bash')).toBe('````bash\na ``` b\n````');
  });

  test('links survive brackets in text and parentheses in URLs', () => {
    expect(markdownLink('a [b]', 'https://x.test/a(b)')).toBe('[a \\[b\\]](https://x.test/a%28b%29)');
  });

  test('frontmatter reads back exactly in YAML 1.2, YAML 1.1 and js-yaml', () => {
    const data = { a: 'yes', b: 'no', c: '---', d: 'x: y #z', e: 'line\nnext', f: 'sep\u2028\u2029\u0085', g: 0.15, h: '1.0', i: '', j: { k: 'on' } };
    const { yaml12, yaml11, jsYaml } = readFrontmatter(`${frontmatter(data)}body`);
    expect(yaml12).toEqual(data);
    expect(yaml11).toEqual(data);
    expect(jsYaml).toEqual(data);
  });

  test('every kind of value and awkward key reads back, each string on one line', () => {
    const data = {
      yes: 'key YAML 1.1 reads as true',
      'a key: with # signs': 'x',
      'zh-TW': '上下文窗口 😀 \\ "quoted" \t tab',
      controls: '\u0000\u0007\u001b\u007f\u0080\u0085\u009f\ufeff\uffff end',
      numbers: [0, -1.5, 0.000_000_1, 1e21, 204800, 0.1 + 0.2],
      flags: [true, false, null],
      nested: [{ a: 1, b: ['x', { c: [] }], d: {} }, [], ['deep', ['deeper']]],
      empty: {},
      none: [],
      skipped: undefined,
    };
    const text = frontmatter(data);
    const { yaml12, yaml11, jsYaml } = readFrontmatter(`${text}body`);
    const { skipped: _, ...expected } = data;
    expect(yaml12).toEqual(expected);
    expect(yaml11).toEqual(expected);
    expect(jsYaml).toEqual(expected);
    // One line per scalar: nothing a reader splitting on newlines could cut in two.
    expect(
      text
        .split('\n')
        .filter((line) => line.includes('"'))
        .every((line) => /^\s*(?:- )?(?:[\w-]+|"[^\n]*"):? ?"/.test(line) || /^\s*- "/.test(line)),
    ).toBe(true);
    expect(() => frontmatter({ bad: Number.NaN })).toThrow(/frontmatter \.bad: NaN/);
  });
});

describe('llms-full.txt', () => {
  test("a mirror's frontmatter goes into a yaml block whose fence outgrows any backticks in it", () => {
    const mirror = '---\ntitle: "a ``` b"\n---\n\n# Title\n';
    expect(mirrorInFullText(mirror)).toBe('````yaml\ntitle: "a ``` b"\n````\n\n# Title\n');
    expect(mirrorInFullText('# No frontmatter\n')).toBe('# No frontmatter\n');
  });
});

describe('content negotiation', () => {
  test('Markdown only when preferred at least as much as HTML', () => {
    expect(prefersMarkdown('text/markdown')).toBe(true);
    expect(prefersMarkdown('text/markdown, text/html;q=0.9')).toBe(true);
    expect(prefersMarkdown('text/html, text/markdown;q=0.5')).toBe(false);
    expect(prefersMarkdown('text/html,application/xhtml+xml,*/*;q=0.8')).toBe(false);
    expect(prefersMarkdown(undefined)).toBe(false);
  });

  test('page paths map to their mirrors; files and paths with a trailing slash do not', () => {
    expect(markdownPathFor('/en/models/minimax/m2.5')).toBe('/en/models/minimax/m2.5.md');
    expect(markdownPathFor('/en/models')).toBe('/en/models.md');
    // trailingSlash 'never': `/en/models/` is no page in HTML, so it has no Markdown either.
    expect(markdownPathFor('/en/models/')).toBeUndefined();
    expect(markdownPathFor('/en/models/minimax/m2.5/')).toBeUndefined();
    expect(markdownPathFor('/')).toBe('/llms.txt');
    expect(markdownPathFor('/api/models.json')).toBeUndefined();
    expect(markdownPathFor('/en/models.md')).toBeUndefined();
  });
});

describe('_headers', () => {
  test('round-trips and applies every matching rule', () => {
    const rules = [
      { path: '/*', headers: [['X-Content-Type-Options', 'nosniff']] as [string, string][] },
      { path: '/en/a.md', headers: [['Content-Type', 'text/markdown; charset=utf-8']] as [string, string][] },
    ];
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
    expect(headersFor(rules, '/en/a.md')).toEqual({ 'X-Content-Type-Options': 'nosniff', 'Content-Type': 'text/markdown; charset=utf-8' });
    expect(headersFor(rules, '/en/b.md')).toEqual({ 'X-Content-Type-Options': 'nosniff' });
  });
});

describe('JSON prices', () => {
  test('per-token prices are exact decimal strings', () => {
    expect(perTokenString(0.15)).toBe('0.00000015');
    expect(perTokenString(10)).toBe('0.00001');
    expect(perTokenString(0.6)).toBe('0.0000006');
    expect(perTokenString(1_500_000)).toBe('1.5');
    expect(perTokenString(0)).toBe('0');
    expect(perTokenString(1e-7)).toBe('0.0000000000001');
  });
});
