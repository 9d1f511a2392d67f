/**
 * Labels such as "cheapest" come from the numbers, never from content: a label
 * goes to every variant that holds the best value, and to none when all tie.
 */
import type { Variant } from './content/types';
import { blendedPerMillion } from './pricing';

export type VariantLabel = 'cheapest' | 'fastest' | 'largestContext';

function best(variants: readonly Variant[], value: (v: Variant) => number | undefined, pick: 'min' | 'max'): Set<string> {
  const known = variants.flatMap((v) => {
    const n = value(v);
    return n === undefined ? [] : [{ slug: v.slug, n }];
  });
  if (known.length < 2) return new Set();
  const target = pick === 'min' ? Math.min(...known.map((k) => k.n)) : Math.max(...known.map((k) => k.n));
  const winners = known.filter((k) => k.n === target);
  // A label that every compared variant shares tells the reader nothing.
  return winners.length === known.length ? new Set() : new Set(winners.map((w) => w.slug));
}

/** Labels per variant slug, computed across `variants` (usually one family). */
export function computeVariantLabels(variants: readonly Variant[]): Map<string, VariantLabel[]> {
  const cheapest = best(variants, (v) => blendedPerMillion(v.pricing), 'min');
  const fastest = best(variants, (v) => v.outputSpeed?.tokensPerSecond, 'max');
  const largest = best(variants, (v) => v.contextWindow, 'max');
  return new Map(
    variants.map((v) => [
      v.slug,
      [
        ...(cheapest.has(v.slug) ? (['cheapest'] as const) : []),
        ...(fastest.has(v.slug) ? (['fastest'] as const) : []),
        ...(largest.has(v.slug) ? (['largestContext'] as const) : []),
      ],
    ]),
  );
}
