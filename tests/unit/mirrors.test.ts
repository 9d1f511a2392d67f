import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeMirrors } from '../../src/integrations/mirrors';
import { loadCatalog } from '../../src/lib/content/load';
import { buildMirror } from '../../src/lib/mirror';
import { listPages } from '../../src/lib/routes';

const catalog = loadCatalog('content');
const mirrored = listPages(catalog).filter((p) => p.mirrorPath);

describe('writing the mirrors', () => {
  test('writes exactly the page list\'s mirrors, each the text its route renders in the dev server', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'catalog-md-'));
    try {
      expect(await writeMirrors(catalog, pathToFileURL(`${dir}/`))).toBe(mirrored.length);
      const written = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).map((f) => `/${f.split(path.sep).join('/')}`).sort();
      expect(written).toEqual(mirrored.map((p) => p.mirrorPath).sort());
      for (const page of mirrored) expect(readFileSync(path.join(dir, page.mirrorPath ?? ''), 'utf8'), page.path).toBe(buildMirror(page, catalog));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a failure names the page', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'catalog-md-'));
    try {
      // A file where the zh-HK folder should go.
      mkdirSync(path.join(dir, 'en'));
      writeFileSync(path.join(dir, 'zh-HK'), '');
      await expect(writeMirrors(catalog, pathToFileURL(`${dir}/`))).rejects.toThrow(/the mirror of \/zh-HK\/models \(\/zh-HK\/models\.md\) could not be written/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
