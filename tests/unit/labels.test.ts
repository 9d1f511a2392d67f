import { describe, expect, test } from 'vitest';
import { computeVariantLabels } from '../../src/lib/labels';
import { baseOffer, baseVariant, pricedVariant, rate } from './factories';

const speed = (tokensPerSecond: number) => ({ tokensPerSecond, approximate: true, source: 't' });

describe('computeVariantLabels', () => {
  test('labels the cheapest, fastest and largest-context variants from the basis offers', () => {
    const labels = computeVariantLabels([
      pricedVariant(rate(0.1, 0.4), { slug: 'a' }),
      baseVariant({ slug: 'b', offers: [baseOffer(rate(1, 2), { outputSpeed: speed(100) })] }),
      baseVariant({ slug: 'c', contextWindow: 1_000_000, offers: [baseOffer(rate(1, 2), { outputSpeed: speed(60) })] }),
    ]);
    expect(Object.fromEntries(labels)).toEqual({ a: ['cheapest'], b: ['fastest'], c: ['largestContext'] });
  });

  test('ties share a label; a value everyone shares labels no one; missing values are skipped', () => {
    const labels = computeVariantLabels([
      baseVariant({ slug: 'a' }),
      baseVariant({ slug: 'b' }),
      baseVariant({ slug: 'c', offers: [baseOffer(rate(5, 5), { outputSpeed: speed(50) })] }),
      // A listed figure ($0.010 / 1K reads as $10 / 1M) is not a price: it neither wins nor loses.
      baseVariant({
        slug: 'd',
        offers: [baseOffer({ type: 'listed', display: '$0.010 / 1K tokens', rounding: 'whole cents', source: 't', checked: '2026-01-01' })],
      }),
    ]);
    // a and b tie on price; only c states a speed, so nobody is "fastest"; all share the context window.
    expect(Object.fromEntries(labels)).toEqual({ a: ['cheapest'], b: ['cheapest'], c: [], d: [] });
  });

  test('a cheaper offer at another provider does not make a variant "cheapest": labels compare the basis only', () => {
    const elsewhere = baseOffer(rate(0.01, 0.01), { provider: { ...baseOffer().provider, id: 'reseller', name: 'Reseller' } });
    const a = baseVariant({ slug: 'a', offers: [baseOffer(rate(1, 2)), elsewhere] });
    const b = pricedVariant(rate(0.5, 1), { slug: 'b' });
    expect(Object.fromEntries(computeVariantLabels([a, b]))).toEqual({ a: [], b: ['cheapest'] });
  });
});
