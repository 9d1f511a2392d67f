/** The loader's last step, assembly: a validated tree the rules passed → the Catalog, references resolved. */
import { describe, expect, test } from 'vitest';
import { readContentTree } from '../../src/lib/content/read';
import { validateTree, type ValidatedTree } from '../../src/lib/content/validate';
import { assembleCatalog, inheritScores, resolveSuccessors } from '../../src/lib/content/assemble';
import type { Family } from '../../src/lib/content/types';
import { baseVariant } from './factories';

function validated(dir: string): ValidatedTree {
  const read = readContentTree(dir, []);
  if (!read) throw new Error(`${dir} has no models folder`);
  return validateTree(read, []);
}

describe('assembleCatalog', () => {
  test("resolves each offer's provider to the catalog's provider object, fills in its protocols and picks the basis offer", () => {
    const catalog = assembleCatalog(validated('tests/fixtures/valid'));
    const [provider] = catalog.providers;
    const [family] = catalog.families;
    expect(family?.basis).toBe(provider);
    for (const variant of family?.variants ?? []) {
      expect(variant.offers[0]?.provider).toBe(provider);
      expect(variant.offers[0]?.protocols).toEqual(['openai-chat-completions']);
      expect(variant.basis).toBe(variant.offers[0]);
    }
  });

  test("lists the variants in variantOrder, with the family's facts where they do not override them", () => {
    const tree = validated('tests/fixtures/valid');
    const familyFacts = tree.families[0]?.source;
    if (!familyFacts) throw new Error('no family facts');
    familyFacts.variantOrder = ['a2', 'a1'];
    const a1 = tree.families[0]?.variants[0]?.source;
    if (!a1) throw new Error('no a1 facts');
    a1.architecture = { experts: 8 };
    a1.taskType = 'asynchronous';
    const [family] = assembleCatalog(tree).families;
    expect(family?.variants.map((v) => v.slug)).toEqual(['a2', 'a1']);
    const [a2, first] = family?.variants ?? [];
    expect(first).toMatchObject({ name: 'Acme-A1', taskType: 'asynchronous', architecture: { type: 'dense', experts: 8 }, modalities: { input: ['text'] } });
    expect(a2).toMatchObject({ taskType: 'synchronous', architecture: { type: 'dense' } });
    expect(first?.words.en.body).toBe('The a1 variant.');
  });

  test('resolves successors to the variants themselves, across the catalog', () => {
    const [legacy] = assembleCatalog(validated('tests/fixtures/lifecycle')).families;
    const [l1, l2, l3] = legacy?.variants ?? [];
    expect(l1?.successor).toBe(l3);
    expect(l2?.successor).toBe(l3);
    expect(l3?.successor).toBeUndefined();
  });
});

describe('inheritScores', () => {
  test('a variant serving a sibling’s weights takes the scores it lacks, marked inherited; an inherited score is not passed on', () => {
    const base = baseVariant({ slug: 'base', benchmarks: { 'swe-bench-pro': { score: 50, source: 's' }, 'swe-bench-verified': { score: 70, source: 's' } } });
    const fast = baseVariant({ slug: 'fast', sharesWeightsWith: 'base', benchmarks: { 'swe-bench-verified': { score: 71, source: 'own' } } });
    const faster = baseVariant({ slug: 'faster', sharesWeightsWith: 'fast' });
    inheritScores([base, fast, faster]);
    expect(fast.benchmarks).toEqual({ 'swe-bench-verified': { score: 71, source: 'own' }, 'swe-bench-pro': { score: 50, source: 's', inheritedFrom: 'base' } });
    expect(faster.benchmarks).toEqual({ 'swe-bench-verified': { score: 71, source: 'own', inheritedFrom: 'fast' } });
    expect(base.benchmarks).not.toHaveProperty('swe-bench-pro.inheritedFrom');
  });
});

describe('resolveSuccessors', () => {
  test('takes a slug of the same family or family/slug, and never a retired variant', () => {
    const old = baseVariant({ slug: 'old', status: 'deprecated' });
    const next = baseVariant({ slug: 'next' });
    const gone = baseVariant({ slug: 'gone', status: 'retired' });
    const other = baseVariant({ slug: 'x', familySlug: 'other' });
    const families = [
      { slug: 'fam', variants: [old, next, gone] },
      { slug: 'other', variants: [other] },
    ] as Family[];
    const older = baseVariant({ slug: 'older', status: 'deprecated' });
    resolveSuccessors(
      families,
      new Map([
        [old, 'next'],
        [older, 'other/x'],
        [next, 'gone'],
      ]),
    );
    expect(old.successor).toBe(next);
    expect(older.successor).toBe(other);
    expect(next.successor).toBeUndefined();
  });
});
