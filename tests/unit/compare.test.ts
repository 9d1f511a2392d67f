import { describe, expect, test } from 'vitest';
import { bestOf, compareHigher, comparePrice, compareScores, compareVariants, pairSlug, variantPairs } from '../../src/lib/compare';
import { describeScore, describeStanding, pairVerdict } from '../../src/lib/view/compare';
import { priceContextChart } from '../../src/lib/chart';
import { baseOffer, baseVariant, pricedVariant, rate } from './factories';

const score = (value: number) => ({ score: value, source: 'test' });
const cheap = pricedVariant(rate(0.15, 0.6), { slug: 'cheap', name: 'Cheap', contextWindow: 204_800 });
const dear = pricedVariant(rate(10, 10), { slug: 'dear', name: 'Dear', contextWindow: 1_000_000, benchmarks: { 'swe-bench-verified': score(80.5) } });
const listedOnly = pricedVariant(
  { type: 'listed', display: '$0.010 / 1K tokens', rounding: 'whole cents', source: 't', checked: '2026-01-01' },
  { slug: 'listed', name: 'Listed' },
);

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
    const a = baseVariant({ benchmarks: { 'swe-bench-verified': score(80.5), 'swe-bench-pro': score(59) } });
    const b = baseVariant({ benchmarks: { 'swe-bench-verified': score(74) } });
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

  test('the verdict is built from the numbers, at the named basis provider', () => {
    const d = compareVariants(cheap, dear);
    expect(d.input).toMatchObject({ kind: 'better', percent: 98.5 });
    expect(pairVerdict(cheap, dear, 'Maker', 'en')).toEqual([
      'At Maker, Cheap costs less: its blended price is 97.4% below that of Dear.',
      'Dear has 4.9× the context window of Cheap.',
      'Maker states no output speed for Cheap and Dear.',
    ]);
  });

  test('a listed-only price is never compared: no percentage, no ratio, the verdict says so', () => {
    const d = compareVariants(cheap, listedOnly);
    expect(d.input).toEqual({ kind: 'missing', subjectKnown: true, otherKnown: false });
    expect(d.blended.kind).toBe('missing');
    expect(describeStanding(d.input, 'price', 'en', { subject: 'Cheap', other: 'Listed' })).toBe('no exact price for Listed');
    expect(pairVerdict(cheap, listedOnly, 'Maker', 'en')[0]).toBe('Maker lists no exact price for Listed, so prices are not compared.');
  });

  test('mixed prices say which side wins where, and the blend decides', () => {
    // In: (3 × 1 + 10) / 4 = 3.25; Out: (3 × 2 + 5) / 4 = 2.75.
    const inputCheap = pricedVariant(rate(1, 10), { name: 'In' });
    const outputCheap = pricedVariant(rate(2, 5), { name: 'Out' });
    expect(pairVerdict(inputCheap, outputCheap, 'Maker', 'en')[0]).toBe(
      'At Maker, In is cheaper for input tokens and Out for output tokens; the blended price favours Out.',
    );
  });

  test('speed compares the basis offers only', () => {
    const fast = baseVariant({ name: 'Fast', offers: [baseOffer(rate(1, 2), { outputSpeed: { tokensPerSecond: 100, approximate: true, source: 't' } })] });
    const slow = baseVariant({ name: 'Slow', offers: [baseOffer(rate(1, 2), { outputSpeed: { tokensPerSecond: 50, approximate: true, source: 't' } })] });
    expect(compareVariants(fast, slow).speed).toEqual({ kind: 'better', ratio: 2 });
  });

  test('best of a column: ties share it, a column everyone shares marks no one', () => {
    const items = [
      { slug: 'a', n: 1 },
      { slug: 'b', n: 1 },
      { slug: 'c', n: 2 },
    ];
    expect([...bestOf(items, (i) => i.n, 'min')]).toEqual(['a', 'b']);
    expect([...bestOf(items.slice(0, 2), (i) => i.n, 'min')]).toEqual([]);
  });
});

describe('the chart', () => {
  test('places one point per distinct spot, merging variants that coincide', () => {
    const twin = pricedVariant(rate(0.15, 0.6), { slug: 'twin', name: 'Twin', contextWindow: cheap.contextWindow });
    const chart = priceContextChart([cheap, twin, dear, listedOnly], (usd) => `$${usd}`);
    // The listed-only variant has no point: its figure is not a price to plot.
    expect(chart.points.map((p) => p.names)).toEqual([['Cheap', 'Twin'], ['Dear']]);
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

  test('a family without one exact price draws no points and no NaN', () => {
    const chart = priceContextChart([listedOnly], (usd) => `$${usd}`);
    expect(chart.points).toEqual([]);
    expect(JSON.stringify(chart)).not.toMatch(/NaN|null/);
  });
});
