import { describe, expect, test } from 'vitest';
import { loadCatalog, parseContentFile } from '../../src/lib/content/load';
import { ContentError, type ContentProblem } from '../../src/lib/content/errors';
import { badInputCases, expectedLine } from '../bad-input-cases';
import { localeCodes } from '../../src/config/locales';

describe('the real content', () => {
  const catalog = loadCatalog('content');
  const minimax = catalog.families.find((f) => f.slug === 'minimax');

  test('has the MiniMax family with its seven variants in order', () => {
    expect(minimax?.variants.map((v) => v.slug)).toEqual(['m2', 'm2.1', 'm2.5', 'm2.5-highspeed', 'm2.7', 'm2.7-highspeed', 'm3']);
    expect(minimax?.variants.map((v) => v.sdkModelId)).toEqual([
      'MiniMax-M2', 'MiniMax-M2.1', 'MiniMax-M2.5', 'MiniMax-M2.5-highspeed', 'MiniMax-M2.7', 'MiniMax-M2.7-highspeed', 'MiniMax-M3',
    ]);
  });

  test('every family and variant has words in every locale', () => {
    for (const locale of localeCodes) {
      expect(minimax?.words[locale].summary.length).toBeGreaterThan(10);
      for (const variant of minimax?.variants ?? []) expect(variant.words[locale].body.length).toBeGreaterThan(40);
    }
  });

  test('keeps the more specific price where sources conflict, and records the conflict', () => {
    const m2 = minimax?.variants.find((v) => v.slug === 'm2');
    expect(m2?.pricing).toMatchObject({ inputPerMillion: 0.15, outputPerMillion: 0.6, conflicts: [{ flatPerThousand: 0.01 }] });
  });

  test('highspeed variants inherit the scores of the weights they serve', () => {
    const fast = minimax?.variants.find((v) => v.slug === 'm2.7-highspeed');
    expect(fast?.benchmarks['swe-bench-pro']).toBe(56.2);
  });

  test('variants take family facts they do not override, and merge architecture', () => {
    const m3 = minimax?.variants.find((v) => v.slug === 'm3');
    expect(m3?.endpoints.map((e) => e.protocol)).toEqual(['openai-chat-completions', 'openai-responses', 'anthropic-messages']);
    expect(m3?.architecture).toMatchObject({ experts: 256, attention: 'sparse' });
  });
});

describe('the valid fixture', () => {
  test('loads', () => {
    const catalog = loadCatalog('tests/fixtures/valid');
    expect(catalog.families[0]?.variants.map((v) => v.slug)).toEqual(['a1', 'a2']);
  });
});

describe('bad input', () => {
  for (const c of badInputCases) {
    test(`${c.name}: names ${c.file}${c.field ? ` › ${c.field}` : ''}`, () => {
      const dir = `tests/fixtures/invalid/${c.name}`;
      let problems: readonly ContentProblem[] = [];
      try {
        loadCatalog(dir);
      } catch (error) {
        expect(error).toBeInstanceOf(ContentError);
        problems = (error as ContentError).problems;
        expect((error as Error).message).toMatch(expectedLine(dir, c));
      }
      expect(problems.length, 'the fixture must fail').toBeGreaterThan(0);
      expect(problems.some((p) => p.file === `${dir}/${c.file}` && p.field === c.field && c.message.test(p.message))).toBe(true);
    });
  }
});

describe('parseContentFile', () => {
  test('reads YAML 1.2: yes and dates stay strings', () => {
    const problems: ContentProblem[] = [];
    const parsed = parseContentFile('x.md', '---\na: yes\nb: 2026-01-01\n---\nBody', problems);
    expect(problems).toEqual([]);
    expect(parsed?.data).toEqual({ a: 'yes', b: '2026-01-01' });
    expect(parsed?.body).toBe('Body');
  });

  test('refuses duplicate keys and missing frontmatter', () => {
    const problems: ContentProblem[] = [];
    parseContentFile('dup.md', '---\na: 1\na: 2\n---\n', problems);
    parseContentFile('none.md', 'just text', problems);
    expect(problems.map((p) => p.file)).toEqual(['dup.md', 'none.md']);
    expect(problems[0]?.message).toMatch(/malformed YAML frontmatter.*unique/i);
  });
});
