import { describe, expect, test } from 'vitest';
import { blendedPerMillion, quotePrice, requestCost } from '../../src/lib/pricing';
import type { Pricing } from '../../src/lib/content/schema';

const perMillion: Pricing = { inputPerMillion: 0.15, outputPerMillion: 0.6, source: 'test', conflicts: [] };
const flat: Pricing = { flatPerThousand: 0.01, source: 'test', conflicts: [] };

describe('quotePrice', () => {
  test('derives per-1K figures from per-1M ones without float noise', () => {
    expect(quotePrice(perMillion)).toEqual({
      kind: 'per-million',
      inputPerMillion: 0.15,
      outputPerMillion: 0.6,
      inputPerThousand: 0.00015,
      outputPerThousand: 0.0006,
      billingUnit: '1M tokens',
      fromPrice: 0.15,
    });
  });

  test('a flat per-1K rate applies to input and output alike', () => {
    expect(quotePrice(flat)).toMatchObject({ kind: 'flat', inputPerMillion: 10, outputPerMillion: 10, billingUnit: '1K tokens', fromPrice: 0.01 });
  });
});

describe('derived costs', () => {
  test('blended price weighs three input tokens to one output token', () => {
    expect(blendedPerMillion(perMillion)).toBe(0.2625);
    expect(blendedPerMillion(flat)).toBe(10);
  });

  test('request cost', () => {
    expect(requestCost(perMillion, 1_000_000, 1_000_000)).toBe(0.75);
    expect(requestCost(perMillion, 2_000, 500)).toBe(0.0006);
    expect(requestCost(flat, 1000, 0)).toBe(0.01);
  });
});
