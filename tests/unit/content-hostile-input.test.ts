/**
 * Input that used to crash or stall the loader, or pass silently wrong (issue #14 §2): each case is the valid
 * fixture with one edit, loaded by `loadCatalog`, which must name the file, the field and the limit or rule.
 * A few of these also run as real builds (tests/bad-input-cases.ts); the rest are here, where they take milliseconds.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadCatalog } from '../../src/lib/content/load';
import { ContentError } from '../../src/lib/content/errors';
import { relative } from '../../src/lib/content/read';
import { maxRatePerMillion, priceRuleSchema } from '../../src/lib/content/schema';
import { formatUsd } from '../../src/lib/format';
import { perTokenString } from '../../src/lib/json-catalog';
import { jsonPriceRuleSchema } from '../../src/lib/json-catalog-schema';

const scratch = mkdtempSync(path.join(tmpdir(), 'catalog-hostile-input-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let trees = 0;
/** A copy of the valid fixture, changed by `edit` (which gets the copy's root). */
function treeFrom(edit: (root: string) => void): string {
  const root = path.join(scratch, `tree-${++trees}`);
  cpSync('tests/fixtures/valid', root, { recursive: true });
  edit(root);
  return root;
}

/** Replaces `from` with `to` in one file of a tree; the text must be there. */
function replaceIn(root: string, file: string, from: string | RegExp, to: string): void {
  const absolute = path.join(root, file);
  const text = readFileSync(absolute, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`"${String(from)}" not found in ${file}`);
  writeFileSync(absolute, changed);
}

/** The problems of loading `root`, each as `file › field: message` with the file relative to the tree. */
function problemsOf(root: string): string[] {
  try {
    loadCatalog(root);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems.map((p) => `${p.file.replace(`${relative(root)}/`, '')}${p.field ? ` › ${p.field}` : ''}: ${p.message}`);
  }
  return [];
}

const a1 = 'models/acme/a1/en.md';
const body = (root: string, file: string, text: string) => replaceIn(root, file, /\n---\n[\s\S]*$/, `\n---\n${text}\n`);

