/**
 * The loader's third step, the rules beyond a file's schema, run on validated trees edited in memory:
 * each rule reports its problem with the file and field, and only on pages whose files all passed.
 */
import { describe, expect, test } from 'vitest';
import { readContentTree } from '../../src/lib/content/read';
import { validateTree, type ValidatedTree } from '../../src/lib/content/validate';
import { checkLifecycle, checkPriceHistory, checkRules, checkSameIds, checkSuccessor } from '../../src/lib/content/rules';
import type { ContentProblem } from '../../src/lib/content/errors';
import type { VariantSource } from '../../src/lib/content/schema';

/** A fixture read and validated, with no problem so far. */
function validated(dir: string): ValidatedTree {
  const problems: ContentProblem[] = [];
  const read = readContentTree(dir, problems);
  if (!read) throw new Error(`${dir} has no models folder`);
  const tree = validateTree(read, problems);
  expect(problems).toEqual([]);
  return tree;
}

/** The problems the rules find in a tree, as `file › field: message` with the file's path from the fixture. */
function rulesOf(tree: ValidatedTree): string[] {
  const problems: ContentProblem[] = [];
  checkRules(tree, problems);
  return problems.map((p) => `${p.file.replace(/^tests\/fixtures\/\w+\//, '')}${p.field ? ` › ${p.field}` : ''}: ${p.message}`);
}

const family = (tree: ValidatedTree) => tree.families[0] ?? expect.unreachable('a family');
const variant = (tree: ValidatedTree, i: number) => family(tree).variants[i] ?? expect.unreachable(`variant ${i}`);
const facts = (tree: ValidatedTree, i: number) => variant(tree, i).source ?? expect.unreachable(`facts of variant ${i}`);

describe('checkRules', () => {
  test('finds nothing in the valid and the lifecycle fixtures', () => {
    expect(rulesOf(validated('tests/fixtures/valid'))).toEqual([]);
    expect(rulesOf(validated('tests/fixtures/lifecycle'))).toEqual([]);
  });

  test('between locales: a missing translation file, and a translation answering other FAQ ids', () => {
    const tree = validated('tests/fixtures/valid');
    variant(tree, 0).files.delete('zh-HK');
    const zh = variant(tree, 1).words['zh-TW'] ?? expect.unreachable('zh-TW words');
    zh.faq = [{ id: 'other', question: 'q', answer: 'a' }];
    expect(rulesOf(tree)).toEqual([
      'models/acme/a1/zh-HK.md: missing translation: every page exists in en, zh-TW, zh-HK',
      'models/acme/a2/zh-TW.md › faq: missing translation for "why" (the en file has it)',
      'models/acme/a2/zh-TW.md › faq: "other" not in the en file; translations must cover exactly the en ids',
    ]);
  });

  test('between pages: an offer of an unknown provider, a model ID used twice, a folder missing from variantOrder', () => {
    const tree = validated('tests/fixtures/valid');
    const a2 = facts(tree, 1);
    a2.modelId = 'Acme-A1';
    const offer = a2.offers[0] ?? expect.unreachable('an offer');
    a2.offers.push({ ...offer, provider: 'nowhere' });
    const familyFacts = family(tree).source ?? expect.unreachable('family facts');
    familyFacts.variantOrder = ['a1', 'a9'];
    expect(rulesOf(tree)).toEqual([
      'models/acme/a2/en.md › modelId: duplicate model ID "Acme-A1", already used by tests/fixtures/valid/models/acme/a1/en.md; each variant needs its own',
      'models/acme/a2/en.md › offers[1].provider: "nowhere" names no provider: expected one of "acme-api" (folders under content/providers/)',
      'models/acme/en.md › variantOrder: "a9" has no folder: expected tests/fixtures/valid/models/acme/a9/en.md',
      'models/acme/en.md › variantOrder: variant folder "a2" is not listed; add it where it belongs in the order',
    ]);
  });

  test('a page with a broken file is left to its own problems: no rule guesses at it', () => {
    const tree = validated('tests/fixtures/valid');
    // a2 reuses a1's model ID, but its zh-TW file failed its schema: the duplicate is not reported yet.
    facts(tree, 1).modelId = 'Acme-A1';
    delete variant(tree, 1).words['zh-TW'];
    expect(rulesOf(tree)).toEqual([]);
  });

  test('successors: one that names no variant, and one whose folder exists but did not validate (reported there)', () => {
    const tree = validated('tests/fixtures/lifecycle');
    facts(tree, 1).successor = 'l9';
    expect(rulesOf(tree)).toEqual(['models/legacy/l2/en.md › successor: "l9" names no variant in the catalog: expected a slug of legacy or family/slug']);
    delete variant(tree, 2).words['zh-HK'];
    facts(tree, 1).successor = 'l3';
    expect(rulesOf(tree)).toEqual([]);
  });
});

describe('single rules', () => {
  test('checkSameIds names missing, unknown and duplicate ids', () => {
    const problems: ContentProblem[] = [];
    checkSameIds('f.md', 'faq', ['a', 'b'], ['b', 'c', 'c'], problems);
    expect(problems.map((p) => p.message)).toEqual([
      'missing translation for "a" (the en file has it)',
      '"c", "c" not in the en file; translations must cover exactly the en ids',
      'duplicate id "c"',
    ]);
  });

  test('checkLifecycle: a deprecated variant needs its date; a retirement is not before the deprecation', () => {
    const tree = validated('tests/fixtures/lifecycle');
    const l2: VariantSource = { ...facts(tree, 1), deprecated: undefined };
    const problems: ContentProblem[] = [];
    checkLifecycle(l2, 'l2.md', problems);
    checkLifecycle({ ...l2, deprecated: '2027-04-01' }, 'l2.md', problems);
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'deprecated: a deprecated variant needs the day it was deprecated: deprecated: "YYYY-MM-DD"',
      'retires: retires (2027-03-31) is before deprecated (2027-04-01)',
    ]);
  });

  test('checkPriceHistory: the current rule cannot be seen before it takes effect, nor the offer end before it', () => {
    const offer = facts(validated('tests/fixtures/valid'), 0).offers[0] ?? expect.unreachable('an offer');
    const problems: ContentProblem[] = [];
    checkPriceHistory({ ...offer, price: { ...offer.price, since: '2026-02-01' }, until: '2026-01-15' }, 'a1.md', 'offers[0]', problems);
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'offers[0].price.since: since (2026-02-01) is after checked (2026-01-02): a rule cannot be seen before it takes effect',
      "offers[0].until: until (2026-01-15) is before the offer's current price took effect (2026-02-01)",
    ]);
  });

  test('checkSuccessor: not the variant itself, not a retired one', () => {
    const catalog = new Map([
      ['f/a', { familySlug: 'f', slug: 'a', status: 'deprecated' as const }],
      ['f/old', { familySlug: 'f', slug: 'old', status: 'retired' as const }],
      ['g/b', { familySlug: 'g', slug: 'b', status: 'active' as const }],
    ]);
    const a = { familySlug: 'f', slug: 'a', status: 'deprecated' as const, file: 'a.md' };
    const problems: ContentProblem[] = [];
    for (const reference of ['a', 'old', 'g/b', 'f/a']) checkSuccessor(a, reference, catalog, new Set(), problems);
    expect(problems.map((p) => p.message)).toEqual([
      'a variant cannot be its own successor',
      '"old" is retired itself; name the variant that replaces it',
      'a variant cannot be its own successor',
    ]);
  });
});
