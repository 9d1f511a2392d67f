/**
 * Page/mirror parity over the whole build: every HTML page with a Markdown
 * mirror says the same things in the same order — the same headings, the same
 * tables (caption, header cells, row count) and the same code samples. Both
 * are rendered from one list of blocks (src/lib/view/documents.ts); this fails
 * when a section reaches one rendering only.
 */
import { describe, expect, test } from 'vitest';
import { read } from './built-site';
import { builtMirrors, expectMirrorParity } from './outline';
import { site } from '../../src/config/site';

const mirrors = builtMirrors();

describe('every page and its mirror show the same sections', () => {
  test('the build has mirrors to compare', () => {
    expect(mirrors.length).toBeGreaterThan(20);
  });

  test.each(mirrors)('%s', (mirror) => expectMirrorParity(mirror));

  test('mirror links point at mirrors of this site, not at HTML pages', () => {
    for (const mirror of mirrors) {
      const links = [...read(mirror).matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((m) => m[1]!).filter((url) => url.startsWith(site.siteUrl));
      for (const url of links) expect(url, mirror).toMatch(/\.md$/);
    }
  });
});
