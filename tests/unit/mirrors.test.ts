import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { localeCodes } from '../../src/config/locales';
import { MirrorWriter } from '../../src/integrations/mirrors';
import { loadCatalog } from '../../src/lib/content/load';
import { buildLlmsFullTxt } from '../../src/lib/llms';
import { buildMirror } from '../../src/lib/mirror';
import { listPages, llmsFullPath } from '../../src/lib/routes';

const catalog = loadCatalog('content');
const pages = listPages(catalog);
const mirrored = pages.filter((p) => p.mirrorPath);

/** A temporary output folder, removed after `use`. */
async function inTempDir(use: (dir: string) => Promise<void>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'catalog-md-'));
  try {
    await use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('writing the mirrors on a worker thread', () => {
  test("writes exactly the page list's mirrors, each the text its route renders in the dev server, and llms-full.txt from them", () =>
    inTempDir(async (dir) => {
      const writer = new MirrorWriter(catalog, pathToFileURL(`${dir}/`));
      // In reverse, as a render may finish pages in any order; pages without a mirror are passed over.
      for (const page of [...pages].reverse()) writer.pageRendered(page.path);
      expect(await writer.finish()).toBe(mirrored.length);
      const written = (readdirSync(dir, { recursive: true }) as string[])
        .filter((f) => f.endsWith('.md'))
        .map((f) => `/${f.split(path.sep).join('/')}`)
        .sort();
      expect(written).toEqual(mirrored.map((p) => p.mirrorPath).sort());
      for (const page of mirrored) expect(readFileSync(path.join(dir, page.mirrorPath ?? ''), 'utf8'), page.path).toBe(buildMirror(page, catalog));
      for (const locale of localeCodes) expect(readFileSync(path.join(dir, llmsFullPath(locale)), 'utf8'), locale).toBe(buildLlmsFullTxt(catalog, locale));
    }));

  test('a page never rendered fails the build, named', () =>
    inTempDir(async (dir) => {
      const writer = new MirrorWriter(catalog, pathToFileURL(`${dir}/`));
      for (const page of pages.filter((p) => p.path !== '/zh-TW/models/minimax')) writer.pageRendered(page.path);
      await expect(writer.finish()).rejects.toThrow(/1 mirror\(s\) were never written, as their pages never rendered; the first: \/zh-TW\/models\/minimax$/);
    }));

  test('a failed write names the page', () =>
    inTempDir(async (dir) => {
      // A file where the zh-HK folder should go.
      mkdirSync(path.join(dir, 'en'));
      writeFileSync(path.join(dir, 'zh-HK'), '');
      const writer = new MirrorWriter(catalog, pathToFileURL(`${dir}/`));
      for (const page of pages) writer.pageRendered(page.path);
      await expect(writer.finish()).rejects.toThrow(/the mirror of \/zh-HK\/models \(\/zh-HK\/models\.md\) could not be written/);
    }));
});
