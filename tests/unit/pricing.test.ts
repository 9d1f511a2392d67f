import { describe, expect, test } from 'vitest';
import { basisRule, blendedPerMillion, exactRule, ratesFor, workloadCost } from '../../src/lib/pricing';
import type { PriceRule } from '../../src/lib/content/schema';
import { baseOffer, baseVariant, rate } from './factories';

const m25 = rate(0.3, 1.2, { cacheRead: 0.03, cacheWrite: 0.375 });
// MiniMax-M3 at MiniMax: above 512,000 prompt tokens the whole request moves to the higher rates.
const m3 = rate(0.3, 1.2, { cacheRead: 0.06, tiers: [{ above: 512_000, input: 0.6, output: 2.4, cacheRead: 0.12 }] });
const listed: PriceRule = { type: 'listed', display: '$0.010 / 1K tokens', rounding: 'whole cents', source: 't', checked: '2026-01-01' };
const unpublished: PriceRule = { type: 'unpublished', source: 't', checked: '2026-01-01' };

describe('exact rules only', () => {
  test('a listed figure or an unpublished price has no rates to compute with', () => {
    expect(exactRule(listed)).toBeUndefined();
    expect(exactRule(unpublished)).toBeUndefined();
    expect(exactRule(m25)).toBe(m25);
    expect(basisRule(baseVariant({ offers: [baseOffer(listed)] }))).toBeUndefined();
  });

  test('a variant whose basis provider does not serve it has no basis rule', () => {
    const variant = baseVariant();
    delete variant.basis;
    expect(basisRule(variant)).toBeUndefined();
  });
});

describe('tiers by prompt size', () => {
  test('512,000 prompt tokens stay at the base rates; 512,001 bill the whole request at the tier', () => {
    expect(ratesFor(m3, 512_000)).toEqual({ input: 0.3, output: 1.2, cacheRead: 0.06 });
    expect(ratesFor(m3, 512_001)).toMatchObject({ input: 0.6, output: 2.4, cacheRead: 0.12 });
    // 512,000 × $0.30 / 1M + 1,000 × $1.20 / 1M = $0.1536 + $0.0012.
    expect(workloadCost(m3, { inputTokens: 512_000, outputTokens: 1_000, cachedShare: 0 }).cost).toBe(0.1548);
    // One token more: 512,001 × $0.60 / 1M + 1,000 × $2.40 / 1M, the whole request at the tier.
    const above = workloadCost(m3, { inputTokens: 512_001, outputTokens: 1_000, cachedShare: 0 });
    expect(above.cost).toBe(0.3096006);
    expect(above.tier?.above).toBe(512_000);
  });
});

describe('cache share', () => {
  test('cached input is billed at the cache-read rate', () => {
    // 1M input, 90% cached: 100,000 × $0.30 + 900,000 × $0.03, per 1M = $0.03 + $0.027.
    const cached = workloadCost(m25, { inputTokens: 1_000_000, outputTokens: 0, cachedShare: 0.9 });
    expect(cached).toEqual({ cost: 0.057, cachedTokens: 900_000, cachePriced: true });
    expect(workloadCost(m25, { inputTokens: 1_000_000, outputTokens: 0, cachedShare: 0 }).cost).toBe(0.3);
  });

  test('without a cache-read price, cached input is ordinary input; shares are clamped to 0–100%', () => {
    const plain = rate(0.3, 1.2);
    expect(workloadCost(plain, { inputTokens: 1_000_000, outputTokens: 0, cachedShare: 0.9 })).toMatchObject({ cost: 0.3, cachePriced: false });
    expect(workloadCost(m25, { inputTokens: 1_000_000, outputTokens: 0, cachedShare: 7 }).cost).toBe(0.03);
    expect(workloadCost(m25, { inputTokens: -5, outputTokens: 0, cachedShare: -1 }).cost).toBe(0);
  });

  test('the tier is chosen by the whole prompt, cached tokens included', () => {
    const cost = workloadCost(m3, { inputTokens: 600_000, outputTokens: 0, cachedShare: 0.5 });
    // 300,000 × $0.60 + 300,000 × $0.12, per 1M.
    expect(cost.cost).toBe(0.216);
  });
});

describe('blended price', () => {
  test('weighs three input tokens to one output token', () => {
    expect(blendedPerMillion(rate(0.15, 0.6))).toBe(0.2625);
    expect(blendedPerMillion(m25)).toBe(0.525);
  });
});
