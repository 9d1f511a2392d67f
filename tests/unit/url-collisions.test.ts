import { describe, expect, test } from 'vitest';
import { slugProblem } from '../../src/lib/routes';
import { urlCollisions } from '../../src/lib/url-collisions';
import type { Catalog, Family } from '../../src/lib/content/types';
import { baseVariant } from './factories';

/** A catalog of families with just the slugs the URL set is made of. */
const catalogOf = (families: Record<string, string[]>): Catalog =>
  ({
    families: Object.entries(families).map(
      ([slug, variants]) => ({ slug, variants: variants.map((v) => baseVariant({ slug: v, familySlug: slug })) }) as unknown as Family,
    ),
  }) as unknown as Catalog;

describe('slugs', () => {
  test('ordinary slugs pass', () => {
    for (const slug of ['m2.5', 'm2.5-highspeed', 'minimax', 'gpt-4o', '3']) expect(slugProblem(slug, 'variant')).toBeUndefined();
  });

  test.each([
    ['m2.5.md', 'variant', 'file suffix'],
    ['m2.5.html', 'variant', 'file suffix'],
    ['compare.md', 'family', 'file suffix'],
    ['m2-vs-m2.1', 'variant', '"-vs-"'],
    ['compare', 'family', 'taken by the site'],
    ['page', 'family', 'taken by the site'],
    ['compare', 'variant', 'taken by the site'],
    ['M2.5', 'variant', 'lower-case'],
    ['m2.', 'variant', 'ending with a letter or digit'],
    ['-m2', 'variant', 'starting and ending'],
    ['m2/5', 'variant', 'lower-case'],
  ] as const)('%s is refused as a %s slug (%s)', (slug, kind, reason) => {
    expect(slugProblem(slug, kind)).toContain(reason);
  });
});

describe('the URL set', () => {
  test('a real-shaped catalog has no collisions', () => {
    expect(urlCollisions(catalogOf({ minimax: ['m2', 'm2.5', 'm2.5-highspeed'], other: ['m2'] }))).toEqual([]);
  });

  test('a variant named like a mirror is named', () => {
    expect(urlCollisions(catalogOf({ minimax: ['m2.5', 'm2.5.md'] })).join('\n')).toContain('/en/models/minimax/m2.5.md');
  });

  test('two pair pages sharing a URL are named', () => {
    // m2 + "m2.1-vs-m2.5" and "m2-vs-m2.1" + m2.5 both make /…/compare/m2-vs-m2.1-vs-m2.5.
    const collisions = urlCollisions(catalogOf({ minimax: ['m2', 'm2-vs-m2.1', 'm2.1-vs-m2.5', 'm2.5'] }));
    expect(collisions.join('\n')).toContain('/en/models/minimax/compare/m2-vs-m2.1-vs-m2.5');
  });

  test('two families differing only in case collide', () => {
    const collisions = urlCollisions(catalogOf({ acme: ['a'], ACME: ['a'] }));
    expect(collisions.length).toBeGreaterThan(0);
    expect(collisions[0]).toMatch(/would be written where/);
  });
});
