/**
 * Whole-site gates over dist/: every internal link and asset resolves, HTML
 * validates, and nothing a reader or agent sees leaks a placeholder.
 */
import { describe, expect, test } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { htmlReferences, markdownReferences, read, resolves, siteFiles, visibleText } from './built-site';

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
  // html-validate's recommended rules, less those that disagree with deliberate output:
  // Shiki colours tokens with inline styles; Astro writes void elements without a slash.
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      'no-inline-style': 'off',
      'void-style': 'off',
      'long-title': 'off',
      'attribute-boolean-style': 'off',
      'no-trailing-whitespace': 'off',
    },
  });

  test('every page validates with zero errors', async () => {
    const failures: string[] = [];
    for (const file of htmlFiles) {
      const report = await validator.validateString(read(file), file);
      for (const result of report.results) {
        for (const message of result.messages) failures.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
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