describe('body size and nesting, checked before marked sees the body', () => {
  test('5 KB of nested block quotes is refused with the line and the limit, not a stack overflow', () => {
    const root = treeFrom((r) => body(r, a1, `Intro.\n\n${'>'.repeat(5000)} deep`));
    expect(problemsOf(root)).toEqual([`${a1} › body: block quotes and lists nest 5000 deep at line 3 of the body; the limit is 8 levels`]);
  });

  test('a list nested 1,200 levels deep is refused at once: by its size when indented, by its nesting on one line', () => {
    const indented = Array.from({ length: 1200 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
    const started = performance.now();
    expect(problemsOf(treeFrom((r) => body(r, a1, indented)))).toEqual([
      `${a1} › body: the body is 1,453,292 bytes; the limit is 65,536 (64 KB): a page's overview is a few paragraphs`,
    ]);
    expect(problemsOf(treeFrom((r) => body(r, a1, `${'- '.repeat(1200)}deep`)))).toEqual([
      `${a1} › body: block quotes and lists nest 1200 deep at line 1 of the body; the limit is 8 levels`,
    ]);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  test('quotes and lists mixed on one line count together; eight levels pass', () => {
    const eight = '> - > - > - > - eight';
    expect(problemsOf(treeFrom((r) => body(r, a1, eight)))).toEqual([]);
    expect(problemsOf(treeFrom((r) => body(r, a1, `${eight}\n\n> - > - > - > - > nine`)))).toEqual([
      `${a1} › body: block quotes and lists nest 9 deep at line 3 of the body; the limit is 8 levels`,
    ]);
  });

  test('a lazy line does not close the items around it: the count goes on from them', () => {
    // Lazy continuation lines keep each item open in CommonMark, so the nesting still grows.
    const lazy = Array.from({ length: 10 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}\nlazy`).join('\n');
    expect(problemsOf(treeFrom((r) => body(r, a1, lazy)))).toEqual([
      `${a1} › body: block quotes and lists nest 10 deep at line 19 of the body; the limit is 8 levels`,
    ]);
  });

  test('a paragraph dense with emphasis markers is refused before marked pairs them up (32,500 "_a" took 38 s)', () => {
    const root = treeFrom((r) => body(r, a1, `Intro.\n\n${'_a'.repeat(20_000)}`));
    const started = performance.now();
    expect(problemsOf(root)).toEqual([
      `${a1} › body: the paragraph at line 3 of the body has 20,000 emphasis markers and brackets (* _ [ ]); the limit is 256 a paragraph`,
    ]);
    expect(performance.now() - started).toBeLessThan(2000);
    // A run of stars around one letter overflowed marked's stack; fenced code is not counted.
    const stars = treeFrom((r) => body(r, a1, `${'*'.repeat(3000)}a${'*'.repeat(3000)}`));
    expect(problemsOf(stars)).toEqual([
      `${a1} › body: the paragraph at line 1 of the body has 6,000 emphasis markers and brackets (* _ [ ]); the limit is 256 a paragraph`,
    ]);
    expect(problemsOf(treeFrom((r) => body(r, a1, `Code:\n\n\`\`\`text\n${'*_'.repeat(500)}\n\`\`\`\n\nDone.`)))).toEqual([]);
  });

  test('a body over 64 KB is refused with its size and the limit', () => {
    const root = treeFrom((r) => body(r, a1, 'Words and more words. '.repeat(3000)));
    expect(problemsOf(root)).toEqual([`${a1} › body: the body is 65,999 bytes; the limit is 65,536 (64 KB): a page's overview is a few paragraphs`]);
  });
});

describe('control characters, bidirectional controls and invisible text', () => {
  test.each([
    ['NUL', '\\0', 'U+0000'],
    ['BEL', '\\a', 'U+0007'],
    ['carriage return', '\\r', 'U+000D'],
    ['escape', '\\e', 'U+001B'],
    ['DEL', '\\x7F', 'U+007F'],
    ['a C1 control', '\\x85', 'U+0085'],
  ])('%s in a nested frontmatter string is refused with its field path', (_name, escape, code) => {
    const root = treeFrom((r) => replaceIn(r, a1, 'answer: "To be tested."', `answer: "To be${escape} tested."`));
    expect(problemsOf(root)).toEqual([
      `${a1} › faq[0].answer: contains the control character ${code} at character 6; text holds printable characters, tabs and line breaks only`,
    ]);
  });

  test('in a fact, a key and the body too; a tab is fine', () => {
    const root = treeFrom((r) => {
      replaceIn(r, a1, 'source: "test"\n    checked', 'source: "te\\u0001st"\n    checked');
      replaceIn(r, 'models/acme/a1/zh-TW.md', 'summary:', '"bad\\u0002key": "x"\nsummary:');
      body(r, 'models/acme/a1/zh-HK.md', 'Tab\there, bell \u0007 there.');
    });
    expect(problemsOf(root)).toEqual([
      `${a1} › offers[0].source: contains the control character U+0001 at character 3; text holds printable characters, tabs and line breaks only`,
      'models/acme/a1/zh-TW.md › "bad\\u0002key": contains the control character U+0002 at character 4; text holds printable characters, tabs and line breaks only',
      'models/acme/a1/zh-TW.md › "bad\\u0002key": unknown key "bad\\u0002key": check the spelling against the field reference in README.md',
      'models/acme/a1/zh-HK.md › body: contains the control character U+0007 at character 16; text holds printable characters, tabs and line breaks only',
    ]);
  });

  test.each([
    ['U+202E', '\\u202E'],
    ['U+2066', '\\u2066'],
    ['U+2069', '\\u2069'],
    ['U+202A', '\\u202A'],
  ])('the bidirectional control %s is refused', (code, escape) => {
    const root = treeFrom((r) => replaceIn(r, a1, 'summary: "The a1 test variant."', `summary: "The a1 ${escape}test variant."`));
    expect(problemsOf(root)).toEqual([
      `${a1} › summary: contains the bidirectional control ${code} at character 8, which reorders the text around it on screen; remove it`,
    ]);
  });

  test.each([
    ['zero-width spaces', '\\u200B\\u200B'],
    ['joiners and a word joiner', '\\u200C\\u200D\\u2060'],
    ['a byte-order mark and spaces', ' \\uFEFF '],
    ['a soft hyphen', '\\u00AD'],
  ])('a name of only %s is empty', (_name, escape) => {
    const root = treeFrom((r) => replaceIn(r, 'providers/acme-api/en.md', 'name: "Acme Cloud"', `name: "${escape}"`));
    expect(problemsOf(root)[0]).toMatch(/^providers\/acme-api\/en\.md › name: name cannot be empty/);
  });

  test('a title of invisible characters is empty; one with a joiner between letters is not', () => {
    const root = treeFrom((r) => {
      replaceIn(r, 'models/acme/zh-TW.md', /title: ".*"/, 'title: "\\u200B"');
      replaceIn(r, 'models/acme/zh-HK.md', /title: ".*"/, 'title: "A\\u200DB"');
    });
    expect(problemsOf(root)).toEqual([
      'models/acme/zh-TW.md › title: title cannot be empty: it holds only invisible characters (zero-width spaces, joiners, whitespace)',
    ]);
  });
});

describe('slugs and the URL set', () => {
  /** The valid tree with variant a2's folder renamed to `slug` (and variantOrder following). */
  const renamed = (slug: string) =>
    treeFrom((r) => {
      renameSync(path.join(r, 'models/acme/a2'), path.join(r, `models/acme/${slug}`));
      replaceIn(r, 'models/acme/en.md', '"a2"]', `"${slug}"]`);
    });

  test.each([
    ['a2.md', 'may not end in a file suffix such as .md or .html'],
    ['a2.html', 'may not end in a file suffix such as .md or .html'],
    ['a1-vs-a2', 'may not contain "-vs-"'],
    ['A2', 'lower-case letters, digits, dots and hyphens'],
  ])('a variant folder %s is refused', (slug, reason) => {
    const problems = problemsOf(renamed(slug));
    expect(problems[0]).toBe(`models/acme/${slug}: ${problemSentence(reason)}`);
  });

  test('a family folder compare.md or ACME is refused', () => {
    for (const name of ['compare.md', 'ACME']) {
      const root = treeFrom((r) => renameSync(path.join(r, 'models/acme'), path.join(r, `models/${name}`)));
      expect(problemsOf(root)[0]).toMatch(new RegExp(`^models/${name.replace('.', '\\.')}: a family folder is its URL slug`));
    }
  });

  test('pair pages that share a URL are refused after assembly, naming the content files of both', () => {
    // "x-vs" + "y" and "x" + "vs-y" both make …/compare/x-vs-vs-y; no folder name alone is wrong.
    const root = treeFrom((r) => {
      const variantText = readFileSync(path.join(r, 'models/acme/a1/en.md'), 'utf8');
      for (const [i, slug] of ['x', 'x-vs', 'y', 'vs-y'].entries()) {
        cpSync(path.join(r, 'models/acme/a1'), path.join(r, `models/acme/${slug}`), { recursive: true });
        writeFileSync(path.join(r, `models/acme/${slug}/en.md`), variantText.replaceAll('Acme-A1', `Acme-${i}`));
      }
      rmSync(path.join(r, 'models/acme/a1'), { recursive: true });
      rmSync(path.join(r, 'models/acme/a2'), { recursive: true });
      replaceIn(r, 'models/acme/en.md', 'variantOrder: ["a1", "a2"]', 'variantOrder: ["x", "x-vs", "y", "vs-y"]');
    });
    const problems = problemsOf(root);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toBe(
      'models/acme/x-vs/en.md: the en pair page of x-vs and y (acme) (/en/models/acme/compare/x-vs-vs-y) would be written where the en pair page of x and vs-y (acme) (/en/models/acme/compare/x-vs-vs-y) is: rename a folder so each has its own URL (files involved: ' +
        ['x-vs', 'y', 'x', 'vs-y'].map((s) => `${relative(root)}/models/acme/${s}/en.md`).join(', ') +
        ')',
    );
  });
});

/** The sentence slugProblem gives a variant folder for `reason`. */
function problemSentence(reason: string): string {
  if (reason.startsWith('lower-case'))
    return 'a variant folder is its URL slug: lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit';
  if (reason.startsWith('may not end'))
    return 'a variant folder is its URL slug, and may not end in a file suffix such as .md or .html (the site writes files with those names beside its pages)';
  return 'a variant folder is its URL slug, and may not contain "-vs-", which joins two variant slugs into a comparison page\'s URL';
}

describe('lists, ids and references', () => {
  test('variantOrder listing a slug twice is refused with the slug', () => {
    const root = treeFrom((r) => replaceIn(r, 'models/acme/en.md', '["a1", "a2"]', '["a1", "a2", "a1"]'));
    expect(problemsOf(root)).toEqual(['models/acme/en.md › variantOrder[2]: "a1" is listed twice; list each variant once']);
  });

  test('an id repeated inside the en file is refused: FAQ, use cases, terms, request parameters', () => {
    const root = treeFrom((r) => {
      replaceIn(r, a1, 'faq:\n', 'faq:\n  - id: "why"\n    question: "Again?"\n    answer: "Again."\n');
      replaceIn(r, a1, 'useCases:\n', 'useCases:\n  - id: "testing"\n    title: "Again"\n    description: "Again."\n');
      replaceIn(r, 'providers/acme-api/en.md', 'terms:\n', 'terms:\n  - id: "refunds"\n    text: "Again."\n');
      replaceIn(r, 'models/acme/en.md', '  extraRoles', '    - { name: "model", type: ["string"], required: false }\n  extraRoles');
    });
    expect(problemsOf(root)).toEqual([
      'providers/acme-api/en.md › terms: duplicate id "refunds"',
      'models/acme/en.md › api.requestParameters: duplicate id "model"',
      `${a1} › faq: duplicate id "why"`,
      `${a1} › useCases: duplicate id "testing"`,
      // The translations answer the id once, which is all the en file can mean.
    ]);
  });

  test('a sharesWeightsWith cycle is refused, naming the cycle: a → b → a and a → b → c → a', () => {
    const two = treeFrom((r) => {
      replaceIn(r, a1, 'status: "active"', 'status: "active"\nsharesWeightsWith: "a2"');
      replaceIn(r, 'models/acme/a2/en.md', 'status: "active"', 'status: "active"\nsharesWeightsWith: "a1"');
    });
    expect(problemsOf(two)).toEqual([
      `${a1} › sharesWeightsWith: sharesWeightsWith goes round in a cycle: a1 → a2 → a1; one variant of them states its own weights and names none`,
    ]);
    const three = treeFrom((r) => {
      cpSync(path.join(r, 'models/acme/a2'), path.join(r, 'models/acme/a3'), { recursive: true });
      replaceIn(r, 'models/acme/a3/en.md', /Acme-A2/g, 'Acme-A3');
      replaceIn(r, 'models/acme/en.md', '["a1", "a2"]', '["a1", "a2", "a3"]');
      replaceIn(r, a1, 'status: "active"', 'status: "active"\nsharesWeightsWith: "a2"');
      replaceIn(r, 'models/acme/a2/en.md', 'status: "active"', 'status: "active"\nsharesWeightsWith: "a3"');
      replaceIn(r, 'models/acme/a3/en.md', 'status: "active"', 'status: "active"\nsharesWeightsWith: "a1"');
    });
    expect(problemsOf(three)).toEqual([
      `${a1} › sharesWeightsWith: sharesWeightsWith goes round in a cycle: a1 → a2 → a3 → a1; one variant of them states its own weights and names none`,
    ]);
  });

  test('a chain that ends in a variant with its own weights is fine', () => {
    const root = treeFrom((r) => replaceIn(r, 'models/acme/a2/en.md', 'status: "active"', 'status: "active"\nsharesWeightsWith: "a1"'));
    expect(problemsOf(root)).toEqual([]);
  });

  test('when no provider validated, the basis message says so rather than ending in nothing', () => {
    const root = treeFrom((r) => replaceIn(r, 'providers/acme-api/en.md', 'kind: "maker"', 'kind: "shop"'));
    expect(problemsOf(root)).toContain(
      'models/acme/en.md › makerApi: "acme-api" names no provider: expected one of (no provider validated: fix the provider files\' problems first)',
    );
  });
});

describe('YAML and the file system', () => {
  test('an alias bomb is refused with the file named', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
      ...['b', 'c', 'd', 'e'].map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcd'[i]}`).join(', ')}]`),
    ].join('\n');
    const root = treeFrom((r) => replaceIn(r, a1, '---\n', `---\n${bomb}\n`));
    expect(problemsOf(root)).toEqual([
      `${a1}: the frontmatter's YAML could not be read: Excessive alias count indicates a resource exhaustion attack; content needs no anchors or aliases (& and *)`,
    ]);
  });

  test.each([
    ['!foo', 'summary: !foo "The a1 test variant."', 'YAML tag !foo at line'],
    ['!!js/function', 'summary: !!js/function "function () {}"', 'YAML tag !!js/function at line'],
    ['!!binary', 'summary: !!binary "aGk="', 'YAML tag !!binary at line'],
  ])('the unknown tag %s is refused, not dropped', (_tag, line, message) => {
    const root = treeFrom((r) => replaceIn(r, a1, 'summary: "The a1 test variant."', line));
    expect(problemsOf(root)).toEqual([`${a1}: ${message} 22 is not allowed: frontmatter holds plain text, numbers, lists and mappings; remove the tag`]);
  });

  test('a leading byte-order mark is dropped and CRLF line ends read as LF', () => {
    const root = treeFrom((r) => {
      replaceIn(r, a1, /^/, '\uFEFF');
      const zh = path.join(r, 'models/acme/a1/zh-TW.md');
      writeFileSync(zh, readFileSync(zh, 'utf8').replace(/\n/g, '\r\n'));
    });
    const catalog = loadCatalog(root);
    const variant = catalog.families[0]?.variants[0];
    expect(variant?.modelId).toBe('Acme-A1');
    expect(variant?.words['zh-TW'].body).not.toContain('\r');
  });

  test('an empty frontmatter says so and lists the fields expected', () => {
    const root = treeFrom((r) => writeFileSync(path.join(r, 'models/acme/a2/zh-HK.md'), '---\n---\nWords.\n'));
    expect(problemsOf(root)).toEqual(['models/acme/a2/zh-HK.md: the frontmatter is empty: expected summary, useCases (see the field reference in README.md)']);
  });

  test('a symbolic link to a file or a folder is refused, naming it', () => {
    const outside = path.join(scratch, 'outside');
    mkdirSync(outside, { recursive: true });
    writeFileSync(path.join(outside, 'secret.md'), readFileSync('tests/fixtures/valid/models/acme/a1/zh-HK.md'));
    const root = treeFrom((r) => {
      rmSync(path.join(r, 'models/acme/a1/zh-HK.md'));
      symlinkSync(path.join(outside, 'secret.md'), path.join(r, 'models/acme/a1/zh-HK.md'));
      cpSync(path.join(r, 'providers/acme-api'), path.join(outside, 'provider'), { recursive: true });
      symlinkSync(path.join(outside, 'provider'), path.join(r, 'providers/linked'));
    });
    const problems = problemsOf(root);
    const linkMessage = 'a symbolic link: content files and folders must be real files and folders inside content/, not links to elsewhere';
    expect(problems).toContain(`providers/linked: ${linkMessage}`);
    expect(problems).toContain(`models/acme/a1/zh-HK.md: ${linkMessage}`);
  });
});

