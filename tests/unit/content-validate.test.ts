/** The loader's second step, per-file validation: each file against its schema, and the checks on its text. */
import { describe, expect, test } from 'vitest';
import { readContentTree, type ContentFile, type ContentFolder } from '../../src/lib/content/read';
import { blockNesting, completePage, densestParagraph, validateFile, validateFolder, validateTree, variantSchemas } from '../../src/lib/content/validate';
import type { ContentProblem } from '../../src/lib/content/errors';

/** The valid fixture as read; each call a fresh copy to edit. */
function readValid() {
  const tree = readContentTree('tests/fixtures/valid', []);
  if (!tree) throw new Error('the valid fixture has no models folder');
  return structuredClone(tree);
}
const variantFolder = (): ContentFolder => {
  const folder = readValid().families[0]?.variants[0];
  if (!folder) throw new Error('the valid fixture has no variant');
  return folder;
};
const fileOf = (folder: ContentFolder, locale: 'en' | 'zh-TW' | 'zh-HK'): ContentFile => {
  const file = folder.files.get(locale);
  if (!file) throw new Error(`no ${locale} file`);
  return file;
};

const asSource = { factKeys: variantSchemas.factKeys, translation: false, bodyRequired: true };
const asTranslation = { ...asSource, translation: true };

describe('validateFile', () => {
  test('returns the schema output of a valid file, defaults filled in, and reports nothing', () => {
    const problems: ContentProblem[] = [];
    const facts = validateFile(fileOf(variantFolder(), 'en'), variantSchemas.source, asSource, problems);
    expect(problems).toEqual([]);
    expect(facts).toMatchObject({ modelId: 'Acme-A1', conflicts: [], benchmarks: {}, offers: [{ history: [], price: { tiers: [] } }] });
  });

  test('names the file and the field of a schema problem; in a translation, a fact key is explained as a fact', () => {
    const folder = variantFolder();
    const en = fileOf(folder, 'en');
    en.data['contextWindow'] = 'large';
    const zh = fileOf(folder, 'zh-TW');
    zh.data['modelId'] = 'Acme-A1';
    const problems: ContentProblem[] = [];
    expect(validateFile(en, variantSchemas.source, asSource, problems)).toBeUndefined();
    expect(validateFile(zh, variantSchemas.translation, asTranslation, problems)).toBeUndefined();
    expect(problems).toEqual([
      { file: en.file, field: 'contextWindow', message: 'contextWindow must be a whole number of tokens, e.g. 204800 (got the text "large")' },
      {
        file: zh.file,
        field: 'modelId',
        message: '"modelId" is a fact: facts are typed once, in the en file, so every locale shows the same value; remove it here',
      },
    ]);
  });

  test("checks the words' prose and the body, not the facts: a price in a summary is refused, one in a source is not", () => {
    const en = fileOf(variantFolder(), 'en');
    en.data['summary'] = 'From $5 a month {{name}}.';
    en.data['factsSource'] = 'price page, $5 plan';
    const problems: ContentProblem[] = [];
    validateFile({ ...en, body: 'Hi <b>there</b> &amp; [x](javascript:alert(1))' }, variantSchemas.source, asSource, problems);
    expect(problems.map((p) => `${p.field}: ${p.message.split(/[;(:]/)[0]}`)).toEqual([
      'body: contains the HTML entity "&amp',
      'body: contains raw HTML at line 1 of the body ',
      'body: contains raw HTML at line 1 of the body ',
      'body: a link at line 1 of the body goes to "javascript',
      'summary: contains an unfilled template ',
      'summary: contains a price',
    ]);
  });

  test('a missing body is refused where the kind needs one', () => {
    const en = { ...fileOf(variantFolder(), 'en'), body: '' };
    const required: ContentProblem[] = [];
    validateFile(en, variantSchemas.source, asSource, required);
    expect(required.map((p) => p.field)).toEqual(['body']);
    const optional: ContentProblem[] = [];
    validateFile(en, variantSchemas.source, { ...asSource, bodyRequired: false }, optional);
    expect(optional).toEqual([]);
  });
});

describe('validateFolder and completePage', () => {
  test("keeps each locale's words, en's being its facts; the page has every locale's words with its body", () => {
    const validated = validateFolder(variantFolder(), variantSchemas, []);
    expect(validated.words.en).toBe(validated.source);
    const page = completePage(validated);
    expect(page?.file).toBe(fileOf(validated, 'en').file);
    expect(page?.words['zh-HK'].body).toBe(fileOf(validated, 'zh-HK').body);
    expect(page?.source.modelId).toBe('Acme-A1');
  });

  test('a folder without its en file validates nothing (its translations are reported as orphans by the rules)', () => {
    const folder = variantFolder();
    folder.files.delete('en');
    fileOf(folder, 'zh-TW').data['summary'] = 7;
    const problems: ContentProblem[] = [];
    const validated = validateFolder(folder, variantSchemas, problems);
    expect(problems).toEqual([]);
    expect(validated.words).toEqual({});
    expect(completePage(validated)).toBeUndefined();
  });

  test('a page is incomplete when a locale is missing or fails its schema, though the other files are kept', () => {
    const missing = variantFolder();
    missing.files.delete('zh-HK');
    expect(completePage(validateFolder(missing, variantSchemas, []))).toBeUndefined();
    const invalid = variantFolder();
    fileOf(invalid, 'zh-TW').data['summary'] = 7;
    const validated = validateFolder(invalid, variantSchemas, []);
    expect(Object.keys(validated.words)).toEqual(['en', 'zh-HK']);
    expect(completePage(validated)).toBeUndefined();
  });
});

describe('validateTree', () => {
  test('validates every folder with its kind’s schemas, keeping the tree’s shape', () => {
    const problems: ContentProblem[] = [];
    const tree = validateTree(readValid(), problems);
    expect(problems).toEqual([]);
    expect(tree.providers.map((p) => p.source?.name)).toEqual(['Acme Cloud']);
    expect(tree.families.map((f) => [f.source?.variantOrder, f.subfolders, f.variants.map((v) => v.source?.modelId)])).toEqual([
      [
        ['a1', 'a2'],
        ['a1', 'a2'],
        ['Acme-A1', 'Acme-A2'],
      ],
    ]);
  });
});

describe('blockNesting', () => {
  test('counts quotes and list items by their markers; an item stays open under its indented lines', () => {
    expect(blockNesting('Plain text.\n\nMore.')).toEqual({ depth: 0, line: 0 });
    expect(blockNesting('> quote\n> > deeper')).toEqual({ depth: 2, line: 2 });
    expect(blockNesting('- a\n  - b\n    - c\n- d')).toEqual({ depth: 3, line: 3 });
    expect(blockNesting('1. one\n   > quoted\n   > - item')).toEqual({ depth: 3, line: 3 });
    expect(blockNesting('- a\n\n  text of a\n\n  - b')).toEqual({ depth: 2, line: 5 });
    // Emphasis and numbers in prose are not markers.
    expect(blockNesting('*em* and **strong**\n2026 was a year.')).toEqual({ depth: 0, line: 0 });
  });
});

describe('densestParagraph', () => {
  test("counts * _ [ ] per paragraph, outside fenced code, and names the paragraph's first line", () => {
    expect(densestParagraph('One *two* [three](x).\n\nFour **five** _six_\nseven [a] [b].')).toEqual({ markers: 10, line: 3 });
    expect(densestParagraph('~~~\n***___\n~~~\nplain')).toEqual({ markers: 0, line: 0 });
  });
});
