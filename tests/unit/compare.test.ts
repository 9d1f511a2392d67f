import { describe, expect, test } from 'vitest';
import { bestOf, compareHigher, comparePrice, compareScores, compareVariants, pairSlug, variantPairs } from '../../src/lib/compare';
import { describeScore, describeStanding, pairVerdict } from '../../src/lib/view/compare';
import { priceContextChart } from '../../src/lib/chart';
import { baseVariant } from './factories';

const cheap = baseVariant({ slug: 'cheap', name: 'Cheap', contextWindow: 204_800, pricing: { inputPerMillion: 0.15, outputPerMillion: 0.6, source: 't', conflicts: [] } });
const flat = baseVariant({ slug: 'flat', name: 'Flat', pricing: { flatPerThousand: 0.01, source: 't', conflicts: [] }, contextWindow: 1_000_000, benchmarks: { 'swe-bench-verified': 80.5 } });

describe('price differences', () => {
  test('ratio and percentage from the subject side', () => {
    expect(comparePrice(0.15, 10)).toEqual({ kind: 'better', ratio: 66.6666666667, percent: 98.5 });
    expect(comparePrice(10, 0.15)).toEqual({ kind: 'worse', ratio: 66.6666666667, percent: 6566.66666667 });
    expect(comparePrice(1, 1)).toEqual({ kind: 'tie' });
  });

  test('a free variant is infinitely cheaper, not a division by zero', () => {
    expect(comparePrice(0, 2)).toEqual({ kind: 'better', ratio: Number.POSITIVE_INFINITY, percent: 100 });
    expect(describeStanding(comparePrice(0, 2), 'price', 'en', { subject: 'A', other: 'B' })).toBe('free');
  });
});

describe('context, speed and scores', () => {
  test('higher is better; missing values say which side lacks them', () => {
    expect(compareHigher(1_000_000, 204_800)).toEqual({ kind: 'better', ratio: 4.8828125 });
    expect(compareHigher(60, 100)).toMatchObject({ kind: 'worse' });
    expect((compareHigher(60, 100) as { ratio: number }).ratio).toBeCloseTo(5 / 3, 9);
    expect(compareHigher(undefined, 100)).toEqual({ kind: 'missing', subjectKnown: false, otherKnown: true });
    expect(describeStanding(compareHigher(undefined, 100), 'speed', 'en', { subject: 'A', other: 'B' })).toBe('not stated for A');
    expect(describeStanding(compareHigher(undefined, undefined), 'speed', 'en', { subject: 'A', other: 'B' })).toBe('not stated for either');
  });

  test('score deltas in points, ties and one-sided scores', () => {
    const a = baseVariant({ benchmarks: { 'swe-bench-verified': 80.5, 'swe-bench-pro': 59 } });
    const b = baseVariant({ benchmarks: { 'swe-bench-verified': 74 } });
    expect(compareScores(a, b)).toEqual([
      { id: 'swe-bench-verified', subject: 80.5, other: 74, delta: 6.5 },
      { id: 'swe-bench-pro', subject: 59 },
    ]);
    expect(describeScore({ id: 'swe-bench-verified', subject: 74, other: 80.5, delta: -6.5 }, 'en', { subject: 'A', other: 'B' })).toBe('−6.5 points');
    expect(describeScore({ id: 'swe-bench-pro', other: 59 }, 'en', { subject: 'A', other: 'B' })).toBe('not stated for A');
  });
});

describe('pairs and verdicts', () => {
  test('every pair once, in family order', () => {
    const pairs = variantPairs(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(pairs).toHaveLength(21);
    expect(pairs[0]).toEqual(['a', 'b']);
    expect(pairSlug({ slug: 'm2' }, { slug: 'm2.5-highspeed' })).toBe('m2-vs-m2.5-highspeed');
  });

  test('the verdict is built from the numbers', () => {
    const d = compareVariants(cheap, flat);
    expect(d.input).toMatchObject({ kind: 'better', percent: 98.5 });
    expect(pairVerdict(cheap, flat, 'en')).toEqual([
      'Cheap costs less: its blended price is 97.4% below that of Flat.',
      'Flat has 4.9× the context window of Cheap.',
      'Output speed is not stated for Cheap and Flat.',
    ]);
    expect(pairVerdict(cheap, cheap, 'zh-TW')[0]).toBe(pairVerdict(cheap, cheap, 'zh-TW')[0]);
  });

  test('mixed prices say which side wins where, and the blend decides', () => {
    // In: (3 × 1 + 10) / 4 = 3.25; Out: (3 × 2 + 5) / 4 = 2.75.
    const inputCheap = baseVariant({ name: 'In', pricing: { inputPerMillion: 1, outputPerMillion: 10, source: 't', conflicts: [] } });
    const outputCheap = baseVariant({ name: 'Out', pricing: { inputPerMillion: 2, outputPerMillion: 5, source: 't', conflicts: [] } });
    expect(pairVerdict(inputCheap, outputCheap, 'en')[0]).toBe('In is cheaper for input tokens and Out for output tokens; the blended price favours Out.');
  });

  test('best of a column: ties share it, a column everyone shares marks no one', () => {
    const items = [{ slug: 'a', n: 1 }, { slug: 'b', n: 1 }, { slug: 'c', n: 2 }];
    expect([...bestOf(items, (i) => i.n, 'min')]).toEqual(['a', 'b']);
    expect([...bestOf(items.slice(0, 2), (i) => i.n, 'min')]).toEqual([]);
  });
});

describe('the chart', () => {
  test('places one point per distinct spot, merging variants that coincide', () => {
    const twin = baseVariant({ slug: 'twin', name: 'Twin', contextWindow: cheap.contextWindow, pricing: cheap.pricing });
    const chart = priceContextChart([cheap, twin, flat], (usd) => `$${usd}`);
    expect(chart.points.map((p) => p.names)).toEqual([['Cheap', 'Twin'], ['Flat']]);
    const [low, high] = chart.points;
    // Cheaper sits lower (larger y); the larger context sits further right.
    expect(low!.y).toBeGreaterThan(high!.y);
    expect(high!.x).toBeGreaterThan(low!.x);
    for (const p of chart.points) {
      expect(p.x).toBeGreaterThanOrEqual(chart.plot.left);
      expect(p.x).toBeLessThanOrEqual(chart.plot.right);
      expect(p.y).toBeGreaterThanOrEqual(chart.plot.top);
      expect(p.y).toBeLessThanOrEqual(chart.plot.bottom);
    }
  });
});
