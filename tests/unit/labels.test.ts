import { describe, expect, test } from 'vitest';
import { computeVariantLabels } from '../../src/lib/labels';
import { baseVariant } from './factories';

describe('computeVariantLabels', () => {
  test('labels the cheapest, fastest and largest-context variants from the numbers', () => {
    const labels = computeVariantLabels([
      baseVariant({ slug: 'a', pricing: { inputPerMillion: 0.1, outputPerMillion: 0.4, source: 't', conflicts: [] } }),
      baseVariant({ slug: 'b', outputSpeed: { tokensPerSecond: 100, approximate: true, source: 't' } }),
      baseVariant({ slug: 'c', contextWindow: 1_000_000, outputSpeed: { tokensPerSecond: 60, approximate: true, source: 't' } }),
    ]);
    expect(Object.fromEntries(labels)).toEqual({ a: ['cheapest'], b: ['fastest'], c: ['largestContext'] });
  });

  test('ties share a label; a value everyone shares labels no one; missing values are skipped', () => {
    const labels = computeVariantLabels([
      baseVariant({ slug: 'a' }),
      baseVariant({ slug: 'b' }),
      baseVariant({ slug: 'c', pricing: { flatPerThousand: 0.01, source: 't', conflicts: [] }, outputSpeed: { tokensPerSecond: 50, approximate: true, source: 't' } }),
    ]);
    // a and b tie on price; all three share the context window; only c states a speed, so nobody is "fastest".
    expect(Object.fromEntries(labels)).toEqual({ a: ['cheapest'], b: ['cheapest'], c: [] });
  });
});
