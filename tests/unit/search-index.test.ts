import { describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { interleave, renderedPath, SearchIndexFeed, withoutIgnoredElements } from '../../src/integrations/search-index';

const page = (lang: string, title: string, words: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${words}</p></main></body></html>`;
const pages: [string, string][] = [
  ['/en/a', page('en', 'Alpha', 'context window pricing')],
  ['/en/b', page('en', 'Bravo', 'output speed tokens')],
  ['/zh-HK/c', page('zh-HK', '上下文', '上下文窗口及價格')],
];
const renderOrder = ['/en/a', '/en/skipped', '/en/b', '/zh-HK/c'];

/** Every file Pagefind wrote under `dir`, with its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const root = path.join(dir, 'pagefind');
  return new Map(
    (readdirSync(root, { recursive: true }) as string[])
      .sort()
      .filter((f) => f.includes('.'))
      .map((f) => [f, readFileSync(path.join(root, f))]),
  );
}

describe('the search index feed', () => {
  test('pages finishing in any order give the same index, in the order the build renders them', async () => {
    const dirs = [mkdtempSync(path.join(tmpdir(), 'catalog-pf-')), mkdtempSync(path.join(tmpdir(), 'catalog-pf-'))];
    try {
      for (const [i, dir] of dirs.entries()) {
        const feed = new SearchIndexFeed(
          pages.map(([p]) => p),
          pathToFileURL(`${dir}/`),
        );
        feed.expect(renderOrder);
        await Promise.all((i === 0 ? pages : [...pages].reverse()).map(([p, html]) => feed.add(p, html)));
        await feed.add('/en/skipped', page('en', 'Skipped', 'not searchable'));
        expect(await feed.finish()).toBe(3);
      }
      const [first, second] = dirs.map(snapshot);
      expect([...(first?.keys() ?? [])].some((f) => f.startsWith('index/') || f.startsWith('fragment/'))).toBe(true);
      expect(first?.size).toBe(second?.size);
      for (const [file, bytes] of first ?? []) expect(bytes.equals(second?.get(file) ?? Buffer.alloc(0)), file).toBe(true);
      // One language index per page language: English and Hong Kong Chinese.
      expect([...(first?.keys() ?? [])].filter((f) => /^pagefind\.[\w-]+\.pf_meta$/.test(f)).length).toBe(2);
    } finally {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a searchable page the build never renders, or never hands over, fails the build by name', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'catalog-pf-'));
    try {
      expect(() => new SearchIndexFeed(['/en/a', '/en/ghost'], pathToFileURL(`${dir}/`)).expect(renderOrder)).toThrow(/does not render: \/en\/ghost/);
      const feed = new SearchIndexFeed(['/en/a', '/en/b'], pathToFileURL(`${dir}/`));
      feed.expect(renderOrder);
      void feed.add('/en/b', page('en', 'Bravo', 'words'));
      await expect(feed.finish()).rejects.toThrow(/never received 2 page\(s\), the first \/en\/a/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the index is written as soon as the last searchable page is in, before the build finishes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'catalog-pf-'));
    try {
      const feed = new SearchIndexFeed(
        pages.map(([p]) => p),
        pathToFileURL(`${dir}/`),
      );
      feed.expect(renderOrder);
      for (const [p, html] of pages) await feed.add(p, html);
      // Nothing calls finish() yet: the rest of the site would still be rendering.
      const entry = path.join(dir, 'pagefind', 'pagefind-entry.json');
      for (let waited = 0; !existsSync(entry) && waited < 20_000; waited += 50) await new Promise((resume) => setTimeout(resume, 50));
      expect(existsSync(entry)).toBe(true);
      expect(await feed.finish()).toBe(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('searchable pages are spread evenly through the render order, or through its first part, both lists keeping their order', () => {
    expect(interleave<string | number>(['a', 'b'], [1, 2, 3, 4, 5, 6, 7, 8], 0.5)).toEqual(['a', 1, 2, 'b', 3, 4, 5, 6, 7, 8]);
    // More of `a` than the share holds: `a` first, then `b`.
    expect(interleave<string | number>(['a', 'b', 'c'], [1], 0.5)).toEqual(['a', 'b', 'c', 1]);
    expect(interleave<string | number>(['a', 'b'], [1, 2, 3, 4, 5, 6])).toEqual(['a', 1, 2, 3, 'b', 4, 5, 6]);
    expect(interleave<string | number>([], [1, 2])).toEqual([1, 2]);
    expect(interleave<string | number>(['a', 'b'], [])).toEqual(['a', 'b']);
    expect(interleave<string | number>(['a', 'b', 'c'], [1, 2, 3])).toEqual(['a', 1, 'b', 2, 'c', 3]);
  });

  test('elements Pagefind would ignore are left out of what it is sent, nested ones and all', () => {
    const html = [
      '<main data-pagefind-body><h1>Title</h1>',
      '<div class="code-block" data-pagefind-ignore><div><pre>curl</pre></div><div>more</div></div>',
      '<p>kept</p>',
      '<section class="table-scroll" data-pagefind-ignore=""><section><table><tr><td>1</td></tr></table></section></section>',
      '<section class="table-scroll"><table><tr><td>spec</td></tr></table></section>',
      '<img src="/a.png" alt="" data-pagefind-ignore><hr data-pagefind-ignore="all"/>',
      '<div data-pagefind-ignored-by-no-one>also kept</div></main>',
    ].join('');
    expect(withoutIgnoredElements(html)).toBe(
      '<main data-pagefind-body><h1>Title</h1><p>kept</p><section class="table-scroll"><table><tr><td>spec</td></tr></table></section><div data-pagefind-ignored-by-no-one>also kept</div></main>',
    );
    // An element that never closes: the page goes to Pagefind whole rather than cut short.
    const unbalanced = '<main><div data-pagefind-ignore><div>open</div><p>text</p></main>';
    expect(withoutIgnoredElements(unbalanced)).toBe(unbalanced);
    expect(withoutIgnoredElements('<p>nothing marked</p>')).toBe('<p>nothing marked</p>');
  });

  test('prerender request URLs map back to page paths', () => {
    expect(renderedPath('http://localhost/zh-HK/models/minimax/m2.5.html')).toBe('/zh-HK/models/minimax/m2.5');
    expect(renderedPath('http://localhost/index.html')).toBe('/');
    expect(renderedPath('http://localhost/en/models/compare.md')).toBe('/en/models/compare.md');
  });
});