describe('numbers: what is plausible is bounded, and what is accepted formats exactly', () => {
  test.each([
    [
      'a rate with seven decimals',
      'input: 0.5',
      'input: 0.0000001',
      'offers[0].price.input: input has more than 6 decimal places; rates are written to at most a millionth of a dollar per 1M tokens',
    ],
    [
      'a rate above the bound',
      'output: 1.5',
      'output: 10000.5',
      'offers[0].price.output: output above US$10,000 per 1M tokens is not a plausible price; check the unit',
    ],
    [
      'a context window above the bound',
      'contextWindow: 131072',
      'contextWindow: 100000001',
      'contextWindow: contextWindow above 100,000,000 tokens is not plausible; check the figure',
    ],
    [
      'a fractional output limit',
      'maxOutputTokens: 32768',
      'maxOutputTokens: 1.5',
      'maxOutputTokens: maxOutputTokens must be a whole number of tokens (got number 1.5)',
    ],
    [
      'a tier threshold above the bound',
      '      source: "test"\n      checked',
      '      tiers:\n        - { above: 200000000, input: 1, output: 2 }\n      source: "test"\n      checked',
      'offers[0].price.tiers[0].above: above 100,000,000 prompt tokens is not plausible; check the figure',
    ],
    [
      'a speed with two decimals',
      '    source: "test"\n    checked',
      '    outputSpeed: { tokensPerSecond: 60.25, source: "test" }\n    source: "test"\n    checked',
      'offers[0].outputSpeed.tokensPerSecond: tokensPerSecond has more than one decimal place; pages print speeds to a tenth of a token per second',
    ],
    [
      'a speed above the bound',
      '    source: "test"\n    checked',
      '    outputSpeed: { tokensPerSecond: 200000, source: "test" }\n    source: "test"\n    checked',
      'offers[0].outputSpeed.tokensPerSecond: tokensPerSecond above 100,000 is not plausible; check the figure',
    ],
    [
      'a score above 100',
      'factsSource: "test"',
      'factsSource: "test"\nbenchmarks:\n  swe-bench-verified: { score: 100.5, source: "test" }',
      'benchmarks.swe-bench-verified.score: a score is a percentage from 0 to 100',
    ],
    [
      'a parameter count with two decimals',
      'factsSource: "test"',
      'factsSource: "test"\narchitecture: { totalParametersB: 0.25 }',
      'architecture.totalParametersB: totalParametersB has more than one decimal place; pages print parameter counts to a tenth of a billion',
    ],
    [
      'a parameter count in units, not billions',
      'factsSource: "test"',
      'factsSource: "test"\narchitecture: { totalParametersB: 230000000000 }',
      'architecture.totalParametersB: totalParametersB above 1,000,000 billion is not plausible; the figure is in billions',
    ],
  ])('%s is refused with the bound', (_name, from, to, message) => {
    const root = treeFrom((r) => replaceIn(r, a1, from, to));
    expect(problemsOf(root)).toEqual([`${a1} › ${message}`]);
  });

  // The extremes a rate may take, with the price each must print as in English.
  const extremes: [number, string][] = [
    [0, '$0.00'],
    [0.000001, '$0.000001'],
    [0.123456, '$0.123456'],
    [1.000001, '$1.000001'],
    [9999.999999, '$9,999.999999'],
    [maxRatePerMillion, '$10,000.00'],
  ];

  test.each(extremes)('the accepted rate %d prints in full (%s) and as a plain per-token decimal the JSON Schema accepts', (rate, printed) => {
    expect(priceRuleSchema.safeParse({ type: 'rate', input: rate, output: rate, source: 's', checked: '2026-01-01' }).success).toBe(true);
    expect(formatUsd(rate, 'en')).toBe(printed);
    const perToken = perTokenString(rate);
    expect(perToken).toMatch(/^\d+(\.\d+)?$/);
    // Exact: the per-token string moved back six places is the rate itself.
    expect(Number(perToken) * 1e6).toBeCloseTo(rate, 9);
    expect(jsonPriceRuleSchema.safeParse({ type: 'rate', prompt: perToken, completion: perToken, source: 's', checked: '2026-01-01' }).success).toBe(true);
  });

  test('one step past each extreme is refused', () => {
    for (const rate of [-0.000001, 0.0000005, 10000.000001, 1e21]) {
      expect(priceRuleSchema.safeParse({ type: 'rate', input: rate, output: 1, source: 's', checked: '2026-01-01' }).success, String(rate)).toBe(false);
    }
  });
});
