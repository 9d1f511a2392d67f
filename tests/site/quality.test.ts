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
import { htmlProblems, htmlReferences, htmlValidator, markdownReferences, read, resolves, siteFiles, visibleText } from './built-site';

const files = siteFiles();
const htmlFiles = files.filter((f) => f.endsWith('.html'));
const textFiles = files.filter((f) => /\.(md|txt)$/.test(f));

test('the build has HTML pages and mirrors to check', () => {
  expect(htmlFiles.length).toBeGreaterThan(90);
  expect(textFiles.length).toBeGreaterThan(90);
});

describe('links and assets', () => {
  test('every internal link and asset in every HTML page resolves', () => {
    const broken = htmlFiles.flatMap((file) => htmlReferences(read(file)).filter((ref) => !resolves(ref)).map((ref) => `${file} → ${ref}`));
    expect(broken).toEqual([]);
  });

  test('every internal link in every mirror and llms file resolves', () => {
    const broken = textFiles.flatMap((file) => markdownReferences(read(file)).filter((ref) => !resolves(ref)).map((ref) => `${file} → ${ref}`));
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
