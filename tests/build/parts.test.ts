/**
 * Builds a catalog large enough to be split (16 copies of the MiniMax family,
 * 112 variants) and checks the later parts of the index and the comparison as
 * the whole-site checks check the real site: valid HTML, every link resolving,
 * mirrors and sitemap entries present.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildEnv } from '../build-env';
import { localeCodes } from '../../src/config/locales';
import { site } from '../../src/config/site';
import { loadCatalog } from '../../src/lib/content/load';
import { catalogParts } from '../../src/lib/routes';
import { htmlProblems, htmlReferences, htmlValidator, markdownReferences, read, resolves } from '../site/built-site';
import { builtMirrors, expectMirrorParity } from '../site/outline';

const work = mkdtempSync(path.join(tmpdir(), 'catalog-parts-'));
const content = path.join(work, 'content');
const outDir = path.join(work, 'out');

/** Copies `from` to `to`, every file with "MiniMax" (and Cloudsway's "Minimax") renamed, so names and model IDs stay unique at every provider. */
function copyRenamed(from: string, to: string, name: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    const source = path.join(from, entry);
    if (statSync(source).isDirectory()) copyRenamed(source, path.join(to, entry), name);
    else writeFileSync(path.join(to, entry), readFileSync(source, 'utf8').replaceAll('MiniMax', name).replaceAll('MaaS_Minimax', `MaaS_${name}`));
  }
}

beforeAll(() => {
  copyRenamed('content/providers', path.join(content, 'providers'), 'MiniMax');
  for (let i = 1; i <= 16; i++)
    copyRenamed('content/models/minimax', path.join(content, 'models', `fam-${String(i).padStart(2, '0')}`), `Fam${String(i).padStart(2, '0')}`);
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: buildEnv({ CATALOG_CONTENT_DIR: content, CATALOG_OUT_DIR: outDir, NO_COLOR: '1' }),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`the split catalog did not build:\n${result.stdout}\n${result.stderr}`);
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a catalog split into parts, built', () => {
  const listings = localeCodes.flatMap((l) => [`/${l}/models`, `/${l}/models/page/2`, `/${l}/models/compare`, `/${l}/models/compare/page/2`]);

  test('it has two parts, the second holding the last families', () => {
    const parts = catalogParts(loadCatalog(content));
    expect(parts.map((p) => p.length)).toEqual([14, 2]);
    const second = read('/en/models/page/2.html', outDir);
    for (const family of parts[1]!) expect(second).toContain(`href="/en/models/${family.slug}"`);
    expect(second).not.toContain('href="/en/models/fam-01"');
    expect(second).toMatch(/<a href="\/en\/models\/page\/2" aria-current="page">Page 2: Fam15 to Fam16<\/a>/);
  });

  test('every part of both listings validates, in every locale', async () => {
    const validator = htmlValidator();
    const problems: string[] = [];
    for (const page of listings) problems.push(...(await htmlProblems(validator, `${page}.html`, outDir)));
    expect(problems).toEqual([]);
  });

  test('every link on them and in their mirrors resolves', () => {
    const broken = listings.flatMap((page) => [
      ...htmlReferences(read(`${page}.html`, outDir))
        .filter((ref) => !resolves(ref, outDir))
        .map((ref) => `${page} → ${ref}`),
      ...markdownReferences(read(`${page}.md`, outDir))
        .filter((ref) => !resolves(ref, outDir))
        .map((ref) => `${page}.md → ${ref}`),
    ]);
    expect(broken).toEqual([]);
  });

  test('the sitemap lists every part with its language versions', () => {
    const sitemap = readdirSync(outDir)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => read(`/${f}`, outDir))
      .join('');
    for (const page of listings) expect(sitemap).toContain(`<loc>${site.siteUrl}${page}</loc>`);
    expect(sitemap).toContain(`hreflang="zh-HK" href="${site.siteUrl}/zh-HK/models/compare/page/2"`);
  });
});

test('every page and its mirror show the same headings, tables and code samples', () => {
  const mirrors = builtMirrors(outDir);
  expect(mirrors.length).toBeGreaterThan(0);
  for (const mirror of mirrors) expectMirrorParity(mirror, outDir);
});
